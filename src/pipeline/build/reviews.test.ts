import { describe, expect, it } from 'vitest';
import type { Graph } from '../../shared/graph/schema';
import { checkGraph } from '../../shared/graph/invariants';
import { UserError } from '../io/user-error';
import { applyReviews } from './apply-reviews';
import { formatReviewFile, parseReviewFile } from './reviews';

const text = 'Ali Asadov met Olzhas Bektenov in Baku on 3 March. Ilham Aliyev was not there.';
const quote = 'Ali Asadov met Olzhas Bektenov in Baku on 3 March.';
const evidence = [{ article: 'a1', start: 0, end: quote.length, quote }];

function smallGraph(): Graph {
  return {
    schemaVersion: 1,
    articles: [{ id: 'a1', title: 'T', outlet: null, url: null, published: '2025-03-03', language: 'en', text }],
    nodes: [
      { id: 'person:ali-asadov', type: 'person', label: { en: 'Ali Asadov' }, aliases: [], roles: [] },
      { id: 'person:olzhas-bektenov', type: 'person', label: { en: 'Olzhas Bektenov' }, aliases: [], roles: [] },
      { id: 'person:ilham-aliyev', type: 'person', label: { en: 'Ilham Aliyev' }, aliases: [], roles: [] },
      {
        id: 'meeting:2025-03-03-meeting-asadov-bektenov',
        type: 'meeting',
        label: { en: 'Asadov – Bektenov' },
        aliases: [],
        kind: 'meeting',
        status: 'held',
        date: { start: '2025-03-03' },
      },
    ],
    edges: ['ali-asadov', 'olzhas-bektenov', 'ilham-aliyev'].map((slug) => ({
      id: `participant:person:${slug}->meeting:2025-03-03-meeting-asadov-bektenov`,
      source: `person:${slug}`,
      target: 'meeting:2025-03-03-meeting-asadov-bektenov',
      type: 'participant' as const,
      evidence,
    })),
  };
}

const decisionsYaml = `
- target: meeting:2025-03-03-meeting-asadov-bektenov
  action: correct
  changes: { kind: talks, place: Baku }
  reason: The second paragraph calls them talks one on one.
- target: participant:person:ilham-aliyev->meeting:2025-03-03-meeting-asadov-bektenov
  action: reject
  reason: Aliyev is named as absent.
- target: person:ali-asadov
  action: accept
  reason: Checked against the government site.
- target: meeting:2025-03-03-summit-ghost
  action: accept
  reason: A meeting that an older build had.
- target: meeting:2024-03-meeting-aliyev-bektenov
  action: add
  changes: { kind: meeting, label: { en: Aliyev – Bektenov }, date: { start: "2024-03" } }
  reason: Told by the text only through a pronoun.
- target: participant:person:ilham-aliyev->meeting:2024-03-meeting-aliyev-bektenov
  action: add
  changes: { evidence: [{ article: a1, quote: Ilham Aliyev was not there. }] }
  reason: Same as above.
`;

describe('review decisions', () => {
  it('reads a list of decisions with the line each starts on', () => {
    const decisions = parseReviewFile(decisionsYaml, 'reviews/x.yaml');
    expect(decisions.map((d) => [d.action, d.line])).toEqual([
      ['correct', 2],
      ['reject', 6],
      ['accept', 9],
      ['accept', 12],
      ['add', 15],
      ['add', 19],
    ]);
  });

  it('names the file and line of a decision without a reason', () => {
    const bad =
      '- target: person:x\n  action: accept\n  reason: ok\n- target: person:y\n  action: accept\n  reason: ""\n';
    expect(() => parseReviewFile(bad, 'r.yaml')).toThrow(UserError);
    try {
      parseReviewFile(bad, 'r.yaml');
    } catch (error) {
      expect((error as UserError).describe()).toMatch(/^r\.yaml, line 4: decision 2: its "reason" /);
    }
  });

  it('rejects an unknown action and a non-list file', () => {
    expect(() => parseReviewFile('- target: person:x\n  action: approve\n  reason: r\n', 'r.yaml')).toThrow(
      /line 1|action/,
    );
    expect(() => parseReviewFile('target: person:x\n', 'r.yaml')).toThrow(/list of decisions/);
    expect(parseReviewFile('', 'r.yaml')).toEqual([]);
  });

  it('writes decisions that read back the same', () => {
    const decisions = parseReviewFile(decisionsYaml).map(({ line: _line, ...rest }) => rest);
    expect(parseReviewFile(formatReviewFile(decisions)).map(({ line: _line, ...rest }) => rest)).toEqual(decisions);
  });

  it('applies accept, reject, correct and add, and reports a target that is gone', () => {
    const { graph, unmatched } = applyReviews(smallGraph(), parseReviewFile(decisionsYaml, 'r.yaml'));
    const meeting = graph.nodes.find((n) => n.id === 'meeting:2025-03-03-meeting-asadov-bektenov');
    expect(meeting).toMatchObject({ kind: 'talks', place: 'Baku', review: { state: 'corrected' } });
    expect(graph.nodes.find((n) => n.id === 'person:ali-asadov')?.review).toEqual({
      state: 'accepted',
      reason: 'Checked against the government site.',
    });
    expect(graph.nodes.find((n) => n.id === 'person:olzhas-bektenov')?.review).toEqual({ state: 'unreviewed' });
    expect(graph.edges.map((e) => e.id)).not.toContain(
      'participant:person:ilham-aliyev->meeting:2025-03-03-meeting-asadov-bektenov',
    );
    const added = graph.edges.find((e) => e.target === 'meeting:2024-03-meeting-aliyev-bektenov');
    expect(added?.evidence[0]).toEqual({ article: 'a1', start: 51, end: 78, quote: 'Ilham Aliyev was not there.' });
    expect(added?.review?.state).toBe('curated');
    expect(unmatched.map((u) => u.decision.target)).toEqual(['meeting:2025-03-03-summit-ghost']);
    expect(checkGraph(graph)).toMatchObject({ ok: true });
  });

  it('gives the same graph when applied to a rebuild of the same extraction', () => {
    const decisions = parseReviewFile(decisionsYaml);
    expect(applyReviews(smallGraph(), decisions)).toEqual(applyReviews(smallGraph(), decisions));
  });

  it('refuses a correction of a field that is not correctable, naming file and line', () => {
    const bad = parseReviewFile(
      '- target: person:ali-asadov\n  action: correct\n  changes: { id: person:other }\n  reason: r\n',
      'r.yaml',
    );
    expect(() => applyReviews(smallGraph(), bad)).toThrow(/cannot change/);
  });

  it('refuses added evidence that is not in the article', () => {
    const bad = parseReviewFile(
      '- target: participant:person:ali-asadov->meeting:2025-03-03-meeting-asadov-bektenov\n  action: add\n  changes: { evidence: [{ article: a1, quote: nowhere }] }\n  reason: r\n',
    );
    expect(() => applyReviews(smallGraph(), bad)).toThrow(/not in article/);
  });
});
