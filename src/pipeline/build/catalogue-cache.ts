/**
 * The curated catalogue without parsing its YAML again: DIR/.cache/catalogue.v8 holds the
 * catalogue as loadCatalogue built it (plain maps and records), keyed by a hash of every curated
 * file's name and bytes and of the code that reads them. Any change to a curated file, or a missing
 * cache, goes through loadCatalogue itself, with its own messages for a bad file.
 */
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { loadCatalogue, type Catalogue } from '../entities';
import { filesUnder } from '../io/files-under';
import { readCacheFile, writeCacheFile } from '../io/cache-file';
import { CACHE_DIR, codeFingerprint, sha1 } from './extraction-cache';

const FILE = 'catalogue.v8';
const MAGIC = 'diplograph-catalogue-2';

function catalogueKey(curated: string): string {
  const parts = [
    // All of the pipeline's code: the catalogue loader reaches into several of its folders.
    codeFingerprint(['src/pipeline', 'src/shared'], ['package-lock.json']),
  ];
  for (const path of filesUnder(curated)) parts.push(basename(path), sha1(readFileSync(path)));
  return sha1(parts.join('\0'));
}

/**
 * loadCatalogue(DIR/curated), from the cache when the curated files and the code are what it was
 * built from; `save: false` (a run that must change nothing) leaves the cache file as it is.
 */
export function loadCatalogueCached(dataDir: string, options: { save?: boolean } = {}): Catalogue {
  const curated = join(dataDir, 'curated');
  let key: string | undefined;
  try {
    key = catalogueKey(curated);
  } catch {
    // No curated folder: loadCatalogue says what is wrong.
  }
  const path = join(dataDir, CACHE_DIR, FILE);
  const cached = key === undefined ? undefined : (readCacheFile(path, MAGIC, key) as Catalogue | undefined);
  if (cached !== undefined) return cached;
  const catalogue = loadCatalogue(curated);
  if (key !== undefined && options.save !== false) {
    // A failure to write loses only the speed-up.
    writeCacheFile(path, MAGIC, catalogue, key);
  }
  return catalogue;
}
