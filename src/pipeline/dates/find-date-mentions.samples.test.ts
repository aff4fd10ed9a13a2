/** Every date phrase of the sample news texts is found, with its reading, and nothing else. */
import { describe, expect, it } from 'vitest';
import { findDateMentions } from './find-date-mentions';
import { NEWS_SAMPLES } from './fixtures/news-samples';

describe('sample news texts', () => {
  it.each(NEWS_SAMPLES.map((sample) => [sample.name, sample] as const))('%s', (_name, sample) => {
    const found = findDateMentions(sample.text, sample.options).map((mention) => {
      const range = mention.date.end === undefined ? mention.date.start : `${mention.date.start}..${mention.date.end}`;
      return [mention.text, mention.qualifier ? `${range} ${mention.qualifier}` : range];
    });
    expect(found).toEqual(sample.dates);
  });
});
