/**
 * The whole build, in memory: articles → entities → dates → meetings → merge → reviews → layout.
 * Pure given its inputs (the catalogue is copied, never changed), so the same inputs always give
 * the same graph. Articles are read one at a time in id order; the cost grows linearly.
 */
import { SCHEMA_VERSION, type Article, type Graph, type GraphNode } from '../../shared/graph/schema';
import { checkGraph } from '../../shared/graph/invariants';
import { findDateMentions } from '../dates';
import { dropUnlinkedEntities } from './drop-unlinked';
import type { ArticleLanguage } from '../dates/types';
import { extractEntities, type Catalogue } from '../entities';
import type { ArticleEntities, EntityRecord } from '../entities/types';
import { extractMeetings } from '../meetings/extract-meetings';
import { mergeMeetings, type MergedMeeting } from '../meetings/merge-meetings';
import type { MeetingCandidate } from '../meetings/types';
import { applyReviews } from './apply-reviews';
import { emptyAggregate, entityNodesAndEdges, type EntityAggregate, type RecordEssentials } from './entity-nodes';
import { layoutPositions, type Positions } from './layout';
import { meetingBase, meetingIds, meetingNodesAndEdges, parentFinder } from './meeting-nodes';
import { bucketRecorder, journalOf, type MergeJournal } from './merge-journal';
import type { ReviewDecision, UnmatchedDecision } from './reviews';
import {
  articleKey,
  indexSizes,
  initialState,
  nextState,
  replayEvents,
  sha1,
  WatchedRecords,
  type CachedExtraction,
  type CatalogueEvent,
  type ExtractionCache,
} from './extraction-cache';

export interface BuildInput {
  /** The corpus, any order (it is sorted by id). `file` is kept out of the graph. */
  articles: readonly (Article & { file?: string })[];
  catalogue: Catalogue;
  reviews: readonly ReviewDecision[];
  /** Skip the layout (tests and in-process checks that do not look at positions). */
  layout?: boolean;
  /** Extractions from earlier builds; the build reads hits from it and puts what it computed. */
  cache?: ExtractionCache;
  /**
   * The positions of the graph this build replaces (graph.json), asked for only when the graph is
   * big: its nodes keep them and only new nodes are placed (layout.ts). Absent: a fresh layout.
   */
  previousPositions?: () => Positions | undefined;
  /** Also return the parts an incremental ingest needs (BuildResult.parts). */
  collectState?: boolean;
}

export interface ArticleExtraction {
  article: string;
  entities: ArticleEntities;
  /** Ids of the meeting nodes this article contributed to. */
  meetings: string[];
}

/** What an article changed in the catalogue, in corpus order (replayable: its events give the change). */
export interface CatalogueChange {
  article: string;
  events: CatalogueEvent[];
  replayable: boolean;
}

/** What an incremental ingest needs of a build besides its graph (build/build-state.ts stores it). */
export interface BuildParts {
  aggregate: EntityAggregate;
  changes: CatalogueChange[];
  records: Map<string, RecordEssentials>;
  /** What the meeting merge did (build/merge-journal.ts). */
  journal: MergeJournal;
  /** The meetings' ids before numbering. */
  meetingBases: Set<string>;
  /** States made a node only because a meeting was held there (no article names them). */
  catalogueStates: Set<string>;
  unknownRefs: Set<string>;
}

export interface BuildResult {
  /** With `collectState`: what an incremental ingest needs. */
  parts?: BuildParts;
  graph: Graph;
  /** Milliseconds spent in each phase, for the scale work. */
  timings: Record<'entities' | 'dates' | 'meetings' | 'merge' | 'reviews' | 'layout' | 'check', number>;
  unmatched: UnmatchedDecision[];
  extractions: ArticleExtraction[];
}

/** A problem with the built graph itself: a bug, or a review that broke an invariant. */
export class GraphInvariantError extends Error {}

/** Extraction may add what it discovers to the catalogue; the caller's copy stays as it was. */
export function copyCatalogue(catalogue: Catalogue): Catalogue & { records: WatchedRecords } {
  const copy = structuredClone(catalogue);
  const records = new WatchedRecords();
  for (const [id, record] of copy.records) records.set(id, record);
  return { ...copy, records };
}

function plainArticle(article: Article & { file?: string }): Article {
  const { file: _file, ...rest } = article;
  return rest;
}

