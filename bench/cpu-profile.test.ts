import { describe, expect, it } from 'vitest';
import { busyMs, hotSpots, type CpuProfile } from './cpu-profile';

const profile: CpuProfile = {
  nodes: [
    { id: 1, callFrame: { functionName: '(root)', url: '', lineNumber: -1 }, children: [2, 3, 4] },
    { id: 2, callFrame: { functionName: 'parseGraph', url: 'http://x/assets/index.js', lineNumber: 9 } },
    { id: 3, callFrame: { functionName: '(idle)', url: '', lineNumber: -1 } },
    { id: 4, callFrame: { functionName: '(garbage collector)', url: '', lineNumber: -1 } },
  ],
  samples: [2, 2, 3, 4, 2],
  timeDeltas: [1000, 2000, 5000, 500, 1000],
};

describe('hotSpots', () => {
  it('adds up self time per function, largest first', () => {
    expect(hotSpots(profile)).toEqual([
      { name: '(idle)', selfMs: 5 },
      { name: 'parseGraph index.js:10', selfMs: 4 },
      { name: '(garbage collector)', selfMs: 0.5 },
    ]);
  });

  it('leaves idle time out of the busy total', () => {
    expect(busyMs(profile)).toBe(4.5);
  });
});
