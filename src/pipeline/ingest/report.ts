/**
 * The review report of an ingest run, computed by comparing the graph before and after it:
 * what the new articles linked to known nodes, what they created, which meetings they describe,
 * and what the extraction was unsure of. Pure, so it is tested on small graphs.
 */
import type { Evidence, Graph, GraphEdge, GraphNode, LocalizedText, MeetingNode } from '../../shared/graph/schema';
import type { GraphOutline } from '../build/graph-stamp';
import type { EntityRecord } from '../entities/types';

export interface ReportQuote {
  article: string;
  quote: string;
}

export interface ReportEntity {
  id: string;
  type: 'person' | 'state' | 'organization';
  label: string;
  /** For a person: role and state as the text gives them. */
  role?: string;
  state?: string;
  /** Created: the phrase that introduced it. Linked: where the new article names it. */
  evidence: ReportQuote;
  /** Linked: a dictionary entry that no earlier article had named, so it is new to the graph. */
  newInGraph?: boolean;
}

export interface ReportMeeting {
  id: string;
  kind: string;
  status: string;
  date?: { start: string; end?: string };
  dateText?: string;
  participants: { id: string; label: string }[];
  evidence: ReportQuote;
  /** False when the meeting was already in the graph and the new article adds a source to it. */
  isNew: boolean;
}

export interface ReportDoubt {
  /** The node it concerns, when there is one. */
  id?: string;
  message: string;
  evidence?: ReportQuote;
}

/** A doubt the extraction itself raised, passed through from the build. */
export interface ExtractionDoubt {
  article: string;
  text: string;
  reason: string;
}

export interface IngestReport {
  dryRun: boolean;
  added: { file: string; id: string; title: string }[];
  alreadyThere: { file: string; existingId: string; because: string }[];
  linked: ReportEntity[];
  created: ReportEntity[];
  meetings: ReportMeeting[];
  unsure: ReportDoubt[];
  counts: { nodesBefore: number; nodesAfter: number; edgesBefore: number; edgesAfter: number };
  /** graph.json lacked an article already stored (an earlier run was cut off) and was rebuilt. */
  repairedGraph?: boolean;
}

export function labelOf(label: LocalizedText, prefer: readonly string[] = ['en', 'ru', 'uk']): string {
  for (const language of prefer) if (label[language] !== undefined) return label[language]!;
  return Object.values(label)[0] ?? '';
}

const byOffset = (a: Evidence, b: Evidence) => a.start - b.start;

export interface DiscoveredEntity {
  id: string;
  article: string;
  quote?: string;
}

/** What an article's extraction discovered, with the phrase that introduced each. */
export function discoveredBy(article: string, records: readonly EntityRecord[]): DiscoveredEntity[] {
  return records.map((record) =>
    record.introducedBy ? { id: record.id, article, quote: record.introducedBy.text } : { id: record.id, article },
  );
}

/**
 * The graph after the run as the report reads it: the whole graph, or (after an incremental
 * ingest) only what the run changed. Nodes in the graph's order, since the report lists them so.
 */
export interface ReportAfter {
  /** Every node the run changed or added and every node its edges reach (or all nodes). */
  nodes: readonly GraphNode[];
  /** Every edge with evidence from the new articles (or all edges). */
  edges: readonly GraphEdge[];
  nodeCount: number;
  edgeCount: number;
  has(id: string): boolean;
  /** The label of a node of the graph that is not among `nodes`. */
  labelOf?(id: string): LocalizedText | undefined;
}

function wholeGraph(graph: Graph): ReportAfter {
  const ids = new Set(graph.nodes.map((node) => node.id));
  return {
    nodes: graph.nodes,
    edges: graph.edges,
    nodeCount: graph.nodes.length,
    edgeCount: graph.edges.length,
    has: (id) => ids.has(id),
  };
}

export interface ReportInput {
  /** The graph before the run: only its nodes and its size are compared. */
  before: GraphOutline;
  after: Graph | ReportAfter;
  /** Ids of the articles this run adds. */
  articleIds: readonly string[];
  doubts?: readonly ExtractionDoubt[];
  /**
   * Entities the extraction discovered (not in the curated dictionary), with the phrase that
   * introduced each. Without it, every node new to the graph counts as created.
   */
  discovered?: readonly DiscoveredEntity[];
}

