/**
 * The article file format, used both for the stored corpus (data/articles/*.txt) and for
 * files handed to `npm run ingest`:
 *
 *   ---
 *   url: https://…          (or null)
 *   language: ru            # ru, uk or en
 *   published: 2025-03-03   # YYYY, YYYY-MM or YYYY-MM-DD
 *   title: …                # optional; else the first line of the text
 *   outlet: …               # optional
 *   ---
 *   the article text, verbatim
 *
 * The header is a flat list of `key: value` lines (not full YAML, so a title may hold a colon).
 */
import { isIsoDate } from '../../shared/dates/iso';
import { UserError } from '../io/user-error';

export const SUPPORTED_LANGUAGES = ['ru', 'uk', 'en'] as const;
export type SupportedLanguage = (typeof SUPPORTED_LANGUAGES)[number];

export interface ArticleHeader {
  id?: string;
  url: string | null;
  language: SupportedLanguage;
  published: string;
  publishedNote?: string;
  title?: string;
  outlet?: string | null;
}

export interface ArticleFile {
  header: ArticleHeader;
  /** The text after the header, exactly as written. */
  text: string;
  /** 1-based line of the file on which `text` starts, to turn text offsets into file lines. */
  textLine: number;
}

const KNOWN_KEYS = new Set(['id', 'url', 'language', 'published', 'publishedNote', 'title', 'outlet']);
const FENCE = '---';

function stripComment(value: string): string {
  // A comment starts at a "#" preceded by white space, so URLs with fragments survive.
  const at = value.search(/\s#/);
  return (at === -1 ? value : value.slice(0, at)).trim();
}

/** Parses an article file; throws UserError naming the line for anything malformed. */
export function parseArticleFile(content: string, file?: string): ArticleFile {
  if (content.includes('\u0000')) throw new UserError('is not a text file (it contains binary data).', file);
  const source = content.startsWith('\uFEFF') ? content.slice(1) : content;
  if (source.trim() === '') throw new UserError('is empty.', file);
  const lines = source.split('\n');
  if (lines[0]?.replace(/\r$/, '').trim() !== FENCE) {
    throw new UserError(`has no header: the first line must be "${FENCE}", then url, language and published.`, file, 1);
  }
  const fields = new Map<string, { value: string; line: number }>();
  let close = -1;
  for (let i = 1; i < lines.length; i += 1) {
    const line = lines[i]!.replace(/\r$/, '');
    if (line.trim() === FENCE) {
      close = i;
      break;
    }
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    const colon = line.indexOf(':');
    if (colon <= 0) throw new UserError(`header line "${line.trim()}" is not of the form "key: value".`, file, i + 1);
    const key = line.slice(0, colon).trim();
    if (!KNOWN_KEYS.has(key)) {
      throw new UserError(`unknown header field "${key}" (expected ${[...KNOWN_KEYS].join(', ')}).`, file, i + 1);
    }
    if (fields.has(key)) throw new UserError(`header field "${key}" is given twice.`, file, i + 1);
    fields.set(key, { value: stripComment(line.slice(colon + 1)), line: i + 1 });
  }
  if (close === -1) throw new UserError(`the header is never closed: add a line "${FENCE}" after it.`, file, 1);

  const required = (key: string) => {
    const field = fields.get(key);
    if (!field || field.value === '') throw new UserError(`the header has no "${key}".`, file, close + 1);
    return field;
  };

  const language = required('language');
  if (!(SUPPORTED_LANGUAGES as readonly string[]).includes(language.value)) {
    throw new UserError(
      `language "${language.value}" is not supported (use ${SUPPORTED_LANGUAGES.join(', ')}).`,
      file,
      language.line,
    );
  }
  const published = required('published');
  if (!isIsoDate(published.value)) {
    throw new UserError(
      `published date "${published.value}" is not a real date in the form YYYY, YYYY-MM or YYYY-MM-DD.`,
      file,
      published.line,
    );
  }
  const url = fields.get('url');
  let urlValue: string | null = null;
  if (url && url.value !== '' && url.value !== 'null') {
    if (!isHttpUrl(url.value)) throw new UserError(`url "${url.value}" is not an http(s) address.`, file, url.line);
    urlValue = url.value;
  }
  const id = fields.get('id');
  if (id && !/^[a-z0-9][a-z0-9-]*$/.test(id.value)) {
    throw new UserError(`id "${id.value}" must be lowercase letters, digits and hyphens.`, file, id.line);
  }

  const text = lines.slice(close + 1).join('\n');
  if (text.trim() === '') throw new UserError('has a header but no article text after it.', file, close + 1);

  const optional = (key: string) => {
    const value = fields.get(key)?.value;
    return value === undefined || value === '' || value === 'null' ? undefined : value;
  };
  const header: ArticleHeader = {
    url: urlValue,
    language: language.value as SupportedLanguage,
    published: published.value,
  };
  for (const key of ['id', 'publishedNote', 'title', 'outlet'] as const) {
    const value = optional(key);
    if (value !== undefined) header[key] = value;
  }
  return { header, text, textLine: close + 2 };
}

function isHttpUrl(value: string): boolean {
  try {
    const parsed = new URL(value);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:';
  } catch {
    return false;
  }
}

/** Writes an article back in the same format; parseArticleFile(serialize(x)) gives x back. */
export function serializeArticleFile(article: Omit<ArticleFile, 'textLine'>): string {
  const { header } = article;
  const lines = [FENCE];
  const put = (key: string, value: string | null | undefined) => {
    if (value !== undefined) lines.push(`${key}: ${value ?? 'null'}`);
  };
  put('id', header.id);
  put('url', header.url);
  put('language', header.language);
  put('published', header.published);
  put('publishedNote', header.publishedNote);
  put('title', header.title);
  put('outlet', header.outlet);
  lines.push(FENCE);
  return `${lines.join('\n')}\n${article.text}`;
}
