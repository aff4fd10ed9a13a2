/** The shareable part of the view: everything a copied link must reopen (graph-contract.md §2). */
import type { NodeType } from '../../shared/graph/schema';
import type { UiLanguage } from '../i18n/languages';

export type Selection = { kind: 'node'; id: string } | { kind: 'edge'; id: string } | null;

export interface ViewState {
  selection: Selection;
  from: string | null;
  to: string | null;
  /** Node types shown; null means all. */
  types: NodeType[] | null;
  q: string;
  /** Chosen interface language; null follows the browser. */
  lang: UiLanguage | null;
  /** Focus on this node's neighbourhood, `depth` steps out. */
  focus: string | null;
  depth: 1 | 2;
}

export const EMPTY_VIEW: ViewState = {
  selection: null,
  from: null,
  to: null,
  types: null,
  q: '',
  lang: null,
  focus: null,
  depth: 1,
};

/** What part of a link could not be used, for a plain sentence on the page. */
export type UrlProblem =
  | { code: 'unknownNode' | 'unknownEdge'; param: string; value: string }
  | { code: 'malformedDate' | 'unknownType' | 'unknownLanguage' | 'badDepth'; param: string; value: string }
  | { code: 'tooLong'; param: string }
  | { code: 'reversedRange'; from: string; to: string }
  | { code: 'bothSelected' };
