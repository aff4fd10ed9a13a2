/**
 * Adding one article without rebuilding the corpus: extract only the new article, on the catalogue
 * as it stands at the article's place in id order, and splice what it changes into the bytes of
 * graph.json, using the state the last build left (build/build-state.ts).
 *
 * Taken only where the result is provably the full build's, byte for byte:
 *   - the state belongs to exactly the data and graph.json there now;
 *   - the article adds nothing to the catalogue (so every later article extracts as before), or
 *     it comes last in id order (so there is no later article);
 *   - its meetings merge into the rest as the full merge would merge them, and every later meeting
 *     that could see one they changed merges as it did (merge-increment.ts, from the journal the
 *     build kept); a meeting they change keeps its id, and a new one takes no id in use;
 *   - no curator decision names anything it changes;
 *   - the roles it adds to were made by earlier articles, and it does not tie their date;
 *   - the graph is big enough to keep its layout (only new nodes are placed).
 * Otherwise it says why in plain words and the caller runs the full build, unchanged.
 */
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import {
  ArticleSchema,
  GraphEdgeSchema,
  GraphNodeSchema,
  type Article,
  type GraphEdge,
  type GraphNode,
  type MeetingNode,
} from '../../shared/graph/schema';
import { parseArticleFile } from '../articles/article-file';
import { decodeText, MAX_ARTICLE_BYTES } from '../articles/read-article-file';
import { corpusArticle, toArticle } from '../articles/load-corpus';
import { copyCatalogue, essentials, extractArticle } from '../build/build-graph';
import {
  fileEntry,
  loadBuildState,
  buildStateBytes,
  writeBuildStateBytes,
  type BuildState,
  type FileEntry,
  type Section,
} from '../build/build-state';
import { loadCatalogueCached } from '../build/catalogue-cache';
import {
  aggregateArticle,
  aggregateNodeIds,
  emptyAggregate,
  entityNode,
  firstDay,
  type EntityAggregate,
} from '../build/entity-nodes';
import { indexSizes, replayEvents, sha1 } from '../build/extraction-cache';
import { inputsDigestOfKeys, outlineOfStamped, writeStampOf, type GraphOutline } from '../build/graph-stamp';
import { BIG, stableLayout } from '../build/layout';
import { edgeId } from '../build/apply-reviews';
import { meetingNodesAndEdges } from '../build/meeting-nodes';
import { loadReviews, type ReviewDecision } from '../build/reviews';
import { serializeElements } from '../build/serialize';
import type { EntityRecord } from '../entities/types';
import { writeFileAtomic, writePiecesAtomic } from '../io/atomic-write';
import { newMeetings } from './new-meetings';
import { planIngest, type IncomingArticle, type IngestStep } from './plan';
import { discoveredBy, type DiscoveredEntity, type ReportAfter } from './report';

export type FastIngest =
  | {
      taken: true;
      step: Extract<IngestStep, { action: 'add' }>;
      before: GraphOutline;
      after: ReportAfter;
      doubts: { article: string; text: string; reason: string }[];
      /** Meetings of other articles its meetings joined, and later candidates merged again to check. */
      meetings: { joined: number; renamed: number; remerged: number };
      /** What it discovered (the last article may name someone no earlier one did), for the report. */
      discovered: DiscoveredEntity[];
    }
  | { taken: false; reason: string };

const decline = (reason: string): FastIngest => ({ taken: false, reason });
const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const EDGE_ID = /^([a-z_]+):(.+)->(.+)$/;
const typeOf = (id: string) => id.slice(0, id.indexOf(':'));

/** Where `id` is, or would go, in a sorted section: its index, and whether it is there. */
function locate(section: Section, id: string): { index: number; found: boolean } {
  let low = 0;
  let high = section.ids.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (section.ids[mid]! < id) low = mid + 1;
    else high = mid;
  }
  return { index: low, found: section.ids[low] === id };
}

/**
 * The new bytes of graph.json as pieces (unchanged runs of the old bytes kept as views), with each
 * section's ranges updated to the new bytes: an element given new text takes it in place, one given
 * null goes, a new one goes to its sorted place, with the ",\n" that separates elements.
 */
