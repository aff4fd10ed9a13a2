/** The targets of issue 6, at 10,000 articles on the reference machine, and how to judge a figure. */

export type Direction = 'at-most' | 'at-least';

export interface Target {
  key: string;
  label: string;
  unit: 'ms' | 'MB' | 'articles/s' | 'frames';
  limit: number;
  direction: Direction;
  /** App measures are also compared with plain Cytoscape (the baseline). */
  app: boolean;
}

export const TARGETS: readonly Target[] = [
  { key: 'firstFrame', label: 'first complete canvas frame', unit: 'ms', limit: 1500, direction: 'at-most', app: true },
  {
    key: 'rangeP95',
    label: 'date-range change → settled canvas, p95',
    unit: 'ms',
    limit: 100,
    direction: 'at-most',
    app: true,
  },
  {
    key: 'clickP95',
    label: 'click → panel and highlight, p95',
    unit: 'ms',
    limit: 100,
    direction: 'at-most',
    app: true,
  },
  { key: 'panP95', label: 'pan frame interval, p95', unit: 'ms', limit: 50, direction: 'at-most', app: true },
  { key: 'zoomP95', label: 'zoom frame interval, p95', unit: 'ms', limit: 50, direction: 'at-most', app: true },
  {
    key: 'bytesGzip',
    label: 'transferred before first frame (gzip)',
    unit: 'MB',
    limit: 1.5,
    direction: 'at-most',
    app: true,
  },
  { key: 'heap', label: 'JS heap after load', unit: 'MB', limit: 300, direction: 'at-most', app: true },
  {
    key: 'rebuildRate',
    label: 'full pipeline rebuild',
    unit: 'articles/s',
    limit: 200,
    direction: 'at-least',
    app: false,
  },
  {
    key: 'ingestOne',
    label: 'ingest one article into the corpus',
    unit: 'ms',
    limit: 2000,
    direction: 'at-most',
    app: false,
  },
];

/** The app must beat the baseline by this factor on every app measure at 10,000 articles. */
export const BASELINE_FACTOR = 10;

export function meets(target: Target, value: number | undefined): boolean | undefined {
  if (value === undefined || Number.isNaN(value)) return undefined;
  return target.direction === 'at-most' ? value <= target.limit : value >= target.limit;
}

/** Diplograph / baseline for a lower-is-better measure; below 0.1 is the 10× the issue asks for. */
export function ratio(app: number | undefined, baseline: number | undefined): number | undefined {
  if (app === undefined || baseline === undefined || Number.isNaN(app) || Number.isNaN(baseline)) return undefined;
  if (baseline === 0) return undefined;
  return app / baseline;
}