export function buildGraphDetailed(input: BuildInput): BuildResult {
  const catalogue = copyCatalogue(input.catalogue);
  const articles = [...input.articles].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const withEntities: { article: Article; entities: ArticleEntities }[] = [];
  const candidatesByArticle = new Map<string, MeetingCandidate[]>();
  const records = new Map(catalogue.records);

  const timings: BuildResult['timings'] = {
    entities: 0,
    dates: 0,
    meetings: 0,
    merge: 0,
    reviews: 0,
    layout: 0,
    check: 0,
  };
  let clock = performance.now();
  const lap = (phase: keyof BuildResult['timings']) => {
    const now = performance.now();
    timings[phase] += now - clock;
    clock = now;
  };
  const cache = input.cache;
  cache?.beginBuild();
  let state = cache ? initialState(input.catalogue) : '';
  const changes: CatalogueChange[] = [];
  const cacheKeys = new Map<string, string>();
  for (const source of articles) {
    const article = plainArticle(source);
    const key = cache ? sha1(`${state}\0${articleKey(source)}`) : '';
    if (cache && input.collectState) cacheKeys.set(article.id, key);
    const hit = cache?.get(key);
    let entities: ArticleEntities;
    let candidates: MeetingCandidate[];
    if (hit) {
      replayEvents(catalogue, hit.events);
      if (input.collectState && hit.events.length > 0)
        changes.push({ article: article.id, events: hit.events, replayable: true });
      entities = {
        mentions: hit.mentions,
        doubts: hit.doubts,
        discovered: hit.discovered.map(({ id, shared, record }) =>
          shared || record === undefined ? catalogue.records.get(id)! : record,
        ),
      };
      candidates = hit.candidates;
      state = hit.stateAfter;
      cache!.hits += 1;
      lap('entities');
    } else {
      const sizes = cache || input.collectState ? indexSizes(catalogue) : '';
      const fresh = extractArticle(source, catalogue, Boolean(cache || input.collectState), lap);
      entities = fresh.entities;
      candidates = fresh.candidates;
      const events = fresh.events;
      if (input.collectState && (events.length > 0 || indexSizes(catalogue) !== sizes)) {
        changes.push({
          article: article.id,
          events,
          replayable: events.some((e) => e.kind === 'add') || indexSizes(catalogue) === sizes,
        });
      }
      if (cache) {
        cache.misses += 1;
        // The name indexes changed without a record added: not replayable, so this article is
        // never served from the cache and every later article is keyed on its exact text.
        const replayable = events.some((event) => event.kind === 'add') || indexSizes(catalogue) === sizes;
        const stateAfter = replayable ? nextState(state, events) : sha1(`${state}\0unreplayable\0${key}`);
        if (replayable) {
          const entry: CachedExtraction = {
            mentions: entities.mentions,
            doubts: entities.doubts,
            discovered: entities.discovered.map((record) =>
              catalogue.records.get(record.id) === record
                ? { id: record.id, shared: true }
                : { id: record.id, shared: false, record },
            ),
            events,
            stateAfter,
            candidates,
          };
          cache.put(key, entry);
        }
        state = stateAfter;
      }
    }
    for (const record of entities.discovered) records.set(record.id, record);
    withEntities.push({ article, entities });
    candidatesByArticle.set(article.id, candidates);
  }
  for (const [id, record] of catalogue.records) if (!records.has(id)) records.set(id, record);

  const aggregate = emptyAggregate();
  const entityPart = entityNodesAndEdges(withEntities, records, aggregate);
  const entityNodes = new Map<string, GraphNode>(entityPart.nodes.map((n) => [n.id, n]));
  const recorder = input.collectState ? bucketRecorder() : undefined;
  const merged = mergeMeetings(
    articles.map((a) => candidatesByArticle.get(a.id) ?? []),
    recorder?.onBucket,
  );
  const { meetings, owner } = merged;
  const ids = meetingIds(meetings);
  const aggregateIds = input.collectState ? new Set(entityNodes.keys()) : undefined;
  const articleMap = new Map(withEntities.map(({ article }) => [article.id, article]));
  const meetingPart = meetingNodesAndEdges(
    meetings,
    ids,
    parentFinder(owner, candidatesByArticle, ids),
    articleMap,
    entityNodes,
    records,
  );

  const extracted: Graph = {
    schemaVersion: SCHEMA_VERSION,
    articles: withEntities.map(({ article }) => article),
    nodes: [...entityNodes.values(), ...meetingPart.nodes],
    edges: [...entityPart.edges, ...meetingPart.edges],
  };
  lap('merge');
  const { graph: decided, unmatched } = applyReviews(extracted, input.reviews);
  const reviewed = dropUnlinkedEntities(decided);
  lap('reviews');
  const graph =
    input.layout === false
      ? reviewed
      : (() => {
          const positions = layoutPositions(
            reviewed.nodes,
            reviewed.edges,
            input.previousPositions ? { previous: input.previousPositions } : {},
          );
          return { ...reviewed, nodes: reviewed.nodes.map((n) => ({ ...n, position: positions.get(n.id)! })) };
        })();

  lap('layout');
  const check = checkGraph(graph);
  lap('check');
  if (!check.ok) {
    const first = check.problems[0]!;
    throw new GraphInvariantError(`The built graph breaks the contract at ${first.path}: ${first.message}`);
  }
  const extractions = withEntities.map(({ article, entities }) => ({
    article: article.id,
    entities,
    meetings: meetingsOf(candidatesByArticle.get(article.id) ?? [], owner, ids),
  }));
  const parts: BuildParts | undefined = input.collectState
    ? {
        aggregate,
        changes,
        records: new Map([...records].map(([id, r]) => [id, essentials(r)])),
        journal: journalOf(
          articles.map((a) => a.id),
          candidatesByArticle,
          merged,
          ids,
          recorder!.touchers(),
          cacheKeys,
        ),
        meetingBases: new Set(meetings.map(meetingBase)),
        catalogueStates: new Set([...entityNodes.keys()].filter((id) => !aggregateIds!.has(id))),
        unknownRefs: unknownRefs(meetings, entityNodes),
      }
    : undefined;
  return { graph, unmatched, extractions, timings, ...(parts ? { parts } : {}) };
}