function splice(
  bytes: Buffer,
  sections: readonly Section[],
  texts: readonly ReadonlyMap<string, string | null>[],
): Buffer[] {
  const pieces: Buffer[] = [];
  let out = 0;
  let runFrom = -1;
  let runTo = -1;
  let runOut = 0;
  const flush = () => {
    if (runFrom < 0) return;
    pieces.push(bytes.subarray(runFrom, runTo));
    out = runOut + (runTo - runFrom);
    runFrom = -1;
  };
  /** Old bytes [from, to); returns where `from` lands in the new bytes. */
  const old = (from: number, to: number): number => {
    if (runFrom < 0 || runTo !== from) {
      flush();
      runFrom = from;
      runOut = out;
    }
    runTo = to;
    return runOut + (from - runFrom);
  };
  const piece = (buffer: Buffer): number => {
    flush();
    const at = out;
    pieces.push(buffer);
    out += buffer.length;
    return at;
  };
  const separator = Buffer.from(',\n');
  let frameFrom = 0;
  sections.forEach((section, s) => {
    old(frameFrom, section.starts[0]!);
    const added = [...texts[s]!.keys()]
      .filter((id) => texts[s]!.get(id) !== null && !locate(section, id).found)
      .sort(byString);
    const ids: string[] = [];
    const starts: number[] = [];
    const ends: number[] = [];
    let previousOld = -2;
    const put = (id: string, start: number, length: number) => {
      ids.push(id);
      starts.push(start);
      ends.push(start + length);
    };
    let a = 0;
    for (let i = 0; i <= section.ids.length; i += 1) {
      const here = section.ids[i];
      while (a < added.length && (here === undefined || added[a]! < here)) {
        if (ids.length > 0) piece(separator);
        const text = Buffer.from(texts[s]!.get(added[a]!)!, 'utf8');
        put(added[a]!, piece(text), text.length);
        previousOld = -2;
        a += 1;
      }
      if (here === undefined) break;
      const replacement = texts[s]!.get(here);
      // Null: the element goes, and the separator before the next one is written afresh.
      if (replacement === null) continue;
      if (ids.length > 0) {
        if (previousOld === i - 1 && replacement === undefined) old(section.ends[i - 1]!, section.starts[i]!);
        else piece(separator);
      }
      if (replacement === undefined) {
        put(here, old(section.starts[i]!, section.ends[i]!), section.ends[i]! - section.starts[i]!);
        previousOld = i;
      } else {
        const text = Buffer.from(replacement, 'utf8');
        put(here, piece(text), text.length);
        previousOld = -2;
      }
    }
    frameFrom = section.ends[section.ends.length - 1]!;
    section.ids = ids;
    section.starts = starts;
    section.ends = ends;
  });
  old(frameFrom, bytes.length);
  flush();
  return pieces;
}

function hashOf(pieces: readonly Buffer[]): string {
  const hash = createHash('sha1');
  for (const piece of pieces) hash.update(piece);
  return hash.digest('hex');
}

/** Whether a curator decision names one of these ids, or an edge that ends at one. */
function decisionTouching(
  decisions: readonly ReviewDecision[],
  touched: ReadonlySet<string>,
): ReviewDecision | undefined {
  return decisions.find((decision) => {
    if (touched.has(decision.target)) return true;
    const edge = EDGE_ID.exec(decision.target);
    return edge !== null && (touched.has(edge[2]!) || touched.has(edge[3]!));
  });
}

/** Checks what the run changed against the contract: structure, references and the new quotes. */
function contractProblem(
  article: Article,
  nodes: readonly GraphNode[],
  edges: readonly GraphEdge[],
  exists: (id: string) => boolean,
): string | undefined {
  if (!ArticleSchema.safeParse(article).success) return `the article ${article.id} breaks the contract`;
  const evidenceOk = (ev: { article: string; start: number; end: number; quote: string }) =>
    ev.article !== article.id || (ev.end > ev.start && article.text.slice(ev.start, ev.end) === ev.quote);
  for (const node of nodes) {
    if (!GraphNodeSchema.safeParse(node).success || !node.id.startsWith(`${node.type}:`))
      return `node ${node.id} breaks the contract`;
    if (node.type !== 'person') continue;
    for (const role of node.roles) {
      for (const [ref, type] of [
        [role.state, 'state'],
        [role.organization, 'organization'],
      ] as const) {
        if (ref !== undefined && (!exists(ref) || typeOf(ref) !== type))
          return `a role of ${node.id} refers to ${ref}, which is not a ${type} in the graph`;
      }
      if (!(role.evidence ?? []).every(evidenceOk)) return `a quote of ${node.id} is not its article's text`;
    }
  }
  for (const edge of edges) {
    if (!GraphEdgeSchema.safeParse(edge).success) return `edge ${edge.id} breaks the contract`;
    if (!exists(edge.source) || !exists(edge.target)) return `edge ${edge.id} has an end that is not in the graph`;
    if (!edge.evidence.every(evidenceOk)) return `a quote of ${edge.id} is not its article's text`;
  }
  return undefined;
}

