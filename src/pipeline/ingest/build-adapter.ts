/**
 * The real build behind BuildGraphFromData: src/pipeline/build (buildGraph, serializeGraph).
 * Loaded lazily so that ingest's own checks (and --help) never pay for loading the extractors.
 */
import type { Graph } from '../../shared/graph/schema';
import type { BuildGraphFromData } from './build-port';
import type { ExtractionDoubt } from './report';

interface BuildModule {
  buildGraph: (dataDir: string) => Graph | { graph: Graph; doubts?: ExtractionDoubt[] } | Promise<unknown>;
  serializeGraph: (graph: Graph) => string;
}

export const buildFromDataDir: BuildGraphFromData = async (dataDir) => {
  // Interim until src/pipeline/build/index.ts lands: a computed specifier keeps the typecheck green without it.
  const specifier = new URL('../build/index.ts', import.meta.url).href;
  const build = (await import(specifier)) as BuildModule;
  const result = (await build.buildGraph(dataDir)) as Graph | { graph: Graph; doubts?: ExtractionDoubt[] };
  const graph = 'graph' in result ? result.graph : result;
  const doubts = 'graph' in result ? result.doubts : undefined;
  return doubts ? { graph, json: build.serializeGraph(graph), doubts } : { graph, json: build.serializeGraph(graph) };
};