/** What the graph's nodes need of a record (an ingest keeps these, not whole records). */
export function essentials(record: EntityRecord): RecordEssentials {
  const out: RecordEssentials = { type: record.type, label: record.label };
  if (record.iso !== undefined) out.iso = record.iso;
  if (record.acronym !== undefined) out.acronym = record.acronym;
  return out;
}

/** Ids the meetings name that are no node (so their edges were left out): a new node with one of these ids would bring them in. */
function unknownRefs(meetings: readonly MergedMeeting[], entityNodes: ReadonlyMap<string, GraphNode>): Set<string> {
  const out = new Set<string>();
  for (const m of meetings) {
    for (const map of [m.persons, m.organizations, m.discussed, m.heldIn]) {
      for (const id of map.keys()) if (!id.startsWith('meeting:') && !entityNodes.has(id)) out.add(id);
    }
  }
  return out;
}

/**
 * One article's extraction: entities (which may add to the catalogue: `watch` records how, as
 * events), dates, meeting candidates. The build runs it on every article the cache does not
 * hold; an ingest runs it on the one new article, on the catalogue as it stands at that article.
 */
export function extractArticle(
  source: Article & { file?: string },
  catalogue: Catalogue & { records: WatchedRecords },
  watch: boolean,
  lap: (phase: 'entities' | 'dates' | 'meetings') => void = () => {},
): { entities: ArticleEntities; candidates: MeetingCandidate[]; events: CatalogueEvent[] } {
  const article = plainArticle(source);
  if (watch) catalogue.records.begin();
  const entities = extractEntities({ ...article, file: source.file ?? article.id }, catalogue);
  const events = watch ? catalogue.records.end() : [];
  lap('entities');
  const language = article.language as ArticleLanguage;
  const options = { language, published: article.published };
  const dates = findDateMentions(article.text, options);
  lap('dates');
  const candidates = extractMeetings({
    id: article.id,
    text: article.text,
    language,
    published: article.published,
    setAside: article.setAside ?? [],
    mentions: entities.mentions,
    dates,
    findDates: (text, tense) => findDateMentions(text, { ...options, tense }),
  });
  lap('meetings');
  return { entities, candidates, events };
}

function meetingsOf(
  candidates: readonly MeetingCandidate[],
  owner: ReadonlyMap<MeetingCandidate, MergedMeeting>,
  ids: ReadonlyMap<MergedMeeting, string>,
): string[] {
  const out = new Set<string>();
  for (const c of candidates) {
    const merged = owner.get(c);
    const id = merged ? ids.get(merged) : undefined;
    if (id) out.add(id);
  }
  return [...out].sort();
}

/** The graph for the given corpus, catalogue and curator decisions. */
export function buildGraph(input: BuildInput): Graph {
  return buildGraphDetailed(input).graph;
}
