/** Every file under a folder with its bytes, to prove in tests that a run changed nothing. */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

export function snapshotDir(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else out[relative(dir, path)] = readFileSync(path).toString('base64');
    }
  };
  walk(dir);
  return out;
}
