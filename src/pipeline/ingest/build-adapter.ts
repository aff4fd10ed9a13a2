/**
 * The real build behind BuildGraphFromData: the same steps as `npm run build:data` (corpus,
 * curated catalogue, review decisions → buildGraphDetailed → serializeGraph, with the same
 * extraction cache), so the graph.json
 * that ingest writes is byte-for-byte what build:data would write and check:data stays green.
 */
import { join } from 'node:path';
import { loadCorpus } from '../articles/load-corpus';
import { buildGraphDetailed, loadReviews, serializeGraph } from '../build';
import { ExtractionCache } from '../build/extraction-cache';
import { inputsDigest, previousPositions } from '../build/graph-stamp';
import { loadCatalogueCached } from '../build/catalogue-cache';
import type { BuildGraphFromData } from './build-port';
import { discoveredBy } from './report';

/**
 * One cache per process: its entries are keyed by content, so the "before" build and the build
 * with the new article share what they extracted, whichever folder each runs in.
 */
let cache: ExtractionCache | undefined;

export const buildFromDataDir: BuildGraphFromData = async (dataDir, options = {}) => {
  const articles = options.articles ?? loadCorpus(join(dataDir, 'articles'));
  const catalogue = loadCatalogueCached(dataDir, { save: options.saveCache !== false });
  const reviews = loadReviews(join(dataDir, 'reviews'));
  cache ??= ExtractionCache.load(dataDir);
  // A big graph keeps the layout of the graph.json being replaced, as build:data does, so a full
  // rebuild after this ingest gives the same bytes.
  const result = buildGraphDetailed({
    articles,
    catalogue,
    reviews,
    cache,
    previousPositions: () => previousPositions(dataDir),
    collectState: options.saveCache !== false,
  });
  if (options.saveCache !== false) cache.save(dataDir);
  return {
    unmatched: result.unmatched.map(({ decision, message }) => ({ target: decision.target, message })),
    graph: result.graph,
    json: serializeGraph(result.graph),
    stamp: inputsDigest(dataDir, articles),
    // buildGraphDetailed throws when its graph breaks the contract.
    contractChecked: true,
    ...(result.parts ? { parts: result.parts, articles } : {}),
    doubts: result.extractions.flatMap(({ article, entities }) =>
      entities.doubts.map((doubt) => ({ article, text: doubt.text, reason: doubt.reason })),
    ),
    discovered: result.extractions.flatMap(({ article, entities }) => discoveredBy(article, entities.discovered)),
  };
};
