/**
 * The passage around an evidence quote: the sentences that hold it, plus one sentence on each
 * side, split by Intl.Segmenter in the article's language. Offsets index the article text,
 * which stays plain text: the highlight is a slice, never markup.
 */

export interface Excerpt {
  before: string;
  quote: string;
  after: string;
  /** True when the excerpt starts or ends inside the article, not at its edge. */
  clippedStart: boolean;
  clippedEnd: boolean;
}

/** Past this many characters on either side, the context is cut (a "sentence" may be a whole page). */
const MAX_CONTEXT = 400;

function sentenceBounds(text: string, language: string): number[] {
  const bounds: number[] = [];
  try {
    const segmenter = new Intl.Segmenter(language, { granularity: 'sentence' });
    for (const segment of segmenter.segment(text)) bounds.push(segment.index);
  } catch {
    bounds.push(0);
  }
  bounds.push(text.length);
  return bounds;
}

export function excerptAround(text: string, start: number, end: number, language: string, extra = 1): Excerpt {
  const s = Math.max(0, Math.min(start, text.length));
  const e = Math.max(s, Math.min(end, text.length));
  const bounds = sentenceBounds(text, language);
  let first = 0;
  while (first + 1 < bounds.length && (bounds[first + 1] ?? 0) <= s) first += 1;
  let last = bounds.length - 1;
  while (last - 1 >= 0 && (bounds[last - 1] ?? 0) >= e) last -= 1;
  const from = Math.max(bounds[Math.max(0, first - extra)] ?? 0, s - MAX_CONTEXT);
  const to = Math.min(bounds[Math.min(bounds.length - 1, last + extra)] ?? text.length, e + MAX_CONTEXT);
  return {
    before: text.slice(from, s).trimStart(),
    quote: text.slice(s, e),
    after: text.slice(e, to).trimEnd(),
    clippedStart: from > 0,
    clippedEnd: to < text.length,
  };
}

/** Splits a whole text around one passage, for the article reader. */
export function splitAround(text: string, start: number, end: number): [string, string, string] {
  return [text.slice(0, start), text.slice(start, end), text.slice(end)];
}
