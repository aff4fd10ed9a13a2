import { describe, expect, it } from 'vitest';
import { distanceToSegment, nearestSegment, segmentBox } from './edge-geometry';

describe('distanceToSegment', () => {
  it('measures to the nearest point of the segment, ends included', () => {
    expect(distanceToSegment(5, 3, 0, 0, 10, 0)).toBe(3);
    expect(distanceToSegment(-4, 3, 0, 0, 10, 0)).toBe(5);
    expect(distanceToSegment(13, 4, 0, 0, 10, 0)).toBe(5);
  });

  it('treats a zero-length segment as its point', () => {
    expect(distanceToSegment(3, 4, 0, 0, 0, 0)).toBe(5);
  });
});

describe('nearestSegment', () => {
  // Two crossing segments and one far away.
  const coords = [0, 0, 100, 0, 50, -50, 50, 50, 500, 500, 600, 500];

  it('finds the segment within the tolerance', () => {
    expect(nearestSegment(coords, 20, 2, 5)).toBe(0);
    expect(nearestSegment(coords, 52, 30, 5)).toBe(1);
    expect(nearestSegment(coords, 550, 497, 5)).toBe(2);
  });

  it('finds nothing farther than the tolerance', () => {
    expect(nearestSegment(coords, 20, 8, 5)).toBe(-1);
    expect(nearestSegment(coords, 300, 300, 5)).toBe(-1);
    expect(nearestSegment([], 0, 0, 5)).toBe(-1);
  });

  it('prefers the nearer of two candidates, and the later (drawn on top) on a tie', () => {
    expect(nearestSegment(coords, 47, 1, 5)).toBe(0);
    expect(nearestSegment(coords, 49, 2, 5)).toBe(1);
    expect(nearestSegment(coords, 50, 0, 5)).toBe(1);
  });
});

describe('segmentBox', () => {
  it('spans both ends whatever their order', () => {
    expect(segmentBox([10, 5, -3, 8], 0)).toEqual({ x1: -3, y1: 5, x2: 10, y2: 8 });
  });
});
