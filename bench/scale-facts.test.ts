import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../src/pipeline/gen/corpus';
import { buildTruthGraph } from '../src/pipeline/gen/truth-graph';
import { scaleFacts } from './scale-facts';

describe('scaleFacts', () => {
  const graph = buildTruthGraph(generateCorpus({ articles: 120, seed: 4 }));
  const facts = scaleFacts(graph);

  it('names the person in most meetings, with a meeting of theirs the graph holds', () => {
    const counts = new Map<string, number>();
    for (const edge of graph.edges) {
      if (edge.type === 'participant' && edge.source.startsWith('person:')) {
        counts.set(edge.source, (counts.get(edge.source) ?? 0) + 1);
      }
    }
    expect(facts.busiestPerson.meetings).toBe(Math.max(...counts.values()));
    expect(counts.get(facts.busiestPerson.id)).toBe(facts.busiestPerson.meetings);
    const meeting = graph.nodes.find((node) => node.id === facts.meetingOfBusiestPerson?.id);
    expect(meeting?.type).toBe('meeting');
    const article = graph.articles.find((a) => a.id === facts.meetingOfBusiestPerson?.article);
    expect(article?.text).toContain(facts.meetingOfBusiestPerson?.quote);
  });

  it('gives the span of meeting years inside 2001–2025', () => {
    expect(facts.meetingYears[0]).toBeGreaterThanOrEqual(2001);
    expect(facts.meetingYears[1]).toBeLessThanOrEqual(2025);
    expect(facts.nodes).toBe(graph.nodes.length);
  });
});
