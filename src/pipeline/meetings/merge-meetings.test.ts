import { describe, expect, it } from 'vitest';
import { mergeMeetings } from './merge-meetings';
import type { MeetingCandidate } from './types';

function candidate(article: string, people: string[], extra: Partial<MeetingCandidate> = {}): MeetingCandidate {
  return {
    article,
    kind: 'meeting',
    status: 'held',
    clause: { start: 0, end: 10 },
    trigger: { start: 0, end: 3 },
    persons: people.map((p) => ({ nodeId: `person:${p}`, evidence: [{ start: 0, end: 10 }] })),
    organizations: [],
    discussed: [],
    dateSource: 'stated',
    date: { start: '2025-10-09' },
    frame: false,
    ...extra,
  };
}

describe('mergeMeetings', () => {
  it('makes one meeting of one reported by two articles, with evidence from each', () => {
    const { meetings } = mergeMeetings([
      [candidate('a', ['putin', 'aliyev'])],
      [candidate('b', ['aliyev', 'putin'], { kind: 'talks', date: { start: '2025-10' }, dateText: 'в октябре' })],
    ]);
    expect(meetings).toHaveLength(1);
    expect(meetings[0]!.kind).toBe('talks');
    // The more precise date wins.
    expect(meetings[0]!.date).toEqual({ start: '2025-10-09' });
    expect(meetings[0]!.persons.get('person:putin')!.map((e) => e.article)).toEqual(['a', 'b']);
  });

  it('keeps apart the same people met on different dates, or in a call and a meeting', () => {
    const { meetings } = mergeMeetings([
      [candidate('a', ['putin', 'aliyev'])],
      [candidate('b', ['putin', 'aliyev'], { date: { start: '2024-07' } })],
      [candidate('c', ['putin', 'aliyev'], { kind: 'phone_call' })],
    ]);
    expect(meetings.map((m) => [m.kind, m.date?.start])).toEqual([
      ['meeting', '2025-10-09'],
      ['meeting', '2024-07'],
      ['phone_call', '2025-10-09'],
    ]);
  });

  it('keeps apart two pairs that share one person', () => {
    const { meetings } = mergeMeetings([
      [candidate('a', ['mishchenko', 'bayramov']), candidate('a', ['mishchenko', 'hajiyev'])],
    ]);
    expect(meetings).toHaveLength(2);
  });

  it('does not fold a planned meeting into a held one, nor keep a lone person with no date', () => {
    const { meetings } = mergeMeetings([
      [
        candidate('a', ['zelensky', 'albanese'], { kind: 'phone_call', date: { start: '2025-06-03' } }),
        candidate('a', ['zelensky', 'albanese'], { status: 'planned', date: { start: '2025-06' } }),
        candidate('a', ['zelensky'], { dateSource: 'context', date: { start: '2025-06-03' } }),
      ],
    ]);
    expect(meetings.map((m) => [m.kind, m.status])).toEqual([
      ['phone_call', 'held'],
      ['meeting', 'planned'],
    ]);
  });
});
