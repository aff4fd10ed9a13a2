/**
 * The furniture rules. Each reads the lines and marks the ones it recognises with a reason;
 * a line marked by an earlier rule is never re-marked. Rules work on whole lines, so a sentence
 * of the article is set aside only if the whole line is furniture.
 */
import { isBlank, isHeadlineLike, isProse, type TextLine } from './lines';
import {
  ACCESSIBILITY,
  BROWSER_NOTICE,
  BROWSER_WORDS,
  COOKIE_BUTTONS,
  COOKIE_NOTICE,
  COOKIE_WORD,
  LANGUAGE_NAMES,
  MENU_WORDS,
  NAVIGATION_WORDS,
  RELATED_HEADING,
  SECTION_LABELS,
  SHARE_TOKENS,
  SHARE_VERBS,
  SOURCE_CREDIT,
  VIEW_COUNTER,
  isDateTimeLine,
} from './vocabulary';

export const REASONS = {
  menu: 'language or accessibility menu',
  navigation: 'site navigation',
  browser: 'browser notice',
  cookie: 'cookie notice',
  share: 'share bar',
  related: 'list of links to other articles',
  counter: 'view counter',
  dateTime: 'date or time line outside the article text',
  section: 'section label of the site',
  credit: 'source credit line',
  repeated: 'headline shown again',
} as const;

/** Reason per line index; undefined = part of the article. */
export type Marks = (string | undefined)[];

const lower = (line: TextLine) => line.content.toLowerCase();

/** Marks maximal runs of lines accepted by `member` (blank lines allowed inside) when `accept` says so. */
function markRuns(
  lines: TextLine[],
  marks: Marks,
  member: (line: TextLine) => boolean,
  accept: (run: TextLine[]) => boolean,
  reason: string,
): void {
  let i = 0;
  while (i < lines.length) {
    if (marks[i] !== undefined || !member(lines[i]!)) {
      i += 1;
      continue;
    }
    const run = [lines[i]!];
    let j = i + 1;
    let last = i;
    while (j < lines.length && marks[j] === undefined && (isBlank(lines[j]!) || member(lines[j]!))) {
      if (!isBlank(lines[j]!)) {
        run.push(lines[j]!);
        last = j;
      }
      j += 1;
    }
    if (accept(run)) for (let k = i; k <= last; k += 1) marks[k] = reason;
    i = last + 1;
  }
}

function isMenuLine(line: TextLine): boolean {
  if (line.content === '') return line.bulleted;
  const text = lower(line);
  return LANGUAGE_NAMES.has(text) || MENU_WORDS.has(text) || (line.words <= 8 && ACCESSIBILITY.test(line.content));
}

/** A label of a site's own menu: a navigation word or a section name. */
function isNavigationWord(line: TextLine): boolean {
  const text = lower(line);
  return NAVIGATION_WORDS.has(text) || SECTION_LABELS.has(text);
}

const NAV_SEPARATOR = /\s+[|/·•»›>]\s+/u;

/**
 * Navigation: a bar of three or more short labels on one line ("Home | Politics | Economy",
 * "Головна / Прес-центр / Новини"), or a column of short label lines holding at least two
 * known menu words. Only the span between the first and last known word is taken, so a short
 * headline just below a menu stays with the article.
 */
export function markNavigation(lines: TextLine[], marks: Marks): void {
  const isLabel = (line: TextLine) => line.words >= 1 && line.words <= 4 && !/[.!?:;,]$/u.test(line.content);
  lines.forEach((line, i) => {
    if (marks[i] !== undefined || /[.!?:;]/u.test(line.content)) return;
    const segments = line.content.split(NAV_SEPARATOR);
    if (segments.length >= 3 && segments.every((segment) => segment.split(/\s+/u).length <= 3 && segment !== '')) {
      marks[i] = REASONS.navigation;
    }
  });
  let i = 0;
  while (i < lines.length) {
    if (marks[i] !== undefined || !isLabel(lines[i]!) || !isNavigationWord(lines[i]!)) {
      i += 1;
      continue;
    }
    let last = i;
    let known = 1;
    for (let j = i + 1; j < lines.length && marks[j] === undefined; j += 1) {
      const line = lines[j]!;
      if (isBlank(line)) continue;
      if (!isLabel(line)) break;
      if (isNavigationWord(line)) {
        known += 1;
        last = j;
      }
    }
    if (known >= 2) for (let k = i; k <= last; k += 1) marks[k] = REASONS.navigation;
    i = last + 1;
  }
}

export function markMenus(lines: TextLine[], marks: Marks): void {
  markRuns(
    lines,
    marks,
    isMenuLine,
    (run) => run.filter((line) => line.content !== '').length >= 2 || run.some((l) => ACCESSIBILITY.test(l.content)),
    REASONS.menu,
  );
}

/** A browser notice runs from its heading to the last line that still talks of browsers, systems or usage shares. */
export function markBrowserNotices(lines: TextLine[], marks: Marks): void {
  for (let i = 0; i < lines.length; i += 1) {
    const notice = lines[i]!;
    // A notice heading is short or speaks to the reader; a sentence about old browsers is prose.
    if (marks[i] !== undefined || !BROWSER_NOTICE.test(notice.content)) continue;
    if (notice.words > 6 && !/(your|ваш) (browser|браузер)/iu.test(notice.content)) continue;
    let last = i;
    for (let j = i + 1; j < lines.length && marks[j] === undefined; j += 1) {
      const line = lines[j]!;
      if (line.words <= 20 && BROWSER_WORDS.test(line.content)) last = j;
      else if (isBlank(line) || line.words <= 6 || BROWSER_NOTICE.test(line.content)) {
        if (j - last > 4) break;
      } else break;
    }
    for (let k = i; k <= last; k += 1) marks[k] = REASONS.browser;
    i = last;
  }
}

