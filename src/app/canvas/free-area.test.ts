import { describe, expect, it } from 'vitest';
import { cameraTarget, centreOf, freeArea, relativeTo, revealShift } from './free-area';

describe('freeArea', () => {
  it('is the whole canvas with no cover, or a cover beside it', () => {
    const whole = { left: 0, top: 0, right: 1000, bottom: 600 };
    expect(freeArea(1000, 600, null)).toEqual(whole);
    expect(freeArea(1000, 600, { left: 1000, top: 0, right: 1400, bottom: 600 })).toEqual(whole);
  });

  it('leaves the strip left of a side panel and above a bottom sheet', () => {
    expect(freeArea(1000, 600, { left: 600, top: 0, right: 1000, bottom: 600 })).toEqual({
      left: 0,
      top: 0,
      right: 600,
      bottom: 600,
    });
    // A sheet taller than the canvas's bottom edge still leaves what is above it.
    expect(freeArea(390, 600, { left: 0, top: 350, right: 390, bottom: 820 })).toEqual({
      left: 0,
      top: 0,
      right: 390,
      bottom: 350,
    });
  });

  it('reads a cover given in page coordinates once moved into the canvas', () => {
    const canvas = { left: 240, top: 100, right: 1280, bottom: 700 };
    const panel = { left: 864, top: 100, right: 1280, bottom: 700 };
    expect(freeArea(1040, 600, relativeTo(panel, canvas)).right).toBe(624);
  });
});

describe('revealShift', () => {
  const free = { left: 0, top: 0, right: 600, bottom: 600 };

  it('does not move a point already well inside', () => {
    expect(revealShift({ x: 300, y: 300 }, free, 40)).toEqual({ x: 0, y: 0 });
  });

  it('pans a point under the panel just far enough to clear it by the margin', () => {
    expect(revealShift({ x: 800, y: 300 }, free, 40)).toEqual({ x: -240, y: 0 });
    expect(revealShift({ x: 10, y: 590 }, free, 40)).toEqual({ x: 30, y: -30 });
  });

  it('centres the point where the free part is narrower than two margins', () => {
    expect(revealShift({ x: 100, y: 300 }, { left: 0, top: 0, right: 60, bottom: 600 }, 40)).toEqual({ x: -70, y: 0 });
  });

  it('gives the centre of the free part for a camera move', () => {
    expect(centreOf({ left: 0, top: 0, right: 624, bottom: 600 })).toEqual({ x: 312, y: 300 });
  });
});

describe('cameraTarget', () => {
  it('keeps the middle of the canvas while the panel leaves it free', () => {
    expect(cameraTarget(1040, 600, { left: 0, top: 0, right: 624, bottom: 600 }, 48)).toEqual({ x: 520, y: 300 });
  });

  it('moves to the middle of the free part when the panel covers the middle', () => {
    expect(cameraTarget(390, 600, { left: 0, top: 0, right: 390, bottom: 250 }, 48)).toEqual({ x: 195, y: 125 });
  });
});
