import { describe, expect, it } from 'vitest';
import { rowsFor, toMarkdown, type BenchResult, type SizeResult } from './report';
import { meets, ratio, TARGETS } from './targets';

const size: SizeResult = {
  articles: 10000,
  pipeline: {
    articles: 10000,
    rebuild: { seconds: 40, articlesPerSecond: 250 },
    graph: { source: 'pipeline', file: 'g.json', MB: 50 },
    notes: [],
  },
  graph: { nodes: 15000, edges: 36000, MB: 50, source: 'pipeline' },
  app: { firstFrameMs: 1200, range: { n: 20, p50: 40, p95: 90, max: 120 }, heapMB: 80, notes: [] },
  baseline: { firstFrameMs: 24000, range: { n: 20, p50: 4000, p95: 7000, max: 9000 }, heapMB: 200, notes: [] },
};

describe('targets', () => {
  it('judges lower-is-better and higher-is-better measures', () => {
    const firstFrame = TARGETS.find((t) => t.key === 'firstFrame')!;
    const rebuild = TARGETS.find((t) => t.key === 'rebuildRate')!;
    expect(meets(firstFrame, 1500)).toBe(true);
    expect(meets(firstFrame, 1501)).toBe(false);
    expect(meets(rebuild, 199)).toBe(false);
    expect(meets(rebuild, undefined)).toBeUndefined();
    expect(ratio(50, 1000)).toBe(0.05);
    expect(ratio(50, undefined)).toBeUndefined();
  });
});

describe('rowsFor', () => {
  it('prints every target with the figure, the verdict and the baseline ratio', () => {
    const rows = rowsFor(size);
    expect(rows).toHaveLength(TARGETS.length);
    const first = rows.find((r) => r.measure === 'first complete canvas frame')!;
    expect(first).toMatchObject({
      diplograph: '1200 ms',
      verdict: 'meets',
      baseline: '24000 ms',
      ratio: '0.05 (≥10× better)',
    });
    const click = rows.find((r) => r.measure.startsWith('click'))!;
    expect(click.verdict).toBe('not measured');
    const rebuild = rows.find((r) => r.measure === 'full pipeline rebuild')!;
    expect(rebuild).toMatchObject({ diplograph: '250 articles/s', verdict: 'meets', baseline: '' });
  });

  it('writes the machine and a table per size into the markdown', () => {
    const result: BenchResult = {
      machine: { cpus: 2, memoryGB: 24, chromium: 'Chromium 1', node: 'v20', date: 'today', loadAverage: 1.5 },
      sizes: [size],
      seconds: 300,
    };
    const markdown = toMarkdown(result);
    expect(markdown).toContain('2 CPU cores, 24 GB memory, Chromium 1');
    expect(markdown).toContain('## 10,000 articles');
    expect(markdown).toContain(
      '| first complete canvas frame | ≤ 1500 ms | 1200 ms | meets | 24000 ms | 0.05 (≥10× better) |',
    );
  });
});
