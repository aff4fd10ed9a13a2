/** Summarizes a V8 CPU profile (from the DevTools protocol) by where the time went. */

export interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }[];
  samples: number[];
  timeDeltas: number[];
}

export interface HotSpot {
  name: string;
  selfMs: number;
}

/** Self time per function (name and line), largest first; "(garbage collector)" and the like kept as they are. */
export function hotSpots(profile: CpuProfile, top = 20): HotSpot[] {
  const byNode = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const frame = byNode.get(id)?.callFrame;
    if (!frame) return;
    const file = frame.url.split('/').pop() ?? '';
    const name =
      frame.url === ''
        ? frame.functionName || '(anonymous)'
        : `${frame.functionName || '(anonymous)'} ${file}:${frame.lineNumber + 1}`;
    self.set(name, (self.get(name) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  return [...self.entries()]
    .map(([name, selfMs]) => ({ name, selfMs }))
    .sort((a, b) => b.selfMs - a.selfMs)
    .slice(0, top);
}

/** Total sampled time, excluding idle. */
export function busyMs(profile: CpuProfile): number {
  const byNode = new Map(profile.nodes.map((node) => [node.id, node]));
  let total = 0;
  profile.samples.forEach((id, i) => {
    if (byNode.get(id)?.callFrame.functionName !== '(idle)') total += (profile.timeDeltas[i] ?? 0) / 1000;
  });
  return total;
}
