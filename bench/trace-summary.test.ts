import { describe, expect, it } from 'vitest';
import { mainThreadSelfTimes, type TraceEvent } from './trace-summary';

const meta = (tid: number, name: string): TraceEvent => ({
  name: 'thread_name',
  ph: 'M',
  ts: 0,
  pid: 1,
  tid,
  args: { name },
});

describe('mainThreadSelfTimes', () => {
  it('gives each event its own time, less the events nested in it, on the main thread only', () => {
    const events: TraceEvent[] = [
      meta(7, 'CrRendererMain'),
      meta(8, 'Compositor'),
      { name: 'FunctionCall', ph: 'X', ts: 0, dur: 10_000, pid: 1, tid: 7 },
      { name: 'Layout', ph: 'X', ts: 2_000, dur: 3_000, pid: 1, tid: 7 },
      { name: 'UpdateLayoutTree', ph: 'X', ts: 6_000, dur: 1_000, pid: 1, tid: 7 },
      { name: 'Paint', ph: 'X', ts: 12_000, dur: 2_000, pid: 1, tid: 7 },
      { name: 'Layout', ph: 'X', ts: 0, dur: 50_000, pid: 1, tid: 8 },
    ];
    expect(mainThreadSelfTimes(events)).toEqual([
      { name: 'FunctionCall', selfMs: 6 },
      { name: 'Layout', selfMs: 3 },
      { name: 'Paint', selfMs: 2 },
      { name: 'UpdateLayoutTree', selfMs: 1 },
    ]);
  });
});
