export type Direction = 'left' | 'right' | 'up' | 'down';

export interface Point {
  x: number;
  y: number;
}

const UNIT: Record<Direction, Point> = {
  left: { x: -1, y: 0 },
  right: { x: 1, y: 0 },
  up: { x: 0, y: -1 },
  down: { x: 0, y: 1 },
};

/**
 * The best target in a direction: ahead of `from` (within 60° of the arrow), scored by
 * distance with a penalty for straying off the axis, so "right" prefers what is really to
 * the right over what is near but below. Null when nothing lies that way.
 */
export function nearestInDirection(
  from: Point,
  dir: Direction,
  candidates: Iterable<[string, Point]>,
): string | null {
  const u = UNIT[dir];
  let best: string | null = null;
  let bestScore = Infinity;
  for (const [id, p] of candidates) {
    const dx = p.x - from.x;
    const dy = p.y - from.y;
    const along = dx * u.x + dy * u.y;
    if (along <= 0) continue;
    const across = Math.abs(dx * u.y - dy * u.x);
    if (across > along * Math.sqrt(3)) continue;
    const score = along + 2 * across;
    if (score < bestScore || (score === bestScore && best !== null && id < best)) {
      best = id;
      bestScore = score;
    }
  }
  return best;
}

/**
 * Arrow-key move in the graph: to the neighbour in that direction, else to any node in that
 * direction, else stay.
 */
export function moveFocus(
  fromId: string,
  dir: Direction,
  positions: ReadonlyMap<string, Point>,
  neighbours: Iterable<string>,
): string {
  const from = positions.get(fromId);
  if (!from) return fromId;
  const near: [string, Point][] = [];
  for (const id of neighbours) {
    const p = positions.get(id);
    if (p && id !== fromId) near.push([id, p]);
  }
  const all = function* (): Generator<[string, Point]> {
    for (const [id, p] of positions) if (id !== fromId) yield [id, p];
  };
  return nearestInDirection(from, dir, near) ?? nearestInDirection(from, dir, all()) ?? fromId;
}
