/**
 * Search over node names in every language and script: labels, aliases (the surface forms the
 * sources used) and their Latin spellings are indexed, and a query is tried in its Latin
 * readings too. MiniSearch gives prefix and typo-tolerant matching.
 */
import MiniSearch from 'minisearch';
import type { NodeType } from '../../shared/graph/schema';
import type { GraphNode } from '../graph-data/graph-index';
import { foldText, searchForms } from './normalize';

export interface SearchHit {
  id: string;
  type: NodeType;
  score: number;
}

interface NodeDocument {
  id: string;
  type: NodeType;
  names: string;
}

/** Actors come before meetings whose titles mention them. */
const TYPE_BOOST: Record<NodeType, number> = { person: 1.6, state: 1.5, organization: 1.5, meeting: 1 };

export interface NodeSearch {
  search(query: string, limit?: number): SearchHit[];
}

export function buildNodeSearch(nodes: Iterable<Pick<GraphNode, 'id' | 'type' | 'label' | 'aliases'>>): NodeSearch {
  const index = new MiniSearch<NodeDocument>({
    fields: ['names'],
    storeFields: ['type'],
    // Each word is indexed as it is written and in its Latin readings.
    processTerm: (term) => searchForms(term),
    searchOptions: { prefix: true, fuzzy: (term) => (term.length > 4 ? 0.2 : false), combineWith: 'AND' },
  });
  for (const node of nodes) {
    index.add({ id: node.id, type: node.type, names: [...Object.values(node.label), ...node.aliases].join(' ') });
  }

  return {
    search(query, limit = 12) {
      const text = foldText(query).trim();
      if (text === '') return [];
      const hits = new Map<string, SearchHit>();
      // Query terms go through processTerm too, so each word is searched in all its forms.
      const results = index.search(text, {
        boostDocument: (_id, _term, stored) => TYPE_BOOST[(stored?.type as NodeType | undefined) ?? 'meeting'],
      });
      for (const result of results) {
        hits.set(result.id, { id: result.id, type: result.type as NodeType, score: result.score });
      }
      return [...hits.values()].sort((a, b) => b.score - a.score).slice(0, limit);
    },
  };
}
