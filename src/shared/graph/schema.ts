/**
 * The data/graph.json contract (shared/graph-contract.md), as one zod schema.
 * The pipeline validates with it before writing; the app validates with it after loading.
 * Structural rules live here; cross-references are checked in invariants.ts.
 */
import { z } from 'zod';
import { isIsoDate, isOrderedPair } from '../dates/iso';

export const SCHEMA_VERSION = 1;

export const NODE_TYPES = ['state', 'person', 'organization', 'meeting'] as const;
export type NodeType = (typeof NODE_TYPES)[number];

/** Relations an edge can state; each one is described in the README. */
export const EDGE_TYPES = [
  'participant', // person | state | organization → meeting: took part in it
  'represents', // person → state: acts for that state (from a role phrase)
  'member_of', // person → organization, or state → organization
  'held_in', // meeting → state: where it took place
  'part_of', // meeting → meeting: a talk within a visit, a bilateral on a summit's sidelines
  'discussed', // meeting → state | organization: named as a subject of the meeting
] as const;
export type EdgeType = (typeof EDGE_TYPES)[number];

export const MEETING_STATUSES = ['held', 'planned'] as const;

/** How far a human has looked at an extracted item. Absent means extracted and unreviewed. */
export const REVIEW_STATES = ['unreviewed', 'accepted', 'corrected', 'curated'] as const;
export type ReviewState = (typeof REVIEW_STATES)[number];

export const INVALID_DATE = 'is not a valid date (expected YYYY, YYYY-MM or YYYY-MM-DD)';

export const IsoDateSchema = z.string().refine(isIsoDate, { message: INVALID_DATE });

export const LanguageSchema = z
  .string()
  .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'is not a BCP 47 language tag such as "uk", "ru" or "en"');

export const NODE_ID_PATTERN = /^(state|person|organization|meeting):[\p{Ll}\p{Nd}][\p{Ll}\p{Nd}-]*$/u;
export const INVALID_NODE_ID = 'is not a node id of the form "<type>:<slug>"';

export const NodeIdSchema = z.string().regex(NODE_ID_PATTERN, INVALID_NODE_ID);

/** Names by language; at least one entry. */
export const LocalizedTextSchema = z
  .record(LanguageSchema, z.string().min(1))
  .refine((value) => Object.keys(value).length > 0, { message: 'needs a name in at least one language' });

export const EvidenceSchema = z.object({
  article: z.string().min(1),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  quote: z.string().min(1),
});

export const ReviewSchema = z.object({
  state: z.enum(REVIEW_STATES),
  /** Why a curator changed or added this, in their words. */
  reason: z.string().optional(),
});

export const SetAsideSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  reason: z.string().min(1),
});

export const ArticleSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'is not a lowercase, hyphenated article id'),
  title: z.string().min(1),
  outlet: z.string().min(1).nullable(),
  /** Only web addresses: a javascript: or data: url in a graph file is refused, not linked. */
  url: z
    .string()
    .regex(/^https?:\/\/[^\s]+$/i, 'is not an http(s) address')
    .nullable(),
  published: IsoDateSchema,
  /** How the publication date was inferred where the text gives no date line. */
  publishedNote: z.string().optional(),
  language: LanguageSchema,
  text: z.string().min(1),
  /** Page furniture inside `text` that extraction does not read. */
  setAside: z.array(SetAsideSchema).optional(),
});

export const PositionSchema = z.object({ x: z.number(), y: z.number() });

const nodeBase = {
  id: NodeIdSchema,
  label: LocalizedTextSchema,
  aliases: z.array(z.string()),
  review: ReviewSchema.optional(),
  /** Precomputed layout position, so every link shows the same picture. */
  position: PositionSchema.optional(),
};

export const RoleSchema = z.object({
  title: LocalizedTextSchema,
  state: NodeIdSchema.optional(),
  organization: NodeIdSchema.optional(),
  asOf: IsoDateSchema,
  evidence: z.array(EvidenceSchema).optional(),
});

export const MeetingDateSchema = z
  .object({ start: IsoDateSchema, end: IsoDateSchema.optional() })
  .refine((date) => date.end === undefined || isOrderedPair(date.start, date.end), {
    message: 'ends before it starts',
    path: ['end'],
  });

export const StateNodeSchema = z.object({
  ...nodeBase,
  type: z.literal('state'),
  iso: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .optional(),
});

export const OrganizationNodeSchema = z.object({
  ...nodeBase,
  type: z.literal('organization'),
  acronym: LocalizedTextSchema.optional(),
});

export const PersonNodeSchema = z.object({
  ...nodeBase,
  type: z.literal('person'),
  roles: z.array(RoleSchema),
});

export const MeetingNodeSchema = z.object({
  ...nodeBase,
  type: z.literal('meeting'),
  kind: z.string().regex(/^[a-z_]+$/),
  date: MeetingDateSchema.optional(),
  /** The words the date was read from, e.g. "в начале июля". */
  dateText: z.string().optional(),
  status: z.enum(MEETING_STATUSES),
  place: z.string().optional(),
});

export const GraphNodeSchema = z.discriminatedUnion('type', [
  StateNodeSchema,
  PersonNodeSchema,
  OrganizationNodeSchema,
  MeetingNodeSchema,
]);

export const GraphEdgeSchema = z.object({
  id: z.string().min(1),
  source: NodeIdSchema,
  target: NodeIdSchema,
  type: z.enum(EDGE_TYPES),
  evidence: z.array(EvidenceSchema).min(1, 'needs at least one evidence quote'),
  review: ReviewSchema.optional(),
});

export const GraphSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  articles: z.array(ArticleSchema),
  nodes: z.array(GraphNodeSchema),
  edges: z.array(GraphEdgeSchema),
});

export type Evidence = z.infer<typeof EvidenceSchema>;
export type Article = z.infer<typeof ArticleSchema>;
export type LocalizedText = z.infer<typeof LocalizedTextSchema>;
export type Role = z.infer<typeof RoleSchema>;
export type StateNode = z.infer<typeof StateNodeSchema>;
export type PersonNode = z.infer<typeof PersonNodeSchema>;
export type OrganizationNode = z.infer<typeof OrganizationNodeSchema>;
export type MeetingNode = z.infer<typeof MeetingNodeSchema>;
export type GraphNode = z.infer<typeof GraphNodeSchema>;
export type GraphEdge = z.infer<typeof GraphEdgeSchema>;
export type Graph = z.infer<typeof GraphSchema>;
