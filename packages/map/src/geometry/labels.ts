export interface LabelRequest {
  id: string;
  text: string;
  x: number;
  y: number;
  /** Larger first: big areas keep their labels when small ones would collide. */
  priority: number;
}

export interface PlacedLabel extends LabelRequest {
  width: number;
}

/**
 * Labels that do not overlap each other or leave the box, placed greedily by priority. Widths are
 * estimated from the number of characters (`charWidth` pixels each), which is close enough for
 * short place names and needs no layout pass in the browser.
 */
export function placeLabels(
  requests: readonly LabelRequest[],
  box: { width: number; height: number },
  font: { size: number; charWidth: number },
): PlacedLabel[] {
  const placed: PlacedLabel[] = [];
  const h = font.size * 1.2;
  for (const r of [...requests].sort((a, b) => b.priority - a.priority)) {
    const width = r.text.length * font.charWidth;
    const left = r.x - width / 2;
    const top = r.y - h / 2;
    if (left < 0 || top < 0 || left + width > box.width || top + h > box.height) continue;
    const hit = placed.some((p) => Math.abs(p.x - r.x) * 2 < p.width + width && Math.abs(p.y - r.y) < h);
    if (!hit) placed.push({ ...r, width });
  }
  return placed;
}
