/**
 * Writes a file so that a crash never leaves it half-written: the content goes to a temporary
 * file in the same folder, which is then renamed over the target (rename is atomic on one filesystem).
 */
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** The temporary file beside `path` that is written first, then renamed over it. */
function temporaryFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
}

export function writeFileAtomic(path: string, content: string | Uint8Array): void {
  mkdirSync(dirname(path), { recursive: true });
  const temporary = temporaryFor(path);
  try {
    writeFileSync(temporary, content);
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}

/**
 * writeFileAtomic for content given as pieces (an ingest's graph.json: runs of the old bytes and
 * new elements between them), written in order without first joining them into one buffer.
 */
export async function writePiecesAtomic(path: string, pieces: readonly Uint8Array[]): Promise<void> {
  const temporary = temporaryFor(path);
  const total = pieces.reduce((sum, piece) => sum + piece.length, 0);
  const handle = await open(temporary, 'w');
  try {
    let written = 0;
    for (let i = 0; i < pieces.length; i += 256) {
      written += (await handle.writev(pieces.slice(i, i + 256))).bytesWritten;
    }
    if (written !== total) throw new Error(`wrote ${written} of the ${total} bytes of ${path}`);
    await handle.close();
    await rename(temporary, path);
  } catch (error) {
    await handle.close().catch(() => {});
    await rm(temporary, { force: true });
    throw error;
  }
}