export function markCookieNotices(lines: TextLine[], marks: Marks): void {
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i]!;
    if (marks[i] !== undefined || line.words > 80) continue;
    if (!COOKIE_WORD.test(line.content) || !COOKIE_NOTICE.test(line.content)) continue;
    marks[i] = REASONS.cookie;
    for (const step of [-1, 1]) {
      for (let j = i + step; j >= 0 && j < lines.length && marks[j] === undefined; j += step) {
        if (isBlank(lines[j]!)) continue;
        if (!COOKIE_BUTTONS.has(lower(lines[j]!))) break;
        marks[j] = REASONS.cookie;
      }
    }
  }
}

const SHARE_WORDS = SHARE_TOKENS.map((token) => token.split(' ')).sort((a, b) => b.length - a.length);

/** How many share buttons the line is made of; 0 when anything else is on it. */
export function shareButtons(content: string): number {
  const words = content
    .toLowerCase()
    .split(/[\s,|•·/:]+/u)
    .filter(Boolean);
  let count = 0;
  let i = 0;
  while (i < words.length) {
    const token = SHARE_WORDS.find((parts) => parts.every((part, k) => words[i + k] === part));
    if (!token) return 0;
    count += 1;
    i += token.length;
  }
  return count;
}

export function markShareBars(lines: TextLine[], marks: Marks): void {
  markRuns(
    lines,
    marks,
    (line) => shareButtons(line.content) > 0,
    (run) =>
      run.reduce((sum, line) => sum + shareButtons(line.content), 0) >= 2 ||
      run.some((line) => SHARE_VERBS.test(line.content)),
    REASONS.share,
  );
}

/** "По материалам: iz.ru", "(Reporting by …; editing by …)": a credit on a line of its own, wherever it stands. */
export function markSourceCredits(lines: TextLine[], marks: Marks): void {
  lines.forEach((line, i) => {
    if (marks[i] === undefined && line.words <= 15 && SOURCE_CREDIT.test(line.content)) marks[i] = REASONS.credit;
  });
}

export function markViewCounters(lines: TextLine[], marks: Marks): void {
  lines.forEach((line, i) => {
    if (marks[i] === undefined && VIEW_COUNTER.test(line.content)) marks[i] = REASONS.counter;
  });
}

const HEADING_ALONE = new RegExp(`${RELATED_HEADING.source}\\s*[:.…]?$`, 'iu');
const HEADING_INLINE = new RegExp(`${RELATED_HEADING.source}\\s*[:\\-–—]\\s*\\S`, 'iu');

/** "Читайте также:" with the headlines under it, or "Read also: <headline>" on one line. */
export function markRelatedLists(lines: TextLine[], marks: Marks): void {
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i]!;
    if (marks[i] !== undefined || line.words > 30) continue;
    if (HEADING_INLINE.test(line.content) && !HEADING_ALONE.test(line.content)) {
      marks[i] = REASONS.related;
      continue;
    }
    if (!HEADING_ALONE.test(line.content)) continue;
    marks[i] = REASONS.related;
    let items = 0;
    let blanks = 0;
    for (let j = i + 1; j < lines.length && marks[j] === undefined && items < 15; j += 1) {
      const item = lines[j]!;
      if (isBlank(item)) {
        blanks += 1;
        if (blanks > 2) break;
        continue;
      }
      if (!isHeadlineLike(item) || (isProse(item) && !item.bulleted)) break;
      marks[j] = REASONS.related;
      items += 1;
      blanks = 0;
      i = j;
    }
  }
}

/** Lines before the first and after the last line of prose: where datelines, counters and labels sit. */
export function markHeadAndTail(lines: TextLine[], marks: Marks): void {
  const prose = lines.filter((line, i) => marks[i] === undefined && isProse(line)).map((line) => line.index);
  if (prose.length === 0) return;
  const first = prose[0]!;
  const last = prose[prose.length - 1]!;
  const outside = lines.filter((line) => line.index < first || line.index > last);
  for (const line of outside) {
    if (marks[line.index] !== undefined || line.content === '') continue;
    const text = lower(line);
    // A lone number is a counter, unless it reads as a year.
    if (/^\d{1,7}$/u.test(text) && !/^(19|20)\d\d$/u.test(text)) marks[line.index] = REASONS.counter;
    else if (isDateTimeLine(line.content)) marks[line.index] = REASONS.dateTime;
    else if (SECTION_LABELS.has(text)) marks[line.index] = REASONS.section;
  }
  // A lone capitalised word next to a dateline or counter is the site's section ("Политика").
  for (const line of outside) {
    if (marks[line.index] !== undefined || line.words !== 1 || !/^\p{Lu}\p{Ll}+$/u.test(line.content)) continue;
    const neighbours = [nearest(lines, line.index, -1), nearest(lines, line.index, 1)];
    if (neighbours.some((n) => n !== undefined && (marks[n] === REASONS.dateTime || marks[n] === REASONS.counter))) {
      marks[line.index] = REASONS.section;
    }
  }
}

function nearest(lines: TextLine[], from: number, step: number): number | undefined {
  for (let j = from + step; j >= 0 && j < lines.length; j += step) if (!isBlank(lines[j]!)) return j;
  return undefined;
}

/** A headline shown a second time (above the text, under a picture) is read once: the first time. */
export function markRepeatedHeadlines(lines: TextLine[], marks: Marks): void {
  const seen = new Set<string>();
  lines.forEach((line, i) => {
    if (line.bulleted || line.words < 4 || isProse(line)) return;
    if (seen.has(line.content)) {
      if (marks[i] === undefined) marks[i] = REASONS.repeated;
    } else seen.add(line.content);
  });
}
