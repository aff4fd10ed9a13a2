/** The interface between date finding (src/pipeline/dates) and its users (meetings, ingest). */

export type ArticleLanguage = 'ru' | 'uk' | 'en';

export interface DateOptions {
  language: ArticleLanguage;
  /** The article's publication date (YYYY, YYYY-MM or YYYY-MM-DD): relative phrases resolve against it. */
  published: string;
  /** Which way an ambiguous phrase leans ("on Monday", "3 March" without a year): past for reports, future for plans. */
  tense?: 'past' | 'future';
}

export interface DateMention {
  /** Offsets into the text that was searched; text.slice(start, end) === this.text. */
  start: number;
  end: number;
  text: string;
  /** ISO dates at the precision the words give ("в начале июля" → "2024-07"). */
  date: { start: string; end?: string };
  /** Vagueness within the stated precision: "early July" is month precision, qualifier "early". */
  qualifier?: 'early' | 'mid' | 'late';
  /** How the value was reached: stated in full, year taken from the article, relative to it, etc. */
  basis: 'explicit' | 'article-year' | 'relative' | 'weekday' | 'article-date';
}
