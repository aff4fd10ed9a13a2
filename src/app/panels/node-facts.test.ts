import { describe, expect, it } from 'vitest';
import { parseIsoDate } from '../../shared/dates/iso';
import type { MeetingNode } from '../../shared/graph/schema';
import { seedLikeIndex } from '../graph-data/fixtures/load-fixture';
import { connectionsByType, edgeMeeting, meetingsOf } from './node-facts';

const index = seedLikeIndex();

describe('meetingsOf', () => {
  it('lists the meetings of an actor earliest first', () => {
    expect(meetingsOf(index, 'person:ilham-aliyev').map((m) => m.id)).toEqual([
      'meeting:2021-05-visit-khrenin-aliyev',
      'meeting:2021-05-22-phone-call-aliyev-lukashenko',
    ]);
  });

  it("orders every node's meetings by first day, then id, undated last", () => {
    const first = (m: MeetingNode) => (m.date ? (parseIsoDate(m.date.start)?.first ?? '9999-99-99') : '9999-99-99');
    for (const node of index.graph.nodes) {
      const listed = meetingsOf(index, node.id);
      const expected = [...listed].sort((a, b) => first(a).localeCompare(first(b)) || a.id.localeCompare(b.id));
      expect(listed.map((m) => m.id)).toEqual(expected.map((m) => m.id));
      const linked = new Set(
        index.graph.edges.flatMap((e) => (e.source === node.id ? [e.target] : e.target === node.id ? [e.source] : [])),
      );
      expect(listed.length).toBe([...linked].filter((id) => id.startsWith('meeting:')).length);
    }
  });
});

describe('connectionsByType', () => {
  it('groups connections by relation', () => {
    const groups = connectionsByType(index, 'person:samir-sharifov');
    expect(groups.map(([type, list]) => [type, list.length])).toEqual([
      ['participant', 2],
      ['represents', 1],
    ]);
    expect(groups[1]?.[1][0]?.other).toBe('state:azerbaijan');
  });
});

describe('edgeMeeting', () => {
  it('finds the meeting at either end of an edge', () => {
    const heldIn = index.graph.edges.find((e) => e.type === 'held_in');
    if (!heldIn) throw new Error('fixture lacks held_in');
    expect(edgeMeeting(index, heldIn)?.id).toBe(heldIn.source);
    const represents = index.graph.edges.find((e) => e.type === 'represents');
    if (!represents) throw new Error('fixture lacks represents');
    expect(edgeMeeting(index, represents)).toBeUndefined();
  });
});
