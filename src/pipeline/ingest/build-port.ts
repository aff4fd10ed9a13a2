/**
 * How ingest asks for a rebuilt graph. The build itself belongs to src/pipeline/build; ingest only
 * needs "the graph of this data folder, and its serialized form", so tests can hand in a stub.
 */
import type { Graph } from '../../shared/graph/schema';
import type { CorpusArticle } from '../articles/load-corpus';
import type { BuildParts } from '../build/build-graph';
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
  /** The digest of the inputs it was built from (build/graph-stamp.ts), to stamp graph.json with. */
  stamp?: string;
  /** The build already checked the graph against the contract, so it is not parsed and checked again. */
  contractChecked?: boolean;
  /** What the next ingest needs to add one article without a full build (build/build-state.ts). */
  parts?: BuildParts;
  /** The corpus it was built from. */
  articles?: readonly CorpusArticle[];
}

export interface BuildOptions {
  /** The folder's corpus, already read, so it is not read twice. */
  articles?: readonly CorpusArticle[];
  /** Write the extraction cache back to DIR/.cache (a run that must change nothing does not). */
  saveCache?: boolean;
}

/** Builds the graph from a data folder (articles/, curated/, reviews/) without writing graph.json. */
export type BuildGraphFromData = (dataDir: string, options?: BuildOptions) => Promise<BuiltGraph>;
