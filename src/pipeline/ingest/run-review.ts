/**
 * One review command: check the decision against the graph as built now, append it to this
 * month's file in DIR/reviews, rebuild, and write graph.json. If the rebuild refuses the decision,
 * the review file goes back to what it was: nothing changes.
 */
import { existsSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { formatReviewFile, loadReviews, type ReviewDecisionFields } from '../build/reviews';
import { writeFileAtomic } from '../io/atomic-write';
import { storeGraph } from '../build/build-state';
import { withDataLock } from '../io/data-lock';
import { UserError } from '../io/user-error';
import type { BuildGraphFromData } from './build-port';
import { reviewDecision, type ReviewRequest } from './review-decision';

export interface ReviewOutcome {
  decision: ReviewDecisionFields;
  /** The review file written, or undefined when the same decision was already there. */
  file?: string;
}

const sameDecision = (a: ReviewDecisionFields, b: ReviewDecisionFields) =>
  a.target === b.target &&
  a.action === b.action &&
  JSON.stringify(a.changes ?? null) === JSON.stringify(b.changes ?? null);

export async function runReview(
  request: ReviewRequest,
  dataDir: string,
  build: BuildGraphFromData,
): Promise<ReviewOutcome> {
  if (!existsSync(join(dataDir, 'articles')) || !statSync(join(dataDir, 'articles')).isDirectory()) {
    throw new UserError('this is not a data folder: it has no articles/ folder inside.', dataDir);
  }
  return withDataLock(dataDir, () => review(request, dataDir, build));
}

async function review(request: ReviewRequest, dataDir: string, build: BuildGraphFromData): Promise<ReviewOutcome> {
  const reviewsDir = join(dataDir, 'reviews');
  // Nothing is written before the decision is known to be new and valid, not even the caches.
  const current = await build(dataDir, { saveCache: false });
  const decision = reviewDecision(request, current.graph);

  // The decision that holds now is the last one on this target; repeating it changes nothing.
  const earlier = loadReviews(reviewsDir).filter((d) => d.target === decision.target);
  const last = earlier[earlier.length - 1];
  if (last && sameDecision(last, decision)) return { decision };

  const file = join(reviewsDir, `${request.today.slice(0, 7)}.yaml`);
  const previous = existsSync(file) ? readFileSync(file, 'utf8') : undefined;
  const separator = previous === undefined || previous === '' || previous.endsWith('\n') ? '' : '\n';
  writeFileAtomic(file, `${previous ?? ''}${separator}${formatReviewFile([decision])}`);
  try {
    const rebuilt = await build(dataDir);
    const unmatched = rebuilt.unmatched?.find((u) => u.target === decision.target);
    if (unmatched) throw new UserError(`the decision did not apply: ${unmatched.message}`);
    storeGraph(dataDir, {
      json: rebuilt.json,
      graph: rebuilt.graph,
      ...(rebuilt.stamp ? { stamp: rebuilt.stamp } : {}),
    });
  } catch (error) {
    if (previous === undefined) rmSync(file, { force: true });
    else writeFileAtomic(file, previous);
    // The file and line the build named are gone with the rollback: say it about the decision instead.
    if (error instanceof UserError) throw new UserError(`${error.message.replace(/\.$/, '')}; nothing was changed.`);
    throw error;
  }
  return { decision, file };
}
