/** The build as a library: ingest rebuilds in-process with these, the CLI wraps them. */
export { buildGraph, buildGraphDetailed, GraphInvariantError } from './build-graph';
export type { ArticleExtraction, BuildInput, BuildResult } from './build-graph';
export { serializeGraph, canonicalGraph } from './serialize';
export { applyReviews, edgeId } from './apply-reviews';
export {
  describeDecision,
  formatReviewFile,
  loadReviews,
  parseReviewFile,
  REVIEW_ACTIONS,
  ReviewDecisionSchema,
} from './reviews';
export type { ReviewAction, ReviewDecision, ReviewDecisionFields, UnmatchedDecision } from './reviews';
