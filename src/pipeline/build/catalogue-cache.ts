/**
 * The curated catalogue without parsing its YAML again: DIR/.cache/catalogue.v8 holds the
 * catalogue as loadCatalogue built it (plain maps and records), keyed by a hash of every curated
 * file's name and bytes and of the code that reads them, with the digest the extraction cache keys
 * its entries on (that of the catalogue as loaded). Any change to a curated file, or a missing
 * cache, goes through loadCatalogue itself, with its own messages for a bad file.
 */
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { loadCatalogue, type Catalogue } from '../entities';
import { filesUnder } from '../io/files-under';
import { writeFileAtomic } from '../io/atomic-write';
import { CACHE_DIR, catalogueDigest, codeFingerprint, primeCatalogueDigest, sha1 } from './extraction-cache';

const FILE = 'catalogue.v8';
const MAGIC = 'diplograph-catalogue-1';

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
    const bytes = readFileSync(join(dataDir, CACHE_DIR, FILE));
    const headerEnd = bytes.indexOf(10);
    const [magic, stored, checksum] = bytes.subarray(0, headerEnd).toString('utf8').split(' ');
    const body = bytes.subarray(headerEnd + 1);
    if (magic === MAGIC && stored === key && checksum === sha1(body)) {
      const { catalogue, digest } = deserialize(body) as { catalogue: Catalogue; digest: string };
      primeCatalogueDigest(catalogue, digest);
      return catalogue;
    }
  } catch {
    // No cache, or no curated folder: loadCatalogue says what is wrong.
  }
  const catalogue = loadCatalogue(curated);
  if (key !== undefined && options.save !== false) {
    try {
      const body = serialize({ catalogue, digest: catalogueDigest(catalogue) });
      writeFileAtomic(
        join(dataDir, CACHE_DIR, FILE),
        Buffer.concat([Buffer.from(`${MAGIC} ${key} ${sha1(body)}\n`, 'utf8'), body]),
      );
    } catch {
      // Only the speed-up is lost.
    }
  }
  return catalogue;
}