/** The order the full build gives entity nodes: by the article that first names them, then by mention. */
function entityOrder(aggregate: EntityAggregate) {
  return (a: string, b: string) => {
    const x = aggregate.first.get(a);
    const y = aggregate.first.get(b);
    // Named only by a role: after every mentioned entity (aggregateNodeIds).
    if (x === undefined || y === undefined) return x === y ? 0 : x === undefined ? 1 : -1;
    return byString(x[0], y[0]) || x[1] - y[1];
  };
}

export interface FastIngestInput {
  dataDir: string;
  /** The one file to add, read and parsed. */
  incoming: IncomingArticle;
}

type FileStat = { size: number; mtimeMs: number } | undefined;

/** Every article file's size and time (one stat each: in Node, the synchronous call costs least). */
function statArticles(dataDir: string): { names: string[]; stats: FileStat[] } {
  const dir = join(dataDir, 'articles');
  const names = readdirSync(dir).filter((name) => name.endsWith('.txt'));
  const stats = names.map((name): FileStat => {
    try {
      const { size, mtimeMs } = statSync(join(dir, name));
      return { size, mtimeMs };
    } catch {
      return undefined;
    }
  });
  return { names, stats };
}

/**
 * The corpus as the state knows it, when every article file is as the last build read it. A file
 * of the same size with another time (copied without its times, touched, checked out again) is
 * read and parsed: when it is the article the build read, its new time goes into the state, so the
 * next ingest need not read it again.
 */
function knownCorpus(
  state: BuildState,
  dataDir: string,
  names: readonly string[],
  stats: readonly FileStat[],
): FileEntry[] | string {
  if (names.length !== state.files.size) return 'articles were added or removed since the last build';
  const dir = join(dataDir, 'articles');
  for (let i = 0; i < names.length; i += 1) {
    const name = names[i]!;
    const entry = state.files.get(name);
    if (entry === undefined) return 'articles were added or removed since the last build';
    const found = stats[i];
    if (found === undefined) return `${name} cannot be read`;
    if (found.mtimeMs === entry.mtimeMs && found.size === entry.size) continue;
    if (found.size !== entry.size) return `${name} changed since the last build`;
    let article;
    try {
      article = corpusArticle(dir, name);
    } catch {
      return `${name} cannot be read as an article`;
    }
    const now = fileEntry(article, found);
    if (now.id !== entry.id || now.key !== entry.key) return `${name} changed since the last build`;
    state.files.set(name, now);
  }
  return [...state.files.values()].sort((a, b) => byString(a.id, b.id));
}

/**
 * Tries the fast path for one new article. Everything is decided before anything is written; once
 * it writes (the article file, graph.json, then the stamp and the state), it has taken the path.
 */
