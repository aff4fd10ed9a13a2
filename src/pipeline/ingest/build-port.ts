/**
 * How ingest asks for a rebuilt graph. The build itself belongs to src/pipeline/build; ingest only
 * needs "the graph of this data folder, and its serialized form", so tests can hand in a stub.
 */
import type { Graph } from '../../shared/graph/schema';
import type { DiscoveredEntity, ExtractionDoubt } from './report';

export interface BuiltGraph {
  graph: Graph;
  /** The exact bytes to store as graph.json. */
  json: string;
  /** Doubts the extraction raised, for the review report; optional. */
  doubts?: ExtractionDoubt[];
  /** Entities the extraction discovered (not curated), with the phrase that introduced each. */
  discovered?: DiscoveredEntity[];
  /** Review decisions that did not apply (their target is not in the graph), in plain words. */
  unmatched?: { target: string; message: string }[];
}

/** Builds the graph from a data folder (articles/, curated/, reviews/) without writing anything. */
export type BuildGraphFromData = (dataDir: string) => Promise<BuiltGraph>;
