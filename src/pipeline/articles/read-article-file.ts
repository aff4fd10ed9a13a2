/**
 * Reading an article file from disk, with the checks that need the file rather than its text:
 * it exists, it is a file, it is not too big, and it is UTF-8 text.
 */
import { readFileSync, statSync } from 'node:fs';
import { UserError } from '../io/user-error';
import { parseArticleFile, type ArticleFile } from './article-file';

/** 5 MiB: a long news article is well under 100 KB; anything this big is not one article. */
export const MAX_ARTICLE_BYTES = 5 * 1024 * 1024;

/** The file's text; throws UserError for a missing, unreadable, huge or non-text file. */
export function readArticleText(path: string): string {
  let size: number;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) throw new UserError('this is a folder, not an article file.', path);
    size = stat.size;
  } catch (error) {
    if (error instanceof UserError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new UserError('there is no such file.', path);
    if (code === 'EACCES' || code === 'EPERM')
      throw new UserError('the file cannot be read (permission denied).', path);
    throw error;
  }
  if (size > MAX_ARTICLE_BYTES) {
    const megabytes = (size / 1024 / 1024).toFixed(1);
    throw new UserError(`the file is ${megabytes} MB; an article file may be at most 5 MB.`, path);
  }
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EACCES' || code === 'EPERM')
      throw new UserError('the file cannot be read (permission denied).', path);
    throw error;
  }
  return decodeText(bytes, path);
}

/** UTF-8 text, or a UserError naming the line where the bytes stop being text. */
export function decodeText(bytes: Uint8Array, file?: string): string {
  const nul = bytes.indexOf(0);
  if (nul !== -1) throw new UserError('this is not a text file (it contains binary data).', file, lineAt(bytes, nul));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const bad = firstInvalidUtf8(bytes);
    throw new UserError('the file is not UTF-8 text (save it as UTF-8 and try again).', file, lineAt(bytes, bad));
  }
}

export function readArticleFile(path: string): ArticleFile {
  return parseArticleFile(readArticleText(path), path);
}

function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i += 1) if (bytes[i] === 0x0a) line += 1;
  return line;
}

/** Offset of the first byte that does not start or continue a valid UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let low = 0;
  let high = bytes.length;
  // The longest valid prefix, by bisection; the invalid byte sits just after it (give or take a sequence).
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    try {
      // Streaming accepts a sequence cut off at the end, so only a real error fails a prefix.
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, mid), { stream: true });
      low = mid;
    } catch {
      high = mid - 1;
    }
  }
  return low;
}