export async function fastIngest(input: FastIngestInput): Promise<FastIngest> {
  const { dataDir } = input;
  const state = loadBuildState(dataDir);
  if (state === undefined) return decline('no build state was kept by the last build');
  const files = statArticles(dataDir);
  const corpus = knownCorpus(state, dataDir, files.names, files.stats);
  if (typeof corpus === 'string') return decline(corpus);
  const plan = planIngest([input.incoming], {
    ids: new Set(corpus.map((entry) => entry.id)),
    byText: new Map(corpus.map((entry) => [entry.text, entry.id])),
    byUrl: new Map(corpus.flatMap((entry) => (entry.url === null ? [] : [[entry.url, entry.id] as const]))),
  });
  const step = plan.steps[0];
  if (plan.errors.length > 0 || step?.action !== 'add') return decline('the file is not one new article');
  const { id } = step;
  const digestBefore = inputsDigestOfKeys(dataDir, corpus);
  if (state.digest !== digestBefore) return decline('the data changed since the last build');
  const graphPath = join(dataDir, 'graph.json');
  const bytes = readFileSync(graphPath);
  if (sha1(bytes) !== state.graphHash) return decline('graph.json changed since the last build');
  const before = outlineOfStamped(dataDir, digestBefore, state.graphHash);
  if (before === undefined) return decline('graph.json has no stamp for the data as it stands');
  if (before.nodes.length <= BIG) return decline('the graph is small, so every build lays it out afresh');

  // The article as the full build would read it back from its file.
  const path = join(dataDir, 'articles', `${id}.txt`);
  const content = Buffer.from(step.content, 'utf8');
  if (content.length > MAX_ARTICLE_BYTES) return decline('the article file is too big to read in one go');
  const parsed = parseArticleFile(decodeText(content, path), path);
  const source = toArticle(parsed, id, path);
  const { file: _file, ...article } = source;

  // The catalogue as it stands just before the article: the curated one, and what earlier articles added.
  const catalogue = copyCatalogue(loadCatalogueCached(dataDir, { save: false }));
  for (const change of state.parts.changes) {
    if (change.article >= id) break;
    if (!change.replayable)
      return decline(`article ${change.article} changed the catalogue in a way that is not replayed`);
    replayEvents(catalogue, change.events);
  }
  const sizes = indexSizes(catalogue);
  const { entities, candidates, events } = extractArticle(source, catalogue, true);
  // What it adds to or changes in the catalogue (a person no earlier article named, a name form)
  // changes how every later article is read, so it is taken only from the article that comes
  // last: there is no later one. Even then a change to a known record must leave its node as it is.
  const records = state.parts.records as unknown as Map<string, EntityRecord>;
  const adds = entities.discovered.length > 0 || events.some((event) => event.kind === 'add');
  const changesIndexes = indexSizes(catalogue) !== sizes;
  const last = corpus.length > 0 && corpus[corpus.length - 1]!.id < id;
  if (adds && !last) {
    const named = [...new Set([...entities.discovered.map((r) => r.id), ...events.map((e) => e.record.id)])];
    return decline(`the article names what the catalogue did not know yet (${named.join(', ')})`);
  }
  if (!last && (events.length > 0 || changesIndexes)) {
    const named = [...new Set(events.map((e) => e.record.id))];
    return decline(`the article changes what the catalogue knows${named.length > 0 ? ` of ${named.join(', ')}` : ''}`);
  }
  const added = new Set(events.flatMap((event) => (event.kind === 'add' ? [event.record.id] : [])));
  for (const event of events) {
    if (event.kind !== 'update' || added.has(event.record.id)) continue;
    const known = records.get(event.record.id);
    if (known === undefined || JSON.stringify(essentials(event.record)) !== JSON.stringify(known))
      return decline(`the article changes how the graph names ${event.record.id}`);
  }
  // What it discovered is known from here on, as the full build knows it (its essentials), and the
  // catalogue change goes into the state for the articles ingested after it.
  for (const record of entities.discovered) records.set(record.id, essentials(record) as EntityRecord);
  if (events.length > 0 || changesIndexes)
    state.parts.changes.push({ article: id, events, replayable: adds || !changesIndexes });

  // The meetings it joins or starts, merged into the rest as the full build would (new-meetings.ts).
  const merged = newMeetings({ dataDir, state, article, candidates });
  if (typeof merged === 'string') return decline(merged);
  const { meetings } = merged;

  // The entity part: the article's contribution, checked against the aggregate, then added to it.
  const aggregate = state.parts.aggregate as EntityAggregate;
  const own = emptyAggregate();
  aggregateArticle(own, { article, entities }, records);
  for (const [person, roles] of own.roles) {
    for (const [key, role] of roles) {
      const known = aggregate.roles.get(person)?.get(key);
      if (known === undefined) continue;
      if (aggregate.roleFirst.get(person)!.get(key)! > id) return decline('it adds to a role a later article made');
      if (firstDay(role.asOf) === firstDay(known.asOf) && role.asOf !== known.asOf)
        return decline('its date ties with the date of a role it adds to');
    }
  }
  // The aggregate's node ids (aggregateNodeIds), without reading every person's roles.
  const roleRefs = state.roleRefs;
  const known = (entity: string) => aggregate.aliases.has(entity) || roleRefs.has(entity);
  const ownIds = aggregateNodeIds(own);
  for (const entity of ownIds) {
    if (!known(entity) && state.parts.unknownRefs.has(entity))
      return decline('it names an entity that meetings of other articles name too');
  }
  aggregate.edges = new Map();
  aggregateArticle(aggregate, { article, entities }, records);
  for (const [entity, first] of own.first) {
    const stored = aggregate.first.get(entity)!;
    if (stored[0] > first[0]) aggregate.first.set(entity, first);
  }
  for (const entity of ownIds) if (!own.aliases.has(entity)) roleRefs.add(entity);
  const allIds = { has: known };

  // The meeting part, with the entity nodes its labels and edges look up.
  const entityNodes = new Map<string, GraphNode>();
  const catalogueNode = (state: string): GraphNode => {
    const record = records.get(state)!;
    return { id: state, type: 'state', label: record.label, aliases: [], ...(record.iso ? { iso: record.iso } : {}) };
  };
  for (const m of meetings) {
    for (const map of [m.persons, m.organizations, m.discussed, m.heldIn]) {
      for (const ref of map.keys()) {
        if (allIds.has(ref)) entityNodes.set(ref, entityNode(aggregate, ref, records.get(ref)!));
        else if (state.parts.catalogueStates.has(ref)) entityNodes.set(ref, catalogueNode(ref));
      }
    }
  }
  const looked = new Set(entityNodes.keys());
  const meetingPart = meetingNodesAndEdges(
    meetings,
    merged.ids,
    merged.parentOf,
    merged.articles,
    entityNodes,
    records,
  );
  const newCatalogueStates = [...entityNodes.keys()].filter((ref) => !looked.has(ref));
  const isChanged = (id: string) => merged.changedIds.has(id);
  if (meetingPart.nodes.some((meeting) => !isChanged(meeting.id) && locate(state.nodes, meeting.id).found))
    return decline('a meeting id it makes is taken');

  // Edges: the article's own, with what the graph already holds of each.
  const edges = new Map<string, GraphEdge>();
  const review = { state: 'unreviewed' as const };
  for (const edge of [...own.edges.values(), ...meetingPart.edges]) {
    const { index, found } = locate(state.edges, edge.id);
    // New, or of a meeting it changes: that one gets its edges afresh, with every article's quotes.
    if (!found || isChanged(edge.source) || isChanged(edge.target)) {
      edges.set(edge.id, { ...edge, review });
      continue;
    }
    if (edge.source.startsWith('meeting:') || edge.target.startsWith('meeting:'))
      return decline('a meeting edge it makes is in the graph already');
    const old = JSON.parse(bytes.toString('utf8', state.edges.starts[index], state.edges.ends[index])) as GraphEdge;
    edges.set(edge.id, { ...old, evidence: [...old.evidence, ...edge.evidence] });
  }
  // A meeting given a new id leaves its old node and edges; one part of it points to the new id.
  const renamed = merged.renamed;
  const oldEdges = edgesOfMeetings(state, new Set([...merged.changedIds, ...renamed.keys()]));
  const gone = dropRenamed(state, bytes, renamed, oldEdges, edges, review);
  if (typeof gone === 'string') return decline(gone);

  // Nodes: every entity the article names (states and organizations only where linked), the states
  // its meetings were held in, its meetings.
  const inGraph = (node: string) => !renamed.has(node) && locate(state.nodes, node).found;
  const linked = new Set<string>();
  for (const edge of edges.values()) linked.add(edge.source).add(edge.target);
  const entityIds = ownIds.map((entity) => entityNode(aggregate, entity, records.get(entity)!));
  for (const node of entityIds) {
    if (node.type !== 'person') continue;
    for (const role of node.roles) for (const ref of [role.state, role.organization]) if (ref) linked.add(ref);
  }
  const changed: GraphNode[] = [];
  for (const node of entityIds) {
    if (node.type === 'person' || inGraph(node.id) || linked.has(node.id)) changed.push(node);
  }
  for (const ref of newCatalogueStates) changed.push(entityNodes.get(ref)!);
  const meetingNodes: MeetingNode[] = meetingPart.nodes;
  // An edge may reach an entity the article does not name (a meeting held in a state other
  // articles name): one the graph left out, having no edge to it till now, comes in with it.
  const listed = new Set([...changed, ...meetingNodes].map((node) => node.id));
  for (const end of linked) {
    if (listed.has(end) || inGraph(end)) continue;
    if (!allIds.has(end) || records.get(end) === undefined) return decline(`it links ${end}, which is no node`);
    changed.push(entityNode(aggregate, end, records.get(end)!));
    listed.add(end);
  }
  // Ids its meetings name that are no node: an article that names one later brings these edges in.
  const unknown = new Set<string>();
  for (const m of meetings) {
    for (const map of [m.persons, m.organizations, m.discussed, m.heldIn]) {
      for (const ref of map.keys()) if (!ref.startsWith('meeting:') && !entityNodes.has(ref)) unknown.add(ref);
    }
  }

  const touched = new Set<string>([
    ...changed.map((n) => n.id),
    ...meetingNodes.map((n) => n.id),
    ...linked,
    ...renamed.keys(),
    ...gone,
  ]);
  for (const edge of edges.values()) touched.add(edge.id);
  const decision = decisionTouching(loadReviews(join(dataDir, 'reviews')), touched);
  if (decision !== undefined) return decline(`a curator decision (${decision.target}) concerns what it changes`);

  // Layout: what was placed keeps its place; new nodes are placed as the stable layout places them.
  const positions = new Map(before.nodes.flatMap((n) => (n.position ? [[n.id, n.position] as const] : [])));
  const fresh = [...changed, ...meetingNodes].filter((node) => !inGraph(node.id));
  const freshIds = new Set(fresh.map((node) => node.id));
  const around = new Map<string, GraphNode>();
  for (const node of [...changed, ...meetingNodes]) around.set(node.id, node);
  for (const edge of edges.values()) {
    for (const end of [edge.source, edge.target]) {
      if (!around.has(end)) around.set(end, { id: end, type: typeOf(end) } as GraphNode);
    }
  }
  // A meeting it changes may gain participants: it keeps its place, but counts in its new group.
  const regrouped = regroupChanged(merged.changedIds, renamed, oldEdges, edges);
  if (typeof regrouped === 'string') return decline(regrouped);
  const taken = new Map(state.groups);
  for (const { from } of regrouped) addTo(taken, from, -1);
  const nodeCount = state.nodes.ids.length + fresh.length - renamed.size;
  const placed = stableLayout([...around.values()], [...edges.values()], positions, { nodeCount, taken });
  const finalNodes = [...changed, ...meetingNodes].map((node) => ({
    ...node,
    review,
    position: freshIds.has(node.id) ? placed.get(node.id)! : positions.get(node.id)!,
  }));
  if (finalNodes.some((node) => node.position === undefined)) return decline('a node it changes has no position');

  const problem = contractProblem(article, finalNodes, [...edges.values()], (ref) => inGraph(ref) || freshIds.has(ref));
  // Never expected (it would be a bug here); the full build then gives the graph.
  if (problem !== undefined) return decline(`the spliced graph would break the contract: ${problem}`);

  // Write: the article, graph.json, then the stamp and the state for the next ingest.
  const texts = serializeElements({ articles: [article], nodes: finalNodes, edges: [...edges.values()] });
  const edits = [texts.articles, texts.nodes, texts.edges].map(
    (list) => new Map<string, string | null>(list.map((t) => [t.id, t.text])),
  );
  for (const node of renamed.keys()) edits[1]!.set(node, null);
  for (const edge of gone) edits[2]!.set(edge, null);
  const edgeCountBefore = state.edges.ids.length;
  const newEdges = texts.edges.filter((t) => !locate(state.edges, t.id).found).length - gone.length;
  writeFileAtomic(path, content);
  const pieces = splice(bytes, [state.articles, state.nodes, state.edges], edits);
  // graph.json is written by the file system's threads while this one hashes it and prepares the
  // stamp and the state; both name the hash of the new graph.json, so written before it is in
  // place (a crash between), they only fail to match and are not used.
  const writing = writePiecesAtomic(graphPath, pieces);
  writing.catch(() => {});
  const hash = hashOf(pieces);
  const entry = fileEntry(article, statSync(path));
  const digestAfter = inputsDigestOfKeys(dataDir, [...corpus, entry]);
  state.files.set(`${id}.txt`, entry);
  const outline: GraphOutline = {
    nodes: [
      ...before.nodes.filter((node) => !renamed.has(node.id)),
      ...fresh.map((node) => ({ id: node.id, label: node.label, position: placed.get(node.id)! })),
    ].sort((a, b) => byString(a.id, b.id)),
    edgeCount: edgeCountBefore + newEdges,
  };
  merged.updateJournal();
  for (const { from, to } of regrouped) {
    addTo(state.groups, from, -1);
    if (to !== undefined) addTo(state.groups, to, 1);
  }
  for (const old of renamed.keys()) state.parts.meetingBases.delete(old);
  updateState(state, {
    digestAfter,
    hash,
    bases: merged.newBases,
    newCatalogueStates,
    unknown,
    meetings: meetingNodes.filter((node) => freshIds.has(node.id)),
    edges,
  });
  const stateBytes = buildStateBytes(state);
  try {
    await writing;
  } catch (error) {
    rmSync(path, { force: true });
    throw error;
  }
  writeStampOf(dataDir, digestAfter, hash, outline);
  writeBuildStateBytes(dataDir, stateBytes);

  // The report: the nodes it names in the order the full build lists them.
  const order = entityOrder(aggregate);
  const entitiesInOrder = finalNodes
    .filter((n) => n.type !== 'meeting' && allIds.has(n.id))
    .sort((a, b) => order(a.id, b.id));
  const others = finalNodes.filter((n) => n.type !== 'meeting' && !allIds.has(n.id));
  const reach = new Map<string, GraphNode>();
  for (const edge of edges.values()) {
    for (const end of [edge.source, edge.target]) {
      if (!finalNodes.some((n) => n.id === end) && !reach.has(end) && state.parts.catalogueStates.has(end))
        reach.set(end, catalogueNode(end));
    }
  }
  const labels = new Map(before.nodes.map((n) => [n.id, n.label]));
  return {
    taken: true,
    step,
    before,
    after: {
      nodes: [...entitiesInOrder, ...others, ...reach.values(), ...finalNodes.filter((n) => n.type === 'meeting')],
      edges: [...edges.values()],
      nodeCount,
      edgeCount: edgeCountBefore + newEdges,
      has: (node) => inGraph(node) || freshIds.has(node),
      labelOf: (node) => labels.get(node),
    },
    doubts: entities.doubts.map((doubt) => ({ article: id, text: doubt.text, reason: doubt.reason })),
    meetings: { joined: merged.joined, renamed: merged.renamed.size, remerged: merged.remerged },
    discovered: discoveredBy(id, entities.discovered),
  };
}

