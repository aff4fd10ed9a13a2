import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { withDataLock } from './data-lock';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'diplograph-lock-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('withDataLock', () => {
  it('holds the lock while the work runs and lets go after, even when the work fails', async () => {
    await withDataLock(dir, async () => expect(existsSync(join(dir, '.lock'))).toBe(true));
    expect(existsSync(join(dir, '.lock'))).toBe(false);
    await expect(withDataLock(dir, async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(existsSync(join(dir, '.lock'))).toBe(false);
  });

  it('refuses a second writer while the first runs', async () => {
    await withDataLock(dir, async () => {
      await expect(withDataLock(dir, async () => 1)).rejects.toThrow(
        /another ingest or review \(process \d+\) is changing this data folder/,
      );
    });
  });

  it('takes over a lock whose process is gone', async () => {
    writeFileSync(join(dir, '.lock'), '999999999');
    expect(await withDataLock(dir, async () => 'done')).toBe('done');
  });

  it('refuses while a running process holds the lock', async () => {
    writeFileSync(join(dir, '.lock'), String(process.ppid));
    await expect(withDataLock(dir, async () => 1)).rejects.toThrow(
      `another ingest or review (process ${process.ppid})`,
    );
  });
});
