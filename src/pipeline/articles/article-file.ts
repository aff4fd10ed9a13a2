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

/** Fields whose values are free text: a "#" in them is text unless two spaces or a tab come before it. */
const FREE_TEXT_KEYS = new Set(['title', 'outlet', 'publishedNote']);
const QUOTED = /^"(?:[^"\\\n]|\\.)*"/;

export interface HeaderValue {
  value: string;
  /** Written as a JSON string: taken exactly, so `"null"` is the word, not the absence of a value. */
  quoted: boolean;
}

/**
 * The value of a header line. A comment starts at "#" after white space in the structured fields
 * (URLs with fragments survive: they hold no space), and after two spaces or a tab in free text,
 * so a title such as "Meeting #2" keeps its "#". A value may also be a JSON string in double
 * quotes, which keeps anything exactly: the serializer writes that form when the plain one would not read back.
 */
export function readHeaderValue(key: string, raw: string): HeaderValue {
  const value = raw.trim();
  const quoted = QUOTED.exec(value);
  if (quoted) {
    const rest = value.slice(quoted[0].length).trim();
    if (rest === '' || rest.startsWith('#')) {
      try {
        return { value: JSON.parse(quoted[0]) as string, quoted: true };
      } catch {
        // Not a JSON string after all (a title in quotes with a stray backslash): read it as plain text.
      }
    }
  }
  const comment = FREE_TEXT_KEYS.has(key) ? /(\s{2,}|\t)#/.exec(value) : /\s#/.exec(value);
  return { value: (comment ? value.slice(0, comment.index) : value).trim(), quoted: false };
}

/** Parses an article file; throws UserError naming the line for anything malformed. */
export function parseArticleFile(content: string, file?: string): ArticleFile {
  if (content.includes('\u0000')) throw new UserError('this is not a text file (it contains binary data).', file);
  const source = content.startsWith('\uFEFF') ? content.slice(1) : content;
  if (source.trim() === '') throw new UserError('the file is empty.', file);
  const lines = source.split('\n');
  if (lines[0]?.replace(/\r$/, '').trim() !== FENCE) {
    throw new UserError(
      `the file has no header: its first line must be "${FENCE}", then the lines url, language and published, then "${FENCE}" again.`,
      file,
      1,
    );
  }
  const fields = new Map<string, HeaderValue & { line: number }>();
  const close = lines.findIndex((line, i) => i > 0 && line.replace(/\r$/, '').trim() === FENCE);
  if (close === -1) {
    // Say where the header should have ended: before the first line that is not a header field.
    const firstText = lines.findIndex((line, i) => i > 0 && line.trim() !== '' && !/^\s*([\w-]+\s*:|#)/.test(line));
    const where = firstText === -1 ? '' : ` before line ${firstText + 1}, where the article text starts`;
    throw new UserError(`the header that opens on line 1 is never closed: add a line "${FENCE}"${where}.`, file, 1);
  }
  for (let i = 1; i < close; i += 1) {
    const line = lines[i]!.replace(/\r$/, '');
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    const colon = line.indexOf(':');
    if (colon <= 0) throw new UserError(`header line "${line.trim()}" is not of the form "key: value".`, file, i + 1);
    const key = line.slice(0, colon).trim();
    if (!KNOWN_KEYS.has(key)) {
      throw new UserError(`unknown header field "${key}" (expected ${[...KNOWN_KEYS].join(', ')}).`, file, i + 1);
    }
    if (fields.has(key)) throw new UserError(`header field "${key}" is given twice.`, file, i + 1);
    fields.set(key, { ...readHeaderValue(key, line.slice(colon + 1)), line: i + 1 });
  }

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
  if (url && url.value !== '' && (url.quoted || url.value !== 'null')) {
    if (!isHttpUrl(url.value)) throw new UserError(`url "${url.value}" is not an http(s) address.`, file, url.line);
    urlValue = url.value;
  }
  const id = fields.get('id');
  if (id && !/^[a-z0-9][a-z0-9-]*$/.test(id.value)) {
    throw new UserError(`id "${id.value}" must be lowercase letters, digits and hyphens.`, file, id.line);
  }

  const text = lines.slice(close + 1).join('\n');
  if (text.trim() === '') throw new UserError('the file has a header but no article text after it.', file, close + 1);

  /** A bare `null` or an empty value means "not given"; `outlet: null` says there is no outlet. */
  const optional = (key: string) => {
    const field = fields.get(key);
    if (field === undefined || field.value === '') return undefined;
    return !field.quoted && field.value === 'null' ? null : field.value;
  };
  const header: ArticleHeader = {
    url: urlValue,
    language: language.value as SupportedLanguage,
    published: published.value,
  };
  for (const key of ['id', 'publishedNote', 'title'] as const) {
    const value = optional(key);
    if (typeof value === 'string') header[key] = value;
  }
  const outlet = optional('outlet');
  if (outlet !== undefined) header.outlet = outlet;
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
    if (value === undefined) return;
    const plain = value ?? 'null';
    // The plain form when it reads back as the same value; else a JSON string, which always does.
    const back = readHeaderValue(key, plain);
    const readsBack = value !== 'null' && value !== '' && !/[\r\n]/.test(plain) && !back.quoted && back.value === plain;
    lines.push(`${key}: ${value === null || readsBack ? plain : JSON.stringify(value)}`);
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
