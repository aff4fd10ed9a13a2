import { describe, expect, it } from 'vitest';
import { seedLikeIndex } from '../graph-data/fixtures/load-fixture';
import { localized } from '../i18n/node-label';
import { nodeRows, sortRows } from './node-rows';

const index = seedLikeIndex();
const rows = nodeRows(index, index.nodeById.keys(), (id) => localized(index.nodeById.get(id)?.label ?? {}, 'en'));

describe('sortRows', () => {
  it('sorts by connections, most first', () => {
    const sorted = sortRows(rows, { column: 'connections', direction: 'descending' }, 'en');
    expect(sorted[0]?.id).toBe('state:azerbaijan');
  });
  it('sorts by name in the language of the interface', () => {
    const sorted = sortRows(rows, { column: 'name', direction: 'ascending' }, 'en');
    expect(sorted.slice(0, 2).map((r) => r.name)).toEqual(['Alexander Lukashenko', 'Ali Asadov']);
  });
  it('sorts by dates with undated rows last in both directions', () => {
    const ascending = sortRows(rows, { column: 'dates', direction: 'ascending' }, 'en');
    expect(ascending[0]?.first).toBe('2021-04-01');
    const descending = sortRows(rows, { column: 'dates', direction: 'descending' }, 'en');
    expect(descending[0]?.last).toBe('2025-10-31');
    expect(descending.at(-1)?.first ?? null).toBeNull();
  });
});