function updateState(
  state: BuildState,
  change: {
    digestAfter: string;
    hash: string;
    bases: string[];
    newCatalogueStates: string[];
    unknown: Set<string>;
    meetings: MeetingNode[];
    edges: Map<string, GraphEdge>;
  },
): void {
  state.digest = change.digestAfter;
  state.graphHash = change.hash;
  for (const base of change.bases) state.parts.meetingBases.add(base);
  for (const ref of change.newCatalogueStates) state.parts.catalogueStates.add(ref);
  for (const ref of change.unknown) state.parts.unknownRefs.add(ref);
  // A state an article now names is the aggregate's, no longer a node only because of a meeting.
  for (const ref of state.parts.catalogueStates) {
    if (state.parts.aggregate.aliases.has(ref)) state.parts.catalogueStates.delete(ref);
  }
  const { edges: _edges, ...aggregate } = state.parts.aggregate as EntityAggregate;
  state.parts.aggregate = aggregate;
  // Each new meeting's group, as layout.ts forms it.
  for (const meeting of change.meetings) addTo(state.groups, groupOf(meeting.id, change.edges.values()), 1);
}

/** Adds to a group's count of meetings; a group left with none is no group (as meetingGroupCounts counts). */
function addTo(groups: Map<string, number>, group: string, by: number): void {
  const count = (groups.get(group) ?? 0) + by;
  if (count > 0) groups.set(group, count);
  else groups.delete(group);
}

