/**
 * What graph.json was built from: DIR/.cache/graph-stamp holds a digest of the build's inputs
 * (every article as the build reads it, the curated and review files, the pipeline's source) and
 * a hash of the graph.json bytes it wrote. Ingest uses it to read the graph as it stands from
 * graph.json instead of building it again; a missing or stale stamp only means building it.
 */
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Article } from '../../shared/graph/schema';
import { writeFileAtomic } from '../io/atomic-write';
import { filesUnder } from '../io/files-under';
import { articleKey, CACHE_DIR, codeFingerprint, sha1 } from './extraction-cache';

const STAMP = 'graph-stamp';

/** Every file under a folder, sorted, as name and bytes. */
function folderBytes(dir: string, hash: (part: string | Uint8Array) => void): void {
  for (const path of filesUnder(dir)) {
    hash(basename(path));
    hash(readFileSync(path));
  }
}

/** The digest of everything the build of this data folder depends on. */
export function inputsDigest(dataDir: string, articles: readonly Article[]): string {
  const parts: string[] = [codeFingerprint(['src/pipeline', 'src/shared'], ['package-lock.json'])];
  for (const article of [...articles].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
    parts.push(articleKey(article));
  }
  folderBytes(join(dataDir, 'curated'), (part) => parts.push(sha1(part)));
  parts.push('reviews');
  folderBytes(join(dataDir, 'reviews'), (part) => parts.push(sha1(part)));
  return sha1(parts.join('\0'));
}

/** Records that graph.json now holds these bytes, built from inputs with this digest. */
export function writeStamp(dataDir: string, digest: string, json: string): void {
  try {
    writeFileAtomic(join(dataDir, CACHE_DIR, STAMP), `${digest} ${sha1(json)}\n`);
  } catch {
    // Only a speed-up is lost.
  }
}

/** graph.json's text when the stamp says it was built from exactly these inputs; else undefined. */
export function stampedGraph(dataDir: string, digest: string): string | undefined {
  try {
    const [stamped, graphHash] = readFileSync(join(dataDir, CACHE_DIR, STAMP), 'utf8')
      .trim()
      .split(' ');
    if (stamped !== digest) return undefined;
    const json = readFileSync(join(dataDir, 'graph.json'), 'utf8');
    return sha1(json) === graphHash ? json : undefined;
  } catch {
    return undefined;
  }
}
