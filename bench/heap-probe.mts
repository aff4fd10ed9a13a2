/**
 * npx tsx bench/heap-probe.mts <url> [snapshot-file]
 * The JS heap of one cold load as the bench reads it (0.5 s after the first-frame mark, after a
 * forced GC), again 4 s later, which data files had arrived by then, and optionally a heap
 * snapshot to open in Chrome's DevTools (Memory tab) and see what holds the heap. It also
 * prints the ArrayBuffer backing stores, which hold typed arrays' contents outside the heap
 * figure, so that moving data into typed arrays is not mistaken for freeing it.
 * For iterating on memory without the whole bench; serve a build with `npx vite preview` first.
 */
import { writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../scripts/find-chromium';

const url = process.argv[2] ?? 'http://localhost:4173/';
const snapshotFile = process.argv[3];
const browser = await chromium.launch({
  executablePath: findChromium(),
  args: [...CHROMIUM_ARGS, '--enable-precise-memory-info'],
});
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const usedMB = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number; backingStorageSize?: number };
    return `${(heap.usedSize / 1e6).toFixed(2)} MB (+ ${((heap.backingStorageSize ?? Number.NaN) / 1e6).toFixed(2)} MB of ArrayBuffer contents)`;
  };
  await page.goto(url, { waitUntil: 'commit' });
  const firstFrame = (await (
    await page.waitForFunction(
      () => performance.getEntriesByName('diplograph:first-frame', 'mark').at(-1)?.startTime,
      undefined,
      { timeout: 120_000, polling: 20 },
    )
  ).jsonValue()) as number;
  await page.waitForTimeout(500);
  const data = await page.evaluate(() =>
    (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
      .filter((entry) => entry.name.includes('/data/'))
      .map(
        (entry) =>
          `${entry.name.replace(/.*\/data\//, '')} ${entry.startTime.toFixed(0)}–${entry.responseEnd.toFixed(0)} ms`,
      ),
  );
  const atBench = await usedMB();
  await page.waitForTimeout(4000);
  const later = await usedMB();
  console.log(`first frame ${firstFrame.toFixed(0)} ms; data files: ${data.join(', ')}`);
  console.log(`heap 0.5 s after the first frame ${atBench}; 4 s later ${later}`);
  if (snapshotFile) {
    const chunks: string[] = [];
    cdp.on('HeapProfiler.addHeapSnapshotChunk', (event: { chunk: string }) => chunks.push(event.chunk));
    await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
    writeFileSync(snapshotFile, chunks.join(''));
    console.log(`heap snapshot in ${snapshotFile}`);
  }
} finally {
  await browser.close();
}
