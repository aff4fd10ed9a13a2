/**
 * The nodes of the largest connected part of what the canvas shows, by union–find over ids.
 * Cytoscape's components() gives the same answer but took about a third of a second for the
 * 2,000 elements of the 10,000-article first view, before the first frame.
 */
export function largestComponent(
  nodeIds: Iterable<string>,
  edges: Iterable<{ source: string; target: string }>,
): Set<string> {
  const parent = new Map<string, string>();
  for (const id of nodeIds) parent.set(id, id);
  const root = (id: string): string => {
    let at = id;
    while (parent.get(at) !== at) {
      const up = parent.get(parent.get(at)!)!;
      parent.set(at, up);
      at = up;
    }
    return at;
  };
  for (const { source, target } of edges) {
    if (!parent.has(source) || !parent.has(target)) continue;
    const a = root(source);
    const b = root(target);
    if (a !== b) parent.set(a, b);
  }
  const parts = new Map<string, string[]>();
  for (const id of parent.keys()) {
    const r = root(id);
    const part = parts.get(r);
    if (part) part.push(id);
    else parts.set(r, [id]);
  }
  let largest: string[] = [];
  for (const part of parts.values()) if (part.length > largest.length) largest = part;
  return new Set(largest);
}
