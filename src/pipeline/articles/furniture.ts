/**
 * Page furniture: the parts of a copied web page that are not the article (language menus,
 * "read also" link lists, browser notices, share bars, counters, datelines). Extraction does not
 * read them; the graph records what was set aside and why. The text itself is never changed.
 */
import { isBlank, splitLines } from './furniture/lines';
import {
  markBrowserNotices,
  markCookieNotices,
  markHeadAndTail,
  markMenus,
  markNavigation,
  markRelatedLists,
  markRepeatedHeadlines,
  markShareBars,
  markSourceCredits,
  markViewCounters,
  type Marks,
} from './furniture/rules';

export { REASONS as FURNITURE_REASONS } from './furniture/rules';

export interface SetAside {
  start: number;
  end: number;
  reason: string;
}

/** Ranges of `text` that are page furniture, sorted and non-overlapping. */
export function findFurniture(text: string): SetAside[] {
  const lines = splitLines(text);
  const marks: Marks = new Array<string | undefined>(lines.length).fill(undefined);
  // Order matters: block rules with clear openings first, so the looser rules never swallow their lines.
  markMenus(lines, marks);
  markNavigation(lines, marks);
  markBrowserNotices(lines, marks);
  markCookieNotices(lines, marks);
  markShareBars(lines, marks);
  markViewCounters(lines, marks);
  markSourceCredits(lines, marks);
  markRelatedLists(lines, marks);
  markHeadAndTail(lines, marks);
  markRepeatedHeadlines(lines, marks);

  // Neighbouring lines with the same reason, blank lines between them included, make one range.
  const ranges: SetAside[] = [];
  let open: { range: SetAside; line: number } | undefined;
  lines.forEach((line, i) => {
    const reason = marks[i];
    if (reason === undefined) return;
    const between = open ? lines.slice(open.line + 1, i) : [];
    if (open && open.range.reason === reason && between.every(isBlank)) {
      open.range.end = line.end;
      open.line = i;
      return;
    }
    open = { range: { start: line.start, end: line.end, reason }, line: i };
    ranges.push(open.range);
  });
  return ranges.filter((range) => range.end > range.start);
}
