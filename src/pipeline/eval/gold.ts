/**
 * Gold annotations for the evaluation articles (eval/<set>/<id>.gold.yaml): the officials an
 * article names and the meetings it describes, written by hand from the text alone.
 * The format is described in eval/README.md.
 */
import { z } from 'zod';
import { parse as parseYaml } from 'yaml';
import { isIsoDate } from '../../shared/dates/iso';
import { UserError } from '../io/user-error';

/** YAML reads 2025 as a number; a date is always kept as text. */
const GoldDateValueSchema = z.preprocess(
  (value) => (typeof value === 'number' ? String(value) : value),
  z.string().refine(isIsoDate, { message: 'is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD' }),
);

export const GoldDateSchema = z.object({ start: GoldDateValueSchema, end: GoldDateValueSchema.optional() }).strict();

const StateIdSchema = z.string().regex(/^state:[a-z0-9-]+$/, 'is not a state id such as "state:estonia"');

export const GoldOfficialSchema = z
  .object({
    /** The English name the graph's label should carry. */
    name: z.string().min(1),
    /** Every form in which the text names this person (cases, initials, bare surname). */
    forms: z.array(z.string().min(1)).min(1),
    state: StateIdSchema.nullable(),
    role: z.string().min(1),
    /** True for someone the text names so weakly that missing them is no error. */
    optional: z.boolean().default(false),
  })
  .strict();

export const MEETING_KINDS = [
  'meeting',
  'reception',
  'talks',
  'consultations',
  'visit',
  'phone_call',
  'video_call',
  'summit',
  'conference',
  'session',
] as const;

export const GoldMeetingSchema = z
  .object({
    kind: z.enum(MEETING_KINDS),
    /** English names of the named participants; each is one of the article's officials. */
    participants: z.array(z.string().min(1)),
    states: z.array(StateIdSchema),
    date: GoldDateSchema.optional(),
    /** Other readings of a vague date that a careful reader would also accept. */
    acceptDates: z.array(GoldDateSchema).default([]),
    /** Other kinds the words support ("переговоры в режиме видеоконференции": talks, or a video call). */
    acceptKinds: z.array(z.enum(MEETING_KINDS)).default([]),
    status: z.enum(['held', 'planned']),
    /** Words of the text that state the meeting, verbatim. */
    evidence: z.string().min(1),
    /** True for a meeting only implied: missing it is no error, finding it is no error either. */
    optional: z.boolean().default(false),
    note: z.string().optional(),
  })
  .strict();

export const GoldArticleSchema = z
  .object({
    article: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
    officials: z.array(GoldOfficialSchema),
    /** People named who are not officials: creating them is right, missing them is no error. */
    others: z.array(z.string().min(1)).default([]),
    /** People named only in page furniture ("read also" lists): creating them is an error. */
    furnitureOnly: z.array(z.string().min(1)).default([]),
    meetings: z.array(GoldMeetingSchema),
  })
  .strict();

export type GoldDate = z.infer<typeof GoldDateSchema>;
export type GoldOfficial = z.infer<typeof GoldOfficialSchema>;
export type GoldMeeting = z.infer<typeof GoldMeetingSchema>;
export type GoldArticle = z.infer<typeof GoldArticleSchema>;

/**
 * Parses a gold file and checks it against its article text: every surface form and evidence
 * quote must occur verbatim, and every participant must be one of the officials.
 */
export function parseGold(content: string, articleText: string, file: string): GoldArticle {
  let raw: unknown;
  try {
    raw = parseYaml(content);
  } catch (error) {
    const line = (error as { linePos?: { line: number }[] }).linePos?.[0]?.line;
    throw new UserError(`is not valid YAML: ${(error as Error).message.split('\n')[0]}`, file, line);
  }
  const parsed = GoldArticleSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new UserError(`has "${issue.path.join('.')}" that ${issue.message}.`, file);
  }
  const gold = parsed.data;
  const names = new Set(gold.officials.map((official) => official.name));
  for (const official of gold.officials) {
    for (const form of official.forms) {
      if (!articleText.includes(form)) {
        throw new UserError(
          `gives the form "${form}" of ${official.name}, which the article text does not contain.`,
          file,
        );
      }
    }
  }
  for (const meeting of gold.meetings) {
    if (!articleText.includes(meeting.evidence)) {
      throw new UserError(`quotes "${meeting.evidence}", which the article text does not contain.`, file);
    }
    for (const participant of meeting.participants) {
      if (!names.has(participant)) {
        throw new UserError(`names the participant "${participant}", who is not among its officials.`, file);
      }
    }
  }
  return gold;
}
