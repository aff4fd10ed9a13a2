/**
 * The real build behind BuildGraphFromData: the same steps as `npm run build:data` (corpus,
 * curated catalogue, review decisions → buildGraphDetailed → serializeGraph), so the graph.json
 * that ingest writes is byte-for-byte what build:data would write and check:data stays green.
 */
import { join } from 'node:path';
import { loadCorpus } from '../articles/load-corpus';
import { buildGraphDetailed, loadReviews, serializeGraph } from '../build';
import { loadCatalogue } from '../entities';
import type { BuildGraphFromData } from './build-port';

export const buildFromDataDir: BuildGraphFromData = async (dataDir) => {
  const articles = loadCorpus(join(dataDir, 'articles'));
  const catalogue = loadCatalogue(join(dataDir, 'curated'));
  const reviews = loadReviews(join(dataDir, 'reviews'));
  const result = buildGraphDetailed({ articles, catalogue, reviews });
  return {
    unmatched: result.unmatched.map(({ decision, message }) => ({ target: decision.target, message })),
    graph: result.graph,
    json: serializeGraph(result.graph),
    doubts: result.extractions.flatMap(({ article, entities }) =>
      entities.doubts.map((doubt) => ({ article, text: doubt.text, reason: doubt.reason })),
    ),
    discovered: result.extractions.flatMap(({ article, entities }) =>
      entities.discovered.map((record) =>
        record.introducedBy ? { id: record.id, article, quote: record.introducedBy.text } : { id: record.id, article },
      ),
    ),
  };
};
