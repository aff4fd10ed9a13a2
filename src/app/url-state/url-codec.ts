/**
 * The one place URL parameters are read and written. Decoding never throws: whatever cannot be
 * used is left out and reported as a UrlProblem, and the rest applies.
 * Parameters: node, edge, from, to, types, q, lang (contract) and focus, depth (ours).
 */
import { isIsoDate, parseIsoDate } from '../../shared/dates/iso';
import { NODE_TYPES, type NodeType } from '../../shared/graph/schema';
import { isUiLanguage } from '../i18n/languages';
import { EMPTY_VIEW, type UrlProblem, type ViewState } from './view-state';

/** Longer values are not ids or dates anyone wrote; refuse rather than carry them around. */
const MAX_VALUE_LENGTH = 400;

export interface DecodedView {
  view: ViewState;
  problems: UrlProblem[];
}

function isNodeType(value: string): value is NodeType {
  return (NODE_TYPES as readonly string[]).includes(value);
}

export function decodeView(search: string): DecodedView {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return { view: { ...EMPTY_VIEW }, problems: [] };
  }
  const problems: UrlProblem[] = [];
  const read = (param: string): string | null => {
    const value = params.get(param);
    if (value === null || value.trim() === '') return null;
    if (value.length > MAX_VALUE_LENGTH) {
      problems.push({ code: 'tooLong', param });
      return null;
    }
    return value.trim();
  };
  const view: ViewState = { ...EMPTY_VIEW };

  const node = read('node');
  const edge = read('edge');
  if (edge !== null) {
    view.selection = { kind: 'edge', id: edge };
    if (node !== null) problems.push({ code: 'bothSelected' });
  } else if (node !== null) view.selection = { kind: 'node', id: node };

  const date = (param: 'from' | 'to') => {
    const value = read(param);
    if (value === null) return null;
    if (isIsoDate(value)) return value;
    problems.push({ code: 'malformedDate', param, value });
    return null;
  };
  const from = date('from');
  const to = date('to');
  const fromSpan = from === null ? null : parseIsoDate(from);
  const toSpan = to === null ? null : parseIsoDate(to);
  if (from !== null && to !== null && fromSpan && toSpan && toSpan.last < fromSpan.first) {
    problems.push({ code: 'reversedRange', from, to });
  } else {
    view.from = from;
    view.to = to;
  }

  const types = read('types');
  if (types !== null) {
    const chosen: NodeType[] = [];
    for (const part of types.split(',').map((t) => t.trim())) {
      if (part === '') continue;
      if (isNodeType(part)) {
        if (!chosen.includes(part)) chosen.push(part);
      } else problems.push({ code: 'unknownType', param: 'types', value: part });
    }
    // A list with nothing usable in it shows everything rather than an empty canvas.
    view.types = chosen.length > 0 ? NODE_TYPES.filter((t) => chosen.includes(t)) : null;
  }

  const q = params.get('q');
  if (q !== null) {
    if (q.length > MAX_VALUE_LENGTH) problems.push({ code: 'tooLong', param: 'q' });
    else view.q = q;
  }

  const lang = read('lang');
  if (lang !== null) {
    if (isUiLanguage(lang)) view.lang = lang;
    else problems.push({ code: 'unknownLanguage', param: 'lang', value: lang });
  }

  view.focus = read('focus');
  const depth = read('depth');
  if (depth !== null) {
    if (depth === '1' || depth === '2') view.depth = depth === '1' ? 1 : 2;
    else problems.push({ code: 'badDepth', param: 'depth', value: depth });
  }
  // Depth only means something around a focus.
  if (view.focus === null) view.depth = 1;
  return { view, problems };
}

/** Keeps ids readable in the address bar: ":" and "," need no escaping in a query value. */
function encodeValue(value: string): string {
  return encodeURIComponent(value).replace(/%3A/gi, ':').replace(/%2C/gi, ',');
}

/** The query string (without "?") for a view; parameters at their defaults are left out. */
export function encodeView(view: ViewState): string {
  const pairs: [string, string][] = [];
  if (view.selection?.id.trim()) pairs.push([view.selection.kind, view.selection.id]);
  if (view.from) pairs.push(['from', view.from]);
  if (view.to) pairs.push(['to', view.to]);
  if (view.types && view.types.length < NODE_TYPES.length) pairs.push(['types', view.types.join(',')]);
  if (view.q) pairs.push(['q', view.q]);
  if (view.lang) pairs.push(['lang', view.lang]);
  if (view.focus?.trim()) {
    pairs.push(['focus', view.focus]);
    if (view.depth !== 1) pairs.push(['depth', String(view.depth)]);
  }
  return pairs.map(([key, value]) => `${key}=${encodeValue(value)}`).join('&');
}
