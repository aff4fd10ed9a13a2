import { describe, expect, it } from 'vitest';
import { seedLikeIndex } from '../graph-data/fixtures/load-fixture';
import { diffIds, fallbackPosition, nodeElement } from './element-mapping';

const index = seedLikeIndex();

describe('nodeElement', () => {
  it('carries the precomputed position, the label and classes by type and review', () => {
    const khrenin = index.nodeById.get('person:viktor-khrenin');
    if (!khrenin) throw new Error('fixture lacks Khrenin');
    const element = nodeElement(khrenin, 'Viktor Khrenin', 2);
    expect(element.position).toEqual(khrenin.position);
    expect(element.data).toMatchObject({ id: 'person:viktor-khrenin', label: 'Viktor Khrenin', weight: 2 });
    expect(element.classes).toBe('type-person unreviewed');
    const visit = index.nodeById.get('meeting:2024-08-18-visit-putin-aliyev');
    if (!visit) throw new Error('fixture lacks the planned visit');
    expect(nodeElement(visit, '', 1).classes).toBe('type-meeting unreviewed planned');
  });

  it('places a node without a position at the same spot every time', () => {
    expect(fallbackPosition('person:x')).toEqual(fallbackPosition('person:x'));
    expect(fallbackPosition('person:x')).not.toEqual(fallbackPosition('person:y'));
  });
});

describe('diffIds', () => {
  it('adds what is wanted and removes what is not', () => {
    expect(diffIds(['a', 'b'], new Set(['b', 'c']))).toEqual({ add: ['c'], remove: ['a'] });
  });
});
