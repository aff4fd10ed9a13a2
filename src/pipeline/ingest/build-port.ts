/**
 * How ingest asks for a rebuilt graph. The build itself belongs to src/pipeline/build; ingest only
 * needs "the graph of this data folder, and its serialized form", so tests can hand in a stub.
 */
import type { Graph } from '../../shared/graph/schema';
import type { ExtractionDoubt } from './report';

export interface BuiltGraph {
  graph: Graph;
  /** The exact bytes to store as graph.json. */
  json: string;
  /** Doubts the extraction raised, for the review report; optional. */
  doubts?: ExtractionDoubt[];
}

/** Builds the graph from a data folder (articles/, curated/, reviews/) without writing anything. */
export type BuildGraphFromData = (dataDir: string) => Promise<BuiltGraph>;
