import type { ReviewState } from '../../shared/graph/schema';

/** Absent review means extracted and not yet looked at by a person (schema.ts). */
export function isUnreviewed(review: { state: ReviewState } | undefined): boolean {
  return review === undefined || review.state === 'unreviewed';
}
