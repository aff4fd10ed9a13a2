/**
 * Plane geometry for the edge layer: edges are straight segments between node centres, stored
 * flat as [x1, y1, x2, y2] per edge in model coordinates (the coordinates nodes are placed in).
 */

/** Distance from a point to the segment a–b. */
export function distanceToSegment(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const length2 = dx * dx + dy * dy;
  const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / length2));
  return Math.hypot(ax + t * dx - px, ay + t * dy - py);
}

/**
 * The segment nearest the point, if it is within `tolerance` of it: its position in `coords`,
 * else -1. Ties go to the later segment, which is drawn on top.
 */
export function nearestSegment(coords: ArrayLike<number>, x: number, y: number, tolerance: number): number {
  let best = -1;
  let bestDistance = tolerance;
  for (let i = 0; i * 4 < coords.length; i += 1) {
    const at = i * 4;
    const ax = coords[at]!;
    const ay = coords[at + 1]!;
    const bx = coords[at + 2]!;
    const by = coords[at + 3]!;
    // Cheap rejection: outside the segment's box grown by the tolerance.
    if (x < Math.min(ax, bx) - bestDistance || x > Math.max(ax, bx) + bestDistance) continue;
    if (y < Math.min(ay, by) - bestDistance || y > Math.max(ay, by) + bestDistance) continue;
    const distance = distanceToSegment(x, y, ax, ay, bx, by);
    if (distance <= bestDistance) {
      best = i;
      bestDistance = distance;
    }
  }
  return best;
}

export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** The box of one segment. */
export function segmentBox(coords: ArrayLike<number>, i: number): Box {
  const at = i * 4;
  const ax = coords[at]!;
  const ay = coords[at + 1]!;
  const bx = coords[at + 2]!;
  const by = coords[at + 3]!;
  return { x1: Math.min(ax, bx), y1: Math.min(ay, by), x2: Math.max(ax, bx), y2: Math.max(ay, by) };
}
