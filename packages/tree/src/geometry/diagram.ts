import { hierarchy, tree } from 'd3-hierarchy';
import { linkHorizontal } from 'd3-shape';
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
 * The tree as a tidy left-to-right diagram: d3-hierarchy places the visible items, d3-shape draws
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
  const nodes: typeof layout[] = [];
  layout.eachBefore((n) => {
    if (n.depth > 0) nodes.push(n);
  });
  if (!nodes.length) return { boxes: [], links: [], width: 0, height: 0 };
  const top = Math.min(...nodes.map((n) => n.x));
  const place = (n: { x: number; y: number }) => ({ x: n.y - (o.boxWidth + o.gapX), y: n.x - top });
  const boxes = nodes.map((n) => ({ key: n.data.key, ...place(n) }));
  const link = linkHorizontal<unknown, { x: number; y: number }>()
    .x((p) => p.x)
    .y((p) => p.y);
  const links = nodes
    .filter((n) => n.parent && n.parent.depth > 0)
    .map((n) => {
      const a = place(n.parent!);
      const b = place(n);
      return {
        from: n.parent!.data.key,
        to: n.data.key,
        d: link({ source: { x: a.x + o.boxWidth, y: a.y + o.boxHeight / 2 }, target: { x: b.x, y: b.y + o.boxHeight / 2 } }) ?? '',
      };
    });
  return {
    boxes,
    links,
    width: Math.max(...boxes.map((b) => b.x)) + o.boxWidth,
    height: Math.max(...boxes.map((b) => b.y)) + o.boxHeight,
  };
}
