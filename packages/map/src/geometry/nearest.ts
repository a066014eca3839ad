export type Heading = 'left' | 'right' | 'up' | 'down';

const AXIS: Record<Heading, [number, number]> = { left: [-1, 0], right: [1, 0], up: [0, -1], down: [0, 1] };

/**
 * The point nearest to `from` in a heading, for arrow keys on a map: among points ahead of it,
 * the one with the least distance, where sideways distance counts double so that "right" prefers
 * the area straight to the right over a nearer one up and to the right. Undefined at the edge.
 */
export function nearestInHeading<T extends { x: number; y: number }>(from: T, points: readonly T[], heading: Heading): T | undefined {
  const [ax, ay] = AXIS[heading];
  let best: T | undefined;
  let bestScore = Infinity;
  for (const p of points) {
    if (p === from) continue;
    const dx = p.x - from.x;
    const dy = p.y - from.y;
    const ahead = dx * ax + dy * ay;
    if (ahead <= 0) continue;
    const side = Math.abs(dx * ay - dy * ax);
    const score = ahead + side * 2;
    if (score < bestScore) {
      bestScore = score;
      best = p;
    }
  }
  return best;
}
