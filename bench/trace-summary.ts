/**
 * Summarizes a Chrome trace (devtools.timeline events) by where the renderer's main thread
 * spent its time: self time per event name (Layout, UpdateLayoutTree, Paint, FunctionCall, …),
 * so native work that a CPU profile only calls "(program)" gets a name.
 */

export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string };
}

export interface TraceSlice {
  name: string;
  selfMs: number;
}

/** Self time per event name on the renderer main thread(s), largest first. */
export function mainThreadSelfTimes(events: readonly TraceEvent[], top = 15): TraceSlice[] {
  const mainThreads = new Set(
    events
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const slices = events
    .filter((e) => e.ph === 'X' && e.dur !== undefined && mainThreads.has(`${e.pid}:${e.tid}`))
    .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const self = new Map<string, number>();
  const stacks = new Map<string, { end: number; name: string }[]>();
  for (const slice of slices) {
    const key = `${slice.pid}:${slice.tid}`;
    const stack = stacks.get(key) ?? [];
    stacks.set(key, stack);
    while (stack.length > 0 && stack[stack.length - 1]!.end <= slice.ts) stack.pop();
    const parent = stack[stack.length - 1];
    if (parent) self.set(parent.name, (self.get(parent.name) ?? 0) - slice.dur!);
    self.set(slice.name, (self.get(slice.name) ?? 0) + slice.dur!);
    stack.push({ end: slice.ts + slice.dur!, name: slice.name });
  }
  return [...self.entries()]
    .map(([name, micros]) => ({ name, selfMs: micros / 1000 }))
    .filter((slice) => slice.selfMs > 0)
    .sort((a, b) => b.selfMs - a.selfMs)
    .slice(0, top);
}
