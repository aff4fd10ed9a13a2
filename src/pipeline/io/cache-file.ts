/**
 * The framing every pipeline cache file shares: one header line, `MAGIC [KEY] CHECKSUM`, then a
 * V8-serialized body. MAGIC names the format, KEY (when the cache has one) what the body was made
 * from, CHECKSUM is the body's SHA-1, so a torn or foreign file reads as no cache at all.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { deserialize, serialize } from 'node:v8';
import { writeFileAtomic } from './atomic-write';

const sha1 = (bytes: Uint8Array): string => createHash('sha1').update(bytes).digest('hex');

/** The body of a cache file with this magic (and key), deserialized; undefined when missing, stale or corrupt. */
export function readCacheFile(path: string, magic: string, key?: string): unknown {
  try {
    const bytes = readFileSync(path);
    const headerEnd = bytes.indexOf(10);
    const header = bytes.subarray(0, headerEnd).toString('utf8').split(' ');
    const body = bytes.subarray(headerEnd + 1);
    const [storedMagic, storedKey, checksum] = key === undefined ? [header[0], undefined, header[1]] : header;
    if (storedMagic !== magic || storedKey !== key || checksum !== sha1(body)) return undefined;
    return deserialize(body);
  } catch {
    return undefined;
  }
}

/** Writes a cache file atomically; false when it could not be written, which loses only the speed-up. */
export function writeCacheFile(path: string, magic: string, value: unknown, key?: string): boolean {
  try {
    writeFileAtomic(path, cacheFileBytes(magic, value, key));
    return true;
  } catch {
    return false;
  }
}

/** The bytes writeCacheFile writes. */
export function cacheFileBytes(magic: string, value: unknown, key?: string): Buffer {
  const body = serialize(value);
  const header = key === undefined ? `${magic} ${sha1(body)}\n` : `${magic} ${key} ${sha1(body)}\n`;
  return Buffer.concat([Buffer.from(header, 'utf8'), body]);
}
