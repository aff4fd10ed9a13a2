/**
 * The part of the canvas a panel drawn over it leaves free, and how far to pan so a point
 * (the selection) lies inside it. Rectangles are in the canvas's own pixels (0,0 top left).
 */
export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Point {
  x: number;
  y: number;
}

/** A rectangle given in page coordinates, moved into the canvas's own. */
export function relativeTo(rect: Rect, origin: Rect): Rect {
  return {
    left: rect.left - origin.left,
    top: rect.top - origin.top,
    right: rect.right - origin.left,
    bottom: rect.bottom - origin.top,
  };
}

const area = (r: Rect) => Math.max(0, r.right - r.left) * Math.max(0, r.bottom - r.top);

/**
 * The largest strip of the canvas beside the cover (left, right, above or below it): a side
 * panel leaves the strip on its left, a bottom sheet the strip above it. No overlap, all of it.
 */
export function freeArea(width: number, height: number, cover: Rect | null): Rect {
  const canvas = { left: 0, top: 0, right: width, bottom: height };
  if (!cover) return canvas;
  const overlap = {
    left: Math.max(0, cover.left),
    top: Math.max(0, cover.top),
    right: Math.min(width, cover.right),
    bottom: Math.min(height, cover.bottom),
  };
  if (overlap.right <= overlap.left || overlap.bottom <= overlap.top) return canvas;
  const strips = [
    { ...canvas, right: overlap.left },
    { ...canvas, left: overlap.right },
    { ...canvas, bottom: overlap.top },
    { ...canvas, top: overlap.bottom },
  ];
  return strips.reduce((best, strip) => (area(strip) > area(best) ? strip : best));
}

export function centreOf(rect: Rect): Point {
  return { x: (rect.left + rect.right) / 2, y: (rect.top + rect.bottom) / 2 };
}

/**
 * Where a camera move puts its element: the middle of the canvas, as a reader expects, unless
 * the panel covers it (a phone's bottom sheet), then the middle of the free part.
 */
export function cameraTarget(width: number, height: number, free: Rect, margin: number): Point {
  const middle = { x: width / 2, y: height / 2 };
  const inside =
    middle.x >= free.left + margin &&
    middle.x <= free.right - margin &&
    middle.y >= free.top + margin &&
    middle.y <= free.bottom - margin;
  return inside ? middle : centreOf(free);
}

/**
 * The smallest pan that brings `point` at least `margin` inside `free`; where the free part is
 * too narrow for the margin, the pan that puts the point in its middle. Zero when already inside.
 */
export function revealShift(point: Point, free: Rect, margin: number): Point {
  const axis = (at: number, low: number, high: number) => {
    if (high - low < 2 * margin) return (low + high) / 2 - at;
    return Math.min(high - margin, Math.max(low + margin, at)) - at;
  };
  return { x: axis(point.x, free.left, free.right), y: axis(point.y, free.top, free.bottom) };
}
