/**
 * A small stand-in for the real build, for ingest's tests: it knows four names and reads
 * "received" as a meeting, so the tests control exactly what a rebuild finds.
 * Not used outside tests.
 */
import { join } from 'node:path';
import type { Article, Graph, GraphEdge, GraphNode } from '../../shared/graph/schema';
import { loadCorpus } from '../articles/load-corpus';
import { applyReviews } from '../build/apply-reviews';
import { loadReviews } from '../build/reviews';
import type { BuildGraphFromData } from './build-port';

const KNOWN: Record<string, { id: string; node: Record<string, unknown> }> = {
  Georgia: { id: 'state:georgia', node: { type: 'state', label: { en: 'Georgia' } } },
  Moldova: { id: 'state:moldova', node: { type: 'state', label: { en: 'Moldova' } } },
  'Nino Beridze': {
    id: 'person:nino-beridze',
    node: {
      type: 'person',
      label: { en: 'Nino Beridze' },
      roles: [{ title: { en: 'Minister of Foreign Affairs' }, state: 'state:georgia', asOf: '2025' }],
    },
  },
  'Ion Carp': { id: 'person:ion-carp', node: { type: 'person', label: { en: 'Ion Carp' }, roles: [] } },
};

export function stubGraph(articles: Article[]): Graph {
  const nodes = new Map<string, GraphNode>();
  const edges = new Map<string, GraphEdge>();
  for (const article of articles) {
    const found: { id: string; start: number; end: number }[] = [];
    for (const [name, { id, node }] of Object.entries(KNOWN)) {
      const start = article.text.indexOf(name);
      if (start === -1) continue;
      nodes.set(id, { ...node, id, aliases: [name] } as GraphNode);
      found.push({ id, start, end: start + name.length });
    }
    const verb = article.text.indexOf('received');
    if (verb === -1) continue;
    const sentenceEnd = article.text.indexOf('.', verb) + 1 || article.text.length;
    const sentenceStart = article.text.lastIndexOf('\n', verb) + 1;
    const meetingId = `meeting:${article.id}`;
    const undated = article.text.includes('one day');
    nodes.set(meetingId, {
      id: meetingId,
      type: 'meeting',
      kind: 'reception',
      status: 'held',
      label: { en: `Reception (${article.id})` },
      aliases: [],
      ...(undated ? {} : { date: { start: article.published } }),
    });
    const evidence = {
      article: article.id,
      start: sentenceStart,
      end: sentenceEnd,
      quote: article.text.slice(sentenceStart, sentenceEnd),
    };
    for (const { id } of found.filter((f) => f.id.startsWith('person:'))) {
      const edgeId = `participant:${id}->${meetingId}`;
      edges.set(edgeId, { id: edgeId, source: id, target: meetingId, type: 'participant', evidence: [evidence] });
    }
    for (const { id, start, end } of found.filter((f) => f.id.startsWith('state:'))) {
      const edgeId = `held_in:${meetingId}->${id}`;
      edges.set(edgeId, {
        id: edgeId,
        source: meetingId,
        target: id,
        type: 'held_in',
        evidence: [{ article: article.id, start, end, quote: article.text.slice(start, end) }],
      });
    }
  }
  return { schemaVersion: 1, articles, nodes: [...nodes.values()], edges: [...edges.values()] };
}

/** The stub extraction, with the real review decisions of DIR/reviews applied. */
export const stubBuild: BuildGraphFromData = async (dataDir) => {
  const articles = loadCorpus(join(dataDir, 'articles')).map(({ file: _file, ...article }) => article);
  const { graph, unmatched } = applyReviews(stubGraph(articles), loadReviews(join(dataDir, 'reviews')));
  return {
    graph,
    json: `${JSON.stringify(graph, null, 2)}\n`,
    unmatched: unmatched.map(({ decision, message }) => ({ target: decision.target, message })),
  };
};
