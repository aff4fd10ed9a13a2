/** Rules for halves and quarters of a year: "в первом полугодии", "у другому кварталі 2024 року", "Q1 2025". */
import { isoMonth } from './calendar';
import { HALF_AND_QUARTER_WORDS, HALF_WORDS, ORDINAL_FORMS, PERIOD_PREPOSITIONS } from './lexicon-periods';
import { lookupIn } from './lookup';
import { alternation, compile, LEFT, normalizeKey, RIGHT, SP, yearPart } from './pattern-parts';
import { reading, type DateReading, type DateRule } from './rule';
import { statedYear, YEAR_OR_REFERENCE } from './fragments';

const ORDINALS: Record<string, number> = Object.fromEntries(
  Object.entries(ORDINAL_FORMS).flatMap(([n, forms]) => forms.map((form) => [form, Number(n)])),
);

/** Months `ordinal` of a year cut into halves (6 months) or quarters (3). */
function periodReading(
  basis: DateReading['basis'],
  year: number,
  ordinal: number,
  isHalf: boolean,
): DateReading | null {
  if (ordinal < 1 || ordinal > (isHalf ? 2 : 4)) return null;
  const months = isHalf ? 6 : 3;
  const firstMonth = (ordinal - 1) * months + 1;
  return reading(basis, isoMonth(year, firstMonth), isoMonth(year, firstMonth + months - 1));
}

/** "в первом полугодии" (Jan–Jun), «на первый квартал 2026 года», "in the third quarter of 2023". */
const halfOrQuarter: DateRule = {
  name: 'half-or-quarter',
  firstWords: [...PERIOD_PREPOSITIONS, 'the', ...Object.keys(ORDINALS)],
  pattern: compile(
    `${LEFT}(?:${alternation(PERIOD_PREPOSITIONS)}${SP})?(?:the${SP})?(?<ord>${alternation(Object.keys(ORDINALS))})${SP}(?<unit>${alternation(HALF_AND_QUARTER_WORDS)})${RIGHT}(?:${SP}(?:of${SP}(?:the${SP})?)?${YEAR_OR_REFERENCE})?`,
  ),
  read(groups, _match, context) {
    const ordinal = lookupIn(ORDINALS, groups.ord);
    if (ordinal === undefined) return null;
    const stated = statedYear(groups, context.article.year);
    const isHalf = HALF_WORDS.includes(normalizeKey(groups.unit ?? ''));
    return periodReading(stated?.basis ?? 'article-year', stated?.year ?? context.article.year, ordinal, isHalf);
  },
};

/** "Q1 2025", "H2 2024": business shorthand; only with a year, as "Q1" alone is often a label. */
const periodCode: DateRule = {
  name: 'period-code',
  firstWords: ['q1', 'q2', 'q3', 'q4', 'h1', 'h2'],
  pattern: compile(`${LEFT}(?<code>[qh])(?<n>[1-4])${SP}${yearPart('year')}${RIGHT}`),
  read(groups) {
    const isHalf = (groups.code ?? '').toLowerCase() === 'h';
    return periodReading('explicit', Number(groups.year), Number(groups.n), isHalf);
  },
};

export const PERIOD_RULES: readonly DateRule[] = [periodCode, halfOrQuarter];
