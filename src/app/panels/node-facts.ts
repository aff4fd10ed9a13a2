/** What the node panel lists about a node, in the order a reader wants it. */
import type { EdgeType } from '../../shared/graph/schema';
import { EDGE_TYPES } from '../../shared/graph/schema';
import { parseIsoDate } from '../../shared/dates/iso';
import { isMeeting, otherEnd, type GraphEdge, type GraphIndex, type MeetingNode } from '../graph-data/graph-index';

export interface Connection {
  edge: GraphEdge;
  other: string;
}

/** Sort key for a meeting: its first day (the index parsed it once); undated meetings go last. */
function meetingKey(index: GraphIndex, meeting: MeetingNode): string {
  const span = index.meetingSpans.get(meeting.id) ?? (meeting.date ? parseIsoDate(meeting.date.start) : null);
  return span?.first ?? '9999-99-99';
}

/** Ids in the order String.prototype.localeCompare gives, with one collator instead of one per call. */
const idOrder = new Intl.Collator().compare;

/** The meetings a node is linked to, earliest first. */
export function meetingsOf(index: GraphIndex, nodeId: string): MeetingNode[] {
  const meetings = new Map<string, MeetingNode>();
  for (const edge of index.edgesByNode.get(nodeId) ?? []) {
    const other = index.nodeById.get(otherEnd(edge, nodeId));
    if (isMeeting(other)) meetings.set(other.id, other);
  }
  // ISO days compare as plain strings; keys are looked up once, not at every comparison.
  const keyed = [...meetings.values()].map((meeting) => ({ meeting, key: meetingKey(index, meeting) }));
  keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : idOrder(a.meeting.id, b.meeting.id)));
  return keyed.map(({ meeting }) => meeting);
}

/** A node's connections grouped by relation, in the schema's order of relations. */
export function connectionsByType(index: GraphIndex, nodeId: string): [EdgeType, Connection[]][] {
  const groups = new Map<EdgeType, Connection[]>();
  for (const edge of index.edgesByNode.get(nodeId) ?? []) {
    const list = groups.get(edge.type) ?? [];
    list.push({ edge, other: otherEnd(edge, nodeId) });
    groups.set(edge.type, list);
  }
  return EDGE_TYPES.filter((type) => groups.has(type)).map((type) => [type, groups.get(type) ?? []]);
}

/** The date an edge is about: the date of the meeting at either end, if any. */
export function edgeMeeting(index: GraphIndex, edge: GraphEdge): MeetingNode | undefined {
  const source = index.nodeById.get(edge.source);
  if (isMeeting(source)) return source;
  const target = index.nodeById.get(edge.target);
  return isMeeting(target) ? target : undefined;
}