/** A meeting's group as layout.ts forms it from its edges: its participants, else what it names. */
function groupOf(meeting: string, edges: Iterable<{ type: string; source: string; target: string }>): string {
  const participants = new Set<string>();
  const named = new Set<string>();
  for (const edge of edges) {
    if (edge.source.startsWith('meeting:') && edge.target.startsWith('meeting:')) continue;
    if (edge.type === 'participant' && edge.target === meeting) participants.add(edge.source);
    else if (edge.source === meeting) named.add(edge.target);
    else if (edge.target === meeting) named.add(edge.source);
  }
  return [...(participants.size > 0 ? participants : named)].sort().join('\0');
}

interface OldEdge {
  /** Its place in the state's edge section. */
  index: number;
  id: string;
  type: GraphEdge['type'];
  source: string;
  target: string;
}

/** The graph's edges that end at one of these meetings, by meeting (one pass over the edge ids). */
function edgesOfMeetings(state: BuildState, meetings: ReadonlySet<string>): Map<string, OldEdge[]> {
  const out = new Map<string, OldEdge[]>();
  if (meetings.size === 0) return out;
  state.edges.ids.forEach((id, index) => {
    if (!id.includes('meeting:')) return;
    const match = EDGE_ID.exec(id);
    if (match === null) return;
    const edge = { index, id, type: match[1] as GraphEdge['type'], source: match[2]!, target: match[3]! };
    for (const end of new Set([edge.source, edge.target])) {
      if (meetings.has(end)) out.set(end, [...(out.get(end) ?? []), edge]);
    }
  });
  return out;
}

