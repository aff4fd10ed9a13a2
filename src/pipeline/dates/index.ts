export { findDateMentions } from './find-date-mentions';
export type { ArticleLanguage, DateMention, DateOptions } from './types';
