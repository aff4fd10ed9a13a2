import { describe, expect, it } from 'vitest';
import { intervals, percentile, summarize } from './stats';

describe('percentile', () => {
  it('interpolates between ranks and handles one sample and none', () => {
    expect(percentile([1, 2, 3, 4, 5], 50)).toBe(3);
    expect(percentile([10, 20], 50)).toBe(15);
    expect(percentile([5, 1, 3], 100)).toBe(5);
    expect(percentile([7], 95)).toBe(7);
    expect(percentile([], 50)).toBeNaN();
  });

  it('puts the 95th percentile near the top of a long list', () => {
    const samples = Array.from({ length: 101 }, (_, i) => i);
    expect(percentile(samples, 95)).toBe(95);
    expect(summarize(samples)).toEqual({ n: 101, p50: 50, p95: 95, max: 100 });
  });
});

describe('intervals', () => {
  it('gives the gaps between frames', () => {
    expect(intervals([0, 16, 33, 83])).toEqual([16, 17, 50]);
    expect(intervals([5])).toEqual([]);
  });
});
