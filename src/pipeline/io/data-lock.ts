/**
 * One writer at a time in a data folder: ingest and review take DIR/.lock (holding their process
 * id) while they change files, so two runs never interleave their writes. A lock left by a
 * process that no longer runs (a crash, a kill -9) is taken over.
 */
import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { UserError } from './user-error';

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, under another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function tryLock(path: string): boolean {
  try {
    const fd = openSync(path, 'wx');
    writeSync(fd, String(process.pid));
    closeSync(fd);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

export async function withDataLock<T>(dataDir: string, work: () => Promise<T>): Promise<T> {
  const path = join(dataDir, '.lock');
  if (!tryLock(path)) {
    let holder = NaN;
    try {
      holder = Number(readFileSync(path, 'utf8').trim());
    } catch {
      // Gone in the meantime: try again below.
    }
    if (Number.isInteger(holder) && holder > 0 && isRunning(holder)) {
      throw new UserError(
        `another ingest or review (process ${holder}) is changing this data folder: wait for it to finish.`,
        dataDir,
      );
    }
    rmSync(path, { force: true });
    if (!tryLock(path))
      throw new UserError('another ingest or review is changing this data folder: wait for it to finish.', dataDir);
  }
  try {
    return await work();
  } finally {
    rmSync(path, { force: true });
  }
}
