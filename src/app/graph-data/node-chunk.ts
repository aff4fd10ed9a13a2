/**
 * Node details (roles, place, the words a date was read from) and the evidence of the edges
 * that touch them, fetched with the chunk a node's id falls in when a panel needs them.
 */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import {
  EvidenceSchema,
  LanguageSchema,
  LocalizedTextSchema,
  RoleSchema,
  type Evidence,
} from '../../shared/graph/schema';
import { bucketOf, nodeChunkPath, VIEW_FORMAT } from '../../shared/graph/split';
import { fetchChunk, retryNetworkOnce } from './chunk-fetch';
import { isMeeting, type GraphEdge, type GraphIndex } from './graph-index';

const NodeDetailsSchema = z.object({
  roles: z.array(RoleSchema.omit({ evidence: true })).optional(),
  dateText: z.string().optional(),
  place: z.string().optional(),
  iso: z.string().optional(),
  acronym: LocalizedTextSchema.optional(),
});

const EvidenceListSchema = z
  .array(EvidenceSchema.refine((e) => e.end > e.start, { message: 'ends before it starts', path: ['end'] }))
  .min(1, 'needs at least one evidence quote');

export const NodeChunkSchema = z.object({
  format: z.literal(VIEW_FORMAT),
  version: z.string(),
  bucket: z.number().int().nonnegative(),
  nodes: z.record(z.string(), NodeDetailsSchema),
  evidence: z.record(z.string(), EvidenceListSchema),
  languages: z.record(z.string(), LanguageSchema),
});

export type NodeChunkData = z.infer<typeof NodeChunkSchema>;
export type NodeDetailsData = z.infer<typeof NodeDetailsSchema>;

export function nodeChunkQueryOptions(index: GraphIndex, nodeId: string) {
  const { version } = index.graph;
  const bucket = bucketOf(nodeId, index.graph.chunks.nodes);
  return queryOptions({
    queryKey: ['node-chunk', version, bucket],
    queryFn: ({ signal }) => fetchChunk(nodeChunkPath(bucket), { version, bucket }, NodeChunkSchema, signal),
    staleTime: Infinity,
    retry: retryNetworkOnce,
  });
}

/** A node's details; `details` is undefined while loading, on error, or if the chunk lacks it. */
export function useNodeDetails(index: GraphIndex, nodeId: string) {
  const query = useQuery(nodeChunkQueryOptions(index, nodeId));
  return { query, details: query.data?.nodes[nodeId] };
}

/** The chunk that holds an edge's evidence: its meeting's when it has one, so the panel needs one file. */
export function evidenceHome(index: GraphIndex, edge: GraphEdge): string {
  if (isMeeting(index.nodeById.get(edge.source))) return edge.source;
  return isMeeting(index.nodeById.get(edge.target)) ? edge.target : edge.source;
}

export interface EdgeEvidence {
  evidence: Evidence[] | undefined;
  /** The language of an article the evidence quotes, when the chunk knows it. */
  languageOf: (article: string) => string | undefined;
}

export function edgeEvidence(chunk: NodeChunkData | undefined, edgeId: string): EdgeEvidence {
  return { evidence: chunk?.evidence[edgeId], languageOf: (article) => chunk?.languages[article] };
}

export function useEdgeEvidence(index: GraphIndex, edge: GraphEdge) {
  const query = useQuery(nodeChunkQueryOptions(index, evidenceHome(index, edge)));
  return { query, ...edgeEvidence(query.data, edge.id) };
}
