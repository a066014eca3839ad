import { hierarchy, tree } from 'd3-hierarchy';
import { pathRound } from 'd3-path';
import type { TreeItem } from '../model/tree-model.js';

export interface DiagramBox {
  key: string;
  /** Left and top of the item's box, in pixels. */
  x: number;
  y: number;
}

export interface Diagram {
  boxes: DiagramBox[];
  /** Path strings from each parent's box to each child's. */
  links: { from: string; to: string; d: string }[];
  width: number;
  height: number;
}

interface Options {
  items: ReadonlyMap<string, TreeItem>;
  roots: readonly string[];
  /** Items whose children are shown. */
  expanded: ReadonlySet<string>;
  /** When filtering, the items kept. */
  keep?: ReadonlySet<string> | undefined;
  boxWidth: number;
  boxHeight: number;
  gapX: number;
  gapY: number;
}

/**
 * The tree as a tidy left-to-right diagram: d3-hierarchy places the visible items, d3-path draws
 * the links; the element draws both with Lit. Depth runs across, siblings down.
 */
export function diagram(o: Options): Diagram {
  type Datum = { key: string; children: Datum[] };
  const shown = (key: string) => !o.keep || o.keep.has(key);
  const datum = (key: string): Datum => ({
    key,
    children: o.expanded.has(key) ? o.items.get(key)!.children.filter(shown).map(datum) : [],
  });
  const root = hierarchy<Datum>({ key: '', children: o.roots.filter(shown).map(datum) });
  const layout = tree<Datum>().nodeSize([o.boxHeight + o.gapY, o.boxWidth + o.gapX])(root);
  // In the tree's reading order (depth first), so that the boxes' order in the page is the tree's.
  const nodes: (typeof layout)[] = [];
  layout.eachBefore((n) => {
    if (n.depth > 0) nodes.push(n);
  });
  if (!nodes.length) return { boxes: [], links: [], width: 0, height: 0 };
  const top = Math.min(...nodes.map((n) => n.x));
  const place = (n: { x: number; y: number }) => ({ x: n.y - (o.boxWidth + o.gapX), y: n.x - top });
  const boxes = nodes.map((n) => ({ key: n.data.key, ...place(n) }));
  // d3-shape's linkHorizontal, with d3-path alone (d3-shape's single-file build is not tree-shaken).
  const link = (a: { x: number; y: number }, b: { x: number; y: number }) => {
    const d = pathRound(3);
    const mid = (a.x + b.x) / 2;
    d.moveTo(a.x, a.y);
    d.bezierCurveTo(mid, a.y, mid, b.y, b.x, b.y);
    return d.toString();
  };
  const links = nodes
    .filter((n) => n.parent && n.parent.depth > 0)
    .map((n) => {
      const a = place(n.parent!);
      const b = place(n);
      return {
        from: n.parent!.data.key,
        to: n.data.key,
        d: link({ x: a.x + o.boxWidth, y: a.y + o.boxHeight / 2 }, { x: b.x, y: b.y + o.boxHeight / 2 }),
      };
    });
  return {
    boxes,
    links,
    width: Math.max(...boxes.map((b) => b.x)) + o.boxWidth,
    height: Math.max(...boxes.map((b) => b.y)) + o.boxHeight,
  };
}
