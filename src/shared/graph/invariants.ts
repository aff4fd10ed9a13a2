/**
 * The contract's invariants beyond structure: every reference resolves, ids are unique,
 * and every evidence quote is exactly the article text it points at.
 */
import type { z } from 'zod';
import { GraphSchema, type Evidence, type Graph } from './schema';

export interface GraphProblem {
  /** Where in the file, e.g. "edges[3].evidence[0].quote". */
  path: string;
  message: string;
}

export type GraphCheck = { ok: true; graph: Graph } | { ok: false; problems: GraphProblem[] };

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out === '' ? '(top level)' : out;
}

function zodProblems(error: z.ZodError): GraphProblem[] {
  return error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message }));
}

/** Checks references, uniqueness and quotes of a structurally valid graph. */
export function findInvariantProblems(graph: Graph): GraphProblem[] {
  const problems: GraphProblem[] = [];
  const articles = new Map<string, string>();
  graph.articles.forEach((article, i) => {
    if (articles.has(article.id))
      problems.push({ path: `articles[${i}].id`, message: `duplicates article id "${article.id}"` });
    articles.set(article.id, article.text);
    article.setAside?.forEach((range, j) => {
      if (range.end <= range.start || range.end > article.text.length) {
        problems.push({ path: `articles[${i}].setAside[${j}]`, message: 'is not a range inside the article text' });
      }
    });
  });

  const nodeTypes = new Map<string, string>();
  graph.nodes.forEach((node, i) => {
    if (nodeTypes.has(node.id)) problems.push({ path: `nodes[${i}].id`, message: `duplicates node id "${node.id}"` });
    if (!node.id.startsWith(`${node.type}:`)) {
      problems.push({ path: `nodes[${i}].id`, message: `should start with "${node.type}:" for a ${node.type} node` });
    }
    nodeTypes.set(node.id, node.type);
  });

  const checkEvidence = (evidence: Evidence, path: string) => {
    const text = articles.get(evidence.article);
    if (text === undefined) {
      problems.push({
        path: `${path}.article`,
        message: `refers to article "${evidence.article}", which is not in the file`,
      });
      return;
    }
    if (evidence.end <= evidence.start || evidence.end > text.length) {
      problems.push({
        path,
        message: `offsets ${evidence.start}–${evidence.end} fall outside the article text (${text.length} characters)`,
      });
      return;
    }
    if (text.slice(evidence.start, evidence.end) !== evidence.quote) {
      problems.push({ path: `${path}.quote`, message: 'does not match the article text at its offsets' });
    }
  };

  const checkRef = (id: string | undefined, expected: string, path: string) => {
    if (id === undefined) return;
    const type = nodeTypes.get(id);
    if (type === undefined) problems.push({ path, message: `refers to "${id}", which is not a node in the file` });
    else if (type !== expected)
      problems.push({ path, message: `refers to "${id}", which is a ${type}, not a ${expected}` });
  };

  graph.nodes.forEach((node, i) => {
    if (node.type !== 'person') return;
    node.roles.forEach((role, j) => {
      checkRef(role.state, 'state', `nodes[${i}].roles[${j}].state`);
      checkRef(role.organization, 'organization', `nodes[${i}].roles[${j}].organization`);
      role.evidence?.forEach((ev, k) => checkEvidence(ev, `nodes[${i}].roles[${j}].evidence[${k}]`));
    });
  });

  const edgeIds = new Set<string>();
  graph.edges.forEach((edge, i) => {
    if (edgeIds.has(edge.id)) problems.push({ path: `edges[${i}].id`, message: `duplicates edge id "${edge.id}"` });
    edgeIds.add(edge.id);
    for (const end of ['source', 'target'] as const) {
      if (!nodeTypes.has(edge[end])) {
        problems.push({
          path: `edges[${i}].${end}`,
          message: `refers to "${edge[end]}", which is not a node in the file`,
        });
      }
    }
    edge.evidence.forEach((ev, k) => checkEvidence(ev, `edges[${i}].evidence[${k}]`));
  });

  return problems;
}

/** Parses unknown JSON as a graph: structure first, then invariants. */
export function checkGraph(input: unknown): GraphCheck {
  const parsed = GraphSchema.safeParse(input);
  if (!parsed.success) return { ok: false, problems: zodProblems(parsed.error) };
  const problems = findInvariantProblems(parsed.data);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, graph: parsed.data };
}
