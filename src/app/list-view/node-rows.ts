/** The list view's rows and their sorting, kept apart from the table that shows them. */
import type { NodeType } from '../../shared/graph/schema';
import type { GraphIndex } from '../graph-data/graph-index';

export interface NodeRow {
  id: string;
  name: string;
  type: NodeType;
  /** First and last day of the node's dated meetings, if any. */
  first: string | null;
  last: string | null;
  connections: number;
}

export type SortColumn = 'name' | 'type' | 'dates' | 'connections';
export interface SortOrder {
  column: SortColumn;
  direction: 'ascending' | 'descending';
}

export function nodeRows(index: GraphIndex, ids: Iterable<string>, nameOf: (id: string) => string): NodeRow[] {
  const rows: NodeRow[] = [];
  for (const id of ids) {
    const node = index.nodeById.get(id);
    if (!node) continue;
    const span = index.datesByNode.get(id);
    rows.push({
      id,
      name: nameOf(id),
      type: node.type,
      first: span?.first ?? null,
      last: span?.last ?? null,
      connections: index.degree.get(id) ?? 0,
    });
  }
  return rows;
}

export function sortRows(rows: readonly NodeRow[], order: SortOrder, locale: string): NodeRow[] {
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  const sign = order.direction === 'ascending' ? 1 : -1;
  const compare = (a: NodeRow, b: NodeRow): number => {
    switch (order.column) {
      case 'name':
        return collator.compare(a.name, b.name);
      case 'type':
        return a.type.localeCompare(b.type);
      case 'dates':
        // Undated rows sort after dated ones whichever the direction.
        if (a.first === null || b.first === null) return 0;
        return a.first.localeCompare(b.first);
      case 'connections':
        return a.connections - b.connections;
    }
  };
  return [...rows].sort((a, b) => {
    if (order.column === 'dates' && (a.first === null) !== (b.first === null)) return a.first === null ? 1 : -1;
    return sign * compare(a, b) || collator.compare(a.name, b.name);
  });
}
