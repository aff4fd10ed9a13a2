/**
 * The line view of an article that furniture detection works on: each line with its offsets
 * in the verbatim text, and the few measures the rules need (bullets stripped, word count, prose or not).
 */
export interface TextLine {
  /** Index of the line, 0-based. */
  index: number;
  /** Offset of the line's first character in the text. */
  start: number;
  /** Offset just past the line's last character (before "\n", and before a "\r" of CRLF text). */
  end: number;
  /** The line without surrounding white space and without a leading bullet or dash. */
  content: string;
  /** Whether the line starts with a list bullet ("•", "-", "–", "*", …). */
  bulleted: boolean;
  words: number;
}

const BULLET = /^[•·●▪■◦‣∙*\-–—]\s+|^[•·●▪■◦‣∙]/u;

export function splitLines(text: string): TextLine[] {
  const lines: TextLine[] = [];
  let start = 0;
  let index = 0;
  while (start <= text.length) {
    const newline = text.indexOf('\n', start);
    const stop = newline === -1 ? text.length : newline;
    const end = stop > start && text[stop - 1] === '\r' ? stop - 1 : stop;
    const trimmed = text.slice(start, end).trim();
    const bulleted = BULLET.test(trimmed);
    const content = bulleted ? trimmed.replace(BULLET, '').trim() : trimmed;
    lines.push({ index, start, end, content, bulleted, words: countWords(content) });
    index += 1;
    if (newline === -1) break;
    start = newline + 1;
  }
  return lines;
}

export function countWords(content: string): number {
  return content.split(/\s+/u).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

export function isBlank(line: TextLine): boolean {
  return line.content === '' && !line.bulleted;
}

/**
 * A line that reads as running text: a sentence of six words or more with closing punctuation,
 * or a long line whatever its ending. Headlines, menus and labels are not prose.
 */
export function isProse(line: TextLine): boolean {
  if (line.words >= 14) return true;
  return line.words >= 6 && /[.!?…;»"”)]$/u.test(line.content);
}

/** A line that could be a headline in a list of links: not a sentence, not too long. */
export function isHeadlineLike(line: TextLine): boolean {
  if (line.content === '') return false;
  if (line.bulleted) return line.words <= 30;
  return line.words <= 25 && !/[.!…]$/u.test(line.content);
}
