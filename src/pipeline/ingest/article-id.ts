/**
 * Stable, human-readable article ids: the publication date and a Latin slug of the title,
 * "2025-03-04-beridze-received-carp-in-tbilisi". Ukrainian titles use the national Ukrainian
 * romanization (Kyiv, not Kiev); the rest goes through `transliteration`, which covers any script.
 */
import cyrillicToTranslit from 'cyrillic-to-translit-js';
import { slugify } from 'transliteration';
import type { SupportedLanguage } from '../articles/article-file';

const ukrainian = cyrillicToTranslit({ preset: 'uk' });

/** At most this many characters of title in an id: enough to recognise, short enough to type. */
export const MAX_SLUG_LENGTH = 60;

export function titleSlug(title: string, language: SupportedLanguage): string {
  const latin = language === 'uk' ? ukrainian.transform(title) : title;
  const slug = slugify(latin, { lowercase: true, separator: '-', trim: true })
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '');
  if (slug.length <= MAX_SLUG_LENGTH) return slug;
  // Cut at a word boundary so the id never ends in half a word.
  const cut = slug.slice(0, MAX_SLUG_LENGTH + 1);
  const boundary = cut.lastIndexOf('-');
  return boundary > 0 ? cut.slice(0, boundary) : slug.slice(0, MAX_SLUG_LENGTH);
}

/**
 * The id for an article; `taken` holds the ids already in use (the corpus and earlier files of
 * this run). A clash gets "-2", "-3", … in order, so the same inputs always get the same ids.
 */
export function articleId(
  published: string,
  title: string,
  language: SupportedLanguage,
  taken: ReadonlySet<string>,
): string {
  const slug = titleSlug(title, language);
  const base = slug === '' ? `${published}-article` : `${published}-${slug}`;
  if (!taken.has(base)) return base;
  for (let n = 2; ; n += 1) {
    const candidate = `${base}-${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}