export function computeReport(input: ReportInput): Omit<IngestReport, 'dryRun' | 'added' | 'alreadyThere'> {
  const { before } = input;
  const after = 'nodeCount' in input.after ? input.after : wholeGraph(input.after);
  const fresh = new Set(input.articleIds);
  const existed = new Set(before.nodes.map((node) => node.id));
  const nodes = new Map(after.nodes.map((node) => [node.id, node]));
  const label = (id: string) => {
    const node = nodes.get(id);
    if (node) return labelOf(node.label);
    const elsewhere = after.labelOf?.(id);
    return elsewhere ? labelOf(elsewhere) : id;
  };

  /** Evidence from the new articles, per node, in text order. */
  const cited = new Map<string, Evidence[]>();
  const cite = (id: string, evidence: Evidence) => cited.set(id, [...(cited.get(id) ?? []), evidence]);
  const freshEdges: GraphEdge[] = [];
  for (const edge of after.edges) {
    const evidence = edge.evidence.filter((e) => fresh.has(e.article)).sort(byOffset);
    if (evidence.length === 0) continue;
    freshEdges.push({ ...edge, evidence });
    cite(edge.source, evidence[0]!);
    cite(edge.target, evidence[0]!);
  }
  for (const node of after.nodes) {
    if (node.type !== 'person') continue;
    for (const role of node.roles) for (const e of role.evidence ?? []) if (fresh.has(e.article)) cite(node.id, e);
  }

  const discovered = input.discovered
    ? new Map(input.discovered.filter((d) => fresh.has(d.article)).map((d) => [d.id, d]))
    : undefined;
  const isCreated = (id: string) => !existed.has(id) && (discovered === undefined || discovered.has(id));
  const introducedBy = (id: string): ReportQuote | undefined => {
    const found = isCreated(id) ? discovered?.get(id) : undefined;
    return found?.quote === undefined ? undefined : { article: found.article, quote: found.quote };
  };
  const entity = (node: Exclude<GraphNode, MeetingNode>): ReportEntity => {
    const evidence = [...cited.get(node.id)!].sort(byOffset)[0]!;
    const out: ReportEntity = {
      id: node.id,
      type: node.type,
      label: labelOf(node.label),
      evidence: introducedBy(node.id) ?? { article: evidence.article, quote: evidence.quote },
    };
    if (!isCreated(node.id) && !existed.has(node.id)) out.newInGraph = true;
    if (node.type === 'person') {
      const role = node.roles.find((r) => r.evidence?.some((e) => fresh.has(e.article))) ?? node.roles[0];
      if (role) out.role = labelOf(role.title);
      if (role?.state) out.state = label(role.state);
    }
    return out;
  };
  const entities = after.nodes.filter(
    (node): node is Exclude<GraphNode, MeetingNode> => node.type !== 'meeting' && cited.has(node.id),
  );
  const linked = entities.filter((node) => !isCreated(node.id)).map(entity);
  const created = entities.filter((node) => isCreated(node.id)).map(entity);

  const meetings: ReportMeeting[] = after.nodes
    .filter((node): node is MeetingNode => node.type === 'meeting' && cited.has(node.id))
    .map((node) => {
      const participants = freshEdges
        .filter((edge) => edge.type === 'participant' && edge.target === node.id)
        .map((edge) => ({ id: edge.source, label: label(edge.source) }));
      const evidence = [...cited.get(node.id)!].sort(byOffset)[0]!;
      const meeting: ReportMeeting = {
        id: node.id,
        kind: node.kind,
        status: node.status,
        participants,
        evidence: { article: evidence.article, quote: evidence.quote },
        isNew: !existed.has(node.id),
      };
      if (node.date) meeting.date = node.date;
      if (node.dateText !== undefined) meeting.dateText = node.dateText;
      return meeting;
    });

  return {
    linked,
    created,
    meetings,
    unsure: doubtsOf(input, after, created, meetings),
    counts: {
      nodesBefore: before.nodes.length,
      nodesAfter: after.nodeCount,
      edgesBefore: before.edgeCount,
      edgesAfter: after.edgeCount,
    },
  };
}

function doubtsOf(
  input: ReportInput,
  after: ReportAfter,
  created: ReportEntity[],
  meetings: ReportMeeting[],
): ReportDoubt[] {
  const doubts: ReportDoubt[] = [];
  for (const meeting of meetings) {
    const name = `${meeting.kind.replace(/_/g, ' ')} ${meeting.id}`;
    if (!meeting.date)
      doubts.push({ id: meeting.id, message: `the ${name} has no date in the text.`, evidence: meeting.evidence });
    if (meeting.participants.length < 2) {
      doubts.push({
        id: meeting.id,
        message: `the ${name} has ${meeting.participants.length === 0 ? 'no participant' : 'only one participant'} found in the new text.`,
        evidence: meeting.evidence,
      });
    }
  }
  for (const person of created.filter((entity) => entity.type === 'person')) {
    if (person.state === undefined) {
      doubts.push({
        id: person.id,
        message: `no state is known for the new person ${person.label}.`,
        evidence: person.evidence,
      });
    }
  }
  for (const doubt of (input.doubts ?? []).filter((d) => input.articleIds.includes(d.article))) {
    doubts.push({ message: doubt.reason, evidence: { article: doubt.article, quote: doubt.text } });
  }
  // Nothing should disappear when articles are added; if something does, a curator must hear of it.
  for (const node of input.before.nodes) {
    if (!after.has(node.id))
      doubts.push({
        id: node.id,
        message: `${labelOf(node.label)} (${node.id}) was in the graph before and is not now.`,
      });
  }
  return doubts;
}
