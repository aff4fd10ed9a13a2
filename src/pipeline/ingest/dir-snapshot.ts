/** Every file under a folder with its bytes, to prove in tests that a run changed nothing. */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { filesUnder } from '../io/files-under';

export function snapshotDir(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const path of filesUnder(dir)) out[relative(dir, path)] = readFileSync(path).toString('base64');
  return out;
}