/**
 * The meetings already in the graph that the article changes: each one's group before and after.
 * Every edge it made must still be there (the merge only adds to a meeting).
 */
function regroupChanged(
  changedIds: ReadonlySet<string>,
  renamed: ReadonlyMap<string, string>,
  oldEdges: ReadonlyMap<string, OldEdge[]>,
  edges: ReadonlyMap<string, GraphEdge>,
): { from: string; to?: string }[] | string {
  for (const meeting of changedIds) {
    for (const edge of oldEdges.get(meeting) ?? []) {
      // Its own edges come again; another meeting's part_of edge to it stays as it is.
      const own = !(edge.type === 'part_of' && edge.target === meeting);
      if (own && !edges.has(edge.id)) return `its merge would drop the edge ${edge.id}`;
    }
  }
  return [
    ...[...changedIds].map((meeting) => ({
      from: groupOf(meeting, oldEdges.get(meeting) ?? []),
      to: groupOf(
        meeting,
        [...edges.values()].filter((e) => e.source === meeting || e.target === meeting),
      ),
    })),
    // Placed afresh under its new id, it counts in its group as a new meeting does.
    ...[...renamed.keys()].map((meeting) => ({ from: groupOf(meeting, oldEdges.get(meeting) ?? []) })),
  ];
}

