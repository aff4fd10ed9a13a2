import { findRuleStarts, firstToken, lowerCaseKeepingOffsets } from './anchors';
import { parseArticleDate } from './article-date';
import { PERIOD_RULES } from './rules-period';
import { RELATIVE_RULES } from './rules-relative';
import { DAY_RULES } from './rules-day';
import { MONTH_RULES } from './rules-month';
import type { DateReading, DateRule, MatchGroups, ResolveContext } from './rule';
import type { DateMention, DateOptions } from './types';

const RULES: readonly DateRule[] = [...DAY_RULES, ...MONTH_RULES, ...RELATIVE_RULES, ...PERIOD_RULES];

/** The rules worth trying where the text starts with a given (lower-case) first word, in rule order. */
const RULES_BY_FIRST_TOKEN = new Map<string, DateRule[]>();
for (const rule of RULES) {
  const tokens = new Set(rule.firstWords.map((word) => firstToken(word.toLowerCase(), 0)));
  for (const token of tokens) RULES_BY_FIRST_TOKEN.set(token, [...(RULES_BY_FIRST_TOKEN.get(token) ?? []), rule]);
}

interface Candidate {
  start: number;
  end: number;
  reading: DateReading;
}

function toMention(text: string, start: number, end: number, date: DateReading): DateMention {
  const mention: DateMention = {
    start,
    end,
    text: text.slice(start, end),
    date: date.end === undefined ? { start: date.start } : { start: date.start, end: date.end },
    basis: date.basis,
  };
  if (date.qualifier !== undefined) mention.qualifier = date.qualifier;
  return mention;
}

function collectCandidates(text: string, context: ResolveContext): Candidate[] {
  const candidates: Candidate[] = [];
  const lower = lowerCaseKeepingOffsets(text);
  for (const start of findRuleStarts(lower)) {
    for (const rule of RULES_BY_FIRST_TOKEN.get(firstToken(lower, start)) ?? []) {
      const pattern = rule.pattern;
      pattern.lastIndex = start;
      const match = pattern.exec(text);
      if (!match) continue;
      const reading = rule.read((match.groups ?? {}) as MatchGroups, match, context);
      if (reading) candidates.push({ start, end: start + match[0].length, reading });
    }
  }
  return candidates;
}

/** The longest readings win; among equals the earliest, then the rule listed first. */
function chooseNonOverlapping(candidates: Candidate[], textLength: number): Candidate[] {
  const ranked = candidates
    .map((candidate, order) => ({ candidate, order }))
    .sort((a, b) => {
      const lengthA = a.candidate.end - a.candidate.start;
      const lengthB = b.candidate.end - b.candidate.start;
      return lengthB - lengthA || a.candidate.start - b.candidate.start || a.order - b.order;
    });
  // One flag per character keeps the overlap test linear in the matched text, however many mentions.
  const taken = new Uint8Array(textLength);
  const chosen: Candidate[] = [];
  for (const { candidate } of ranked) {
    if (taken.subarray(candidate.start, candidate.end).includes(1)) continue;
    taken.fill(1, candidate.start, candidate.end);
    chosen.push(candidate);
  }
  return chosen.sort((a, b) => a.start - b.start);
}

const APPOSITION_GAP = /^[\s\u00a0]{0,3}[,(\u2014\u2013-]?[\s\u00a0]{0,3}$/u;
const VAGUE: ReadonlySet<DateReading['basis']> = new Set(['relative', 'weekday']);

/**
 * A relative phrase followed by a stated date of the same grain names one date: «в пятницу,
 * 16 августа», «В предыдущем месяце, в июне». The stated date is what the text means, and the
 * relative part may count from an event rather than from the article, so it gives way. Phrases of
 * different grains («минулого року, на початку липня») are separate facts and stay apart.
 */
function isApposition(text: string, vague: Candidate, stated: Candidate): boolean {
  if (!VAGUE.has(vague.reading.basis) || VAGUE.has(stated.reading.basis)) return false;
  const [first, second] = vague.start < stated.start ? [vague, stated] : [stated, vague];
  if (!APPOSITION_GAP.test(text.slice(first.end, second.start))) return false;
  const statedGrain = stated.reading.start.length;
  if (vague.reading.basis === 'weekday') return statedGrain === 10;
  return vague.reading.start.length === statedGrain;
}

function mergeAppositions(text: string, candidates: Candidate[]): Candidate[] {
  const merged: Candidate[] = [];
  for (const candidate of candidates) {
    const previous = merged.at(-1);
    let reading: DateReading | undefined;
    if (previous && isApposition(text, previous, candidate)) reading = candidate.reading;
    // «16 августа, в пятницу»: the stated date comes first.
    else if (previous && isApposition(text, candidate, previous)) reading = previous.reading;
    if (previous && reading) {
      // «в понедельник (3 марта)»: take the closing parenthesis too, so the quote is balanced.
      const opened = text.slice(previous.end, candidate.start).includes('(') && text.charAt(candidate.end) === ')';
      merged[merged.length - 1] = { start: previous.start, end: candidate.end + (opened ? 1 : 0), reading };
    } else {
      merged.push(candidate);
    }
  }
  return merged;
}

/**
 * Finds the date expressions of a Russian, Ukrainian or English text and resolves them against
 * the article's publication date, at the precision the words give. Offsets index `text`.
 * Phrases that point at another date in the text («в тот же день», "the same day") are left to
 * the caller, which knows which event the text is talking about (meetings/meeting-dates.ts).
 * An unreadable `published` yields no mentions: nothing can be resolved against it.
 */
export function findDateMentions(text: string, options: DateOptions): DateMention[] {
  const article = parseArticleDate(options.published);
  if (!article) return [];
  const context: ResolveContext = { article, tense: options.tense, text };
  const chosen = mergeAppositions(text, chooseNonOverlapping(collectCandidates(text, context), text.length));
  return chosen.map((c) => toMention(text, c.start, c.end, c.reading));
}
