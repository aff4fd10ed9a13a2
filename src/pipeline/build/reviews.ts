/**
 * Curator decisions: the files in data/reviews/*.yaml that rebuilding honours.
 *
 * Each file is a YAML list of decisions. A decision names its target by node id or edge id
 * (edge ids are "<type>:<source>-><target>") and always says why:
 *
 *   - target: meeting:2025-02-20-meeting-bayramov-mishchenko
 *     action: accept                      # the extraction is right as it stands
 *     reason: Checked against the MFA release of 21 Feb 2025.
 *
 *   - target: participant:person:x->meeting:2025-02-20-meeting-x-y
 *     action: reject                      # remove this node or edge (a node takes its edges with it)
 *     reason: X is only mentioned as the author of a decree, not a participant.
 *
 *   - target: meeting:2025-10-consultations-galuzin-sharifov
 *     action: correct                     # overwrite the listed fields, keep the id
 *     changes: { date: { start: "2025-10" }, dateText: "С понедельника по среду" }
 *     reason: The article gives only the weekdays; its month is known, the days are not.
 *
 *   - target: meeting:2024-03-meeting-aliyev-tokayev
 *     action: add                         # a node (id = target) …
 *     changes: { kind: meeting, status: held, label: { en: "…" }, date: { start: "2024-03" } }
 *     reason: …
 *   - target: participant:person:ilham-aliyev->meeting:2024-03-meeting-aliyev-tokayev
 *     action: add                         # … or an edge (id = target), with evidence found by its quote
 *     changes: { evidence: [{ article: 2025-03-03-asadov-bektenov-meeting, quote: "открытие которого …" }] }
 *     reason: …
 *
 * Nodes and edges without a decision carry review {state: unreviewed}; accept → accepted,
 * correct → corrected, add → curated, each with the reason. A decision whose target is not in
 * the built graph is reported back (never silently dropped); a malformed decision is a UserError
 * naming its file and line.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { LineCounter, parseDocument, isSeq, stringify } from 'yaml';
import { z } from 'zod';
import { UserError } from '../io/user-error';

export const REVIEW_ACTIONS = ['accept', 'reject', 'correct', 'add'] as const;
export type ReviewAction = (typeof REVIEW_ACTIONS)[number];

export const ReviewDecisionSchema = z
  .object({
    target: z.string().min(1, 'needs a target: a node id or an edge id'),
    action: z.enum(REVIEW_ACTIONS),
    changes: z.record(z.string(), z.unknown()).optional(),
    reason: z.string().trim().min(1, 'needs a reason'),
    /** Optional bookkeeping: who decided and when. */
    by: z.string().optional(),
    date: z.string().optional(),
  })
  .strict()
  .refine((d) => (d.action === 'correct' || d.action === 'add') === (d.changes !== undefined), {
    message: 'gives "changes" exactly when the action is correct or add',
  });

export type ReviewDecisionFields = z.infer<typeof ReviewDecisionSchema>;

/** A decision and where it was written, for messages. */
export interface ReviewDecision extends ReviewDecisionFields {
  file?: string;
  line?: number;
}

/** A decision that did not apply, with the plain reason. */
export interface UnmatchedDecision {
  decision: ReviewDecision;
  message: string;
}

/** Parses one review file; throws UserError naming the file and line of the first bad decision. */
export function parseReviewFile(content: string, file?: string): ReviewDecision[] {
  const lineCounter = new LineCounter();
  const doc = parseDocument(content, { lineCounter, prettyErrors: false });
  const firstError = doc.errors[0];
  if (firstError) {
    const line = lineCounter.linePos(firstError.pos[0]).line;
    throw new UserError(`is not valid YAML (${firstError.code.toLowerCase().replace(/_/g, ' ')}).`, file, line);
  }
  if (doc.contents === null) return [];
  if (!isSeq(doc.contents)) {
    throw new UserError('must be a YAML list of decisions ("- target: …").', file, 1);
  }
  return doc.contents.items.map((item, i) => {
    const offset = (item as { range?: [number, number, number] }).range?.[0] ?? 0;
    const line = lineCounter.linePos(offset).line;
    const parsed = ReviewDecisionSchema.safeParse((doc.toJS() as unknown[])[i]);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      const field = issue.path.length > 0 ? `its "${issue.path.join('.')}" ` : '';
      throw new UserError(`decision ${i + 1}: ${field}${issue.message.replace(/\.$/, '')}.`, file, line);
    }
    const decision: ReviewDecision = { ...parsed.data, line };
    if (file !== undefined) decision.file = file;
    return decision;
  });
}

/** Every *.yaml / *.yml file in `dir`, in name order; no folder means no decisions. */
export function loadReviews(dir: string): ReviewDecision[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => /\.ya?ml$/.test(name))
    .sort()
    .flatMap((name) => {
      const file = join(dir, name);
      return parseReviewFile(readFileSync(file, 'utf8'), file);
    });
}

/** Writes decisions in the file format above (what the review CLI appends). */
export function formatReviewFile(decisions: readonly ReviewDecisionFields[]): string {
  const plain = decisions.map((d) => {
    const out: Record<string, unknown> = { target: d.target, action: d.action };
    if (d.changes !== undefined) out.changes = d.changes;
    out.reason = d.reason;
    if (d.by !== undefined) out.by = d.by;
    if (d.date !== undefined) out.date = d.date;
    return out;
  });
  return plain.length === 0 ? '' : stringify(plain, { lineWidth: 0 });
}

/** "data/reviews/x.yaml, line 4" for a decision, for report lines. */
export function describeDecision(decision: ReviewDecision): string {
  const where = [decision.file, decision.line !== undefined ? `line ${decision.line}` : undefined]
    .filter(Boolean)
    .join(', ');
  return `${where ? `${where}: ` : ''}${decision.action} ${decision.target}`;
}
