/** The second half of reading a link: ids checked against the loaded graph. */
import type { GraphIndex } from '../graph-data/graph-index';
import type { UrlProblem, ViewState } from './view-state';

export function checkViewAgainstGraph(view: ViewState, index: GraphIndex): { view: ViewState; problems: UrlProblem[] } {
  const problems: UrlProblem[] = [];
  let { selection, focus } = view;
  if (selection?.kind === 'node' && !index.nodeById.has(selection.id)) {
    problems.push({ code: 'unknownNode', param: 'node', value: selection.id });
    selection = null;
  } else if (selection?.kind === 'edge' && !index.edgeById.has(selection.id)) {
    problems.push({ code: 'unknownEdge', param: 'edge', value: selection.id });
    selection = null;
  }
  if (focus !== null && !index.nodeById.has(focus)) {
    problems.push({ code: 'unknownNode', param: 'focus', value: focus });
    focus = null;
  }
  return { view: { ...view, selection, focus }, problems };
}