/**
 * The edges of the meetings given a new id (old id → new), which go: each must come back under the
 * new id, made by the meeting itself, or, for another meeting part of it, pointed at the new id
 * with the quotes it had. The ids of the edges that go, or why the path cannot be taken.
 */
function dropRenamed(
  state: BuildState,
  bytes: Buffer,
  renamed: ReadonlyMap<string, string>,
  oldEdges: ReadonlyMap<string, OldEdge[]>,
  edges: Map<string, GraphEdge>,
  review: GraphEdge['review'],
): string[] | string {
  const gone = new Set<string>();
  for (const meeting of renamed.keys()) {
    for (const { index, id, type, source, target } of oldEdges.get(meeting) ?? []) {
      if (gone.has(id)) continue;
      gone.add(id);
      const now = { source: renamed.get(source) ?? source, target: renamed.get(target) ?? target };
      const nowId = edgeId(type, now.source, now.target);
      if (edges.has(nowId)) continue;
      if (type !== 'part_of' || renamed.has(source)) return `its merge would drop the edge ${id}`;
      const old = JSON.parse(bytes.toString('utf8', state.edges.starts[index], state.edges.ends[index])) as GraphEdge;
      edges.set(nowId, { ...old, id: nowId, ...now, review });
    }
  }
  return [...gone];
}
