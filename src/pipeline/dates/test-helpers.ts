import { findDateMentions } from './find-date-mentions';
import type { DateMention, DateOptions } from './types';

/** The one mention found in `text`; fails loudly when there are none or several. */
export function onlyMention(text: string, options: DateOptions): DateMention {
  const mentions = findDateMentions(text, options);
  if (mentions.length !== 1) {
    throw new Error(
      `expected one date in «${text}», found ${mentions.length}: ${mentions.map((m) => m.text).join(' | ')}`,
    );
  }
  return mentions[0]!;
}

/** The dates found, as "text → start..end" lines that read well in a failing test. */
export function describeMentions(text: string, options: DateOptions): string[] {
  return findDateMentions(text, options).map((m) => {
    const range = m.date.end === undefined ? m.date.start : `${m.date.start}..${m.date.end}`;
    return `${m.text} → ${range}${m.qualifier ? ` (${m.qualifier})` : ''}`;
  });
}
