import { describe, expect, it } from 'vitest';
import { seedLikeIndex } from './fixtures/load-fixture';

describe('indexGraph', () => {
  const index = seedLikeIndex();
  it('lists each edge under both of its ends and counts degree', () => {
    const sharifov = index.edgesByNode.get('person:samir-sharifov') ?? [];
    expect(sharifov.map((e) => e.type).sort()).toEqual(['participant', 'participant', 'represents']);
    expect(index.degree.get('person:samir-sharifov')).toBe(3);
  });
  it("spans an actor's meetings, a month date covering its month", () => {
    expect(index.datesByNode.get('person:samir-sharifov')).toEqual({ first: '2025-02-20', last: '2025-10-31' });
    expect(index.datesByNode.get('meeting:2021-04-visit-lukashenko-aliyev')).toEqual({
      first: '2021-04-01',
      last: '2021-04-30',
    });
  });
});
