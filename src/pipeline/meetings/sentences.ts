/**
 * Sentences and clauses with their offsets. Intl.Segmenter knows sentence ends in ru/uk/en;
 * line breaks also end one (headlines and datelines have no full stop), and a full stop after
 * an abbreviation or initial ("млн. дол.", "Дж. Байрамов") does not.
 */
import type { ArticleLanguage } from '../dates/types';
import { CLAUSE_BREAK, RELATIVE_FRAME } from './lexicon';
import type { Span } from './types';

export interface Sentence extends Span {
  text: string;
}

export interface Clause extends Span {
  text: string;
  /** True when the clause opens on the visit or summit named just before it ("…, в ходе которого"). */
  relativeFrame: boolean;
}

const segmenters = new Map<string, Intl.Segmenter>();
function segmenter(language: string): Intl.Segmenter {
  let found = segmenters.get(language);
  if (!found) {
    found = new Intl.Segmenter(language, { granularity: 'sentence' });
    segmenters.set(language, found);
  }
  return found;
}

/** The last word before a final full stop is an abbreviation or an initial. */
const ABBREVIATION_END = /(?:^|[\s(«"])(?:\p{L}{1,3}|\p{Lu}\p{Ll}?)\.\s*$/u;

function trimmed(text: string, start: number, end: number): Sentence | null {
  let s = start;
  let e = end;
  while (s < e && /\s/u.test(text[s]!)) s += 1;
  while (e > s && /\s/u.test(text[e - 1]!)) e -= 1;
  return e > s ? { start: s, end: e, text: text.slice(s, e) } : null;
}

/** The sentences of `text` (trimmed, never empty), skipping any that overlap a set-aside range. */
export function splitSentences(
  text: string,
  language: ArticleLanguage,
  setAside: readonly Span[] = [],
  /** Lines this does not match are kept whole: segmenting is the costly part, and they hold nothing to read. */
  worthSplitting: RegExp = /./u,
): Sentence[] {
  const out: Sentence[] = [];
  let lineStart = 0;
  const lines = text.split('\n');
  for (const line of lines) {
    if (!worthSplitting.test(line)) {
      const whole = trimmed(text, lineStart, lineStart + line.length);
      if (whole) out.push(whole);
      lineStart += line.length + 1;
      continue;
    }
    let pending: number | null = null;
    for (const part of segmenter(language).segment(line)) {
      const start: number = pending ?? lineStart + part.index;
      const end = lineStart + part.index + part.segment.length;
      if (ABBREVIATION_END.test(part.segment) && part.index + part.segment.length < line.length) {
        pending = start;
        continue;
      }
      pending = null;
      const sentence = trimmed(text, start, end);
      if (sentence) out.push(sentence);
    }
    if (pending !== null) {
      const sentence = trimmed(text, pending, lineStart + line.length);
      if (sentence) out.push(sentence);
    }
    lineStart += line.length + 1;
  }
  return out.filter((s) => !setAside.some((r) => s.start < r.end && r.start < s.end));
}

/** A sentence cut where a new action begins (";", ", а также", ", в ходе которого", …). */
export function splitClauses(sentence: Sentence, language: ArticleLanguage): Clause[] {
  const breaks = [...sentence.text.matchAll(CLAUSE_BREAK[language])];
  const clauses: Clause[] = [];
  let from = 0;
  let relativeFrame = false;
  for (const match of breaks) {
    const at = match.index;
    if (at > from) {
      clauses.push({
        start: sentence.start + from,
        end: sentence.start + at,
        text: sentence.text.slice(from, at),
        relativeFrame,
      });
    }
    relativeFrame = RELATIVE_FRAME[language].test(match[0]);
    from = at + (match[0].startsWith(';') ? 1 : match[0].startsWith(',') ? 1 : 0);
  }
  clauses.push({
    start: sentence.start + from,
    end: sentence.end,
    text: sentence.text.slice(from),
    relativeFrame,
  });
  return clauses
    .map((c) => {
      const t = trimmed(sentence.text, c.start - sentence.start, c.end - sentence.start);
      return t ? { ...c, start: sentence.start + t.start, end: sentence.start + t.end, text: t.text } : null;
    })
    .filter((c): c is Clause => c !== null);
}
