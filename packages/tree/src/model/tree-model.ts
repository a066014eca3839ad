import type { FeedData, FrameworkNode, MeasureType } from '@scorecard-kit/core';

/** One item of the tree: a framework node, a measure-type group, an indicator, or a QA question. */
export interface TreeItem {
  /** Unique within the tree: a node's id, or a path for the leaves under it. */
  key: string;
  kind: 'node' | 'group' | 'indicator' | 'question';
  /** The framework node, indicator or question id (the group's measure type). */
  id: string;
  label: string;
  /** 1 for a top-level node. */
  level: number;
  parent: string | null;
  children: string[];
  node?: FrameworkNode;
  measure?: MeasureType;
}

const GROUP_LABELS: Record<MeasureType, string> = { 'how-much': 'How much?', 'how-well': 'How well?', 'so-what': 'So what?' };
const MEASURES = Object.keys(GROUP_LABELS) as MeasureType[];

/** The outcome tree's items as they are made, with what makes the rest. */
export interface TreeModel {
  /** The items made so far, by key: every item's ancestors are made before it. */
  items: Map<string, TreeItem>;
  roots: string[];
  /** Makes the items of `key`'s children, unless they are made already. */
  open(key: string): void;
  /** Makes the children of one item opened by none yet; false once every item is made. */
  step(): boolean;
  /** Makes every item not made yet (filtering, printing and "expand all" need them all). */
  complete(): void;
}

/**
 * The outcome tree's items, made as they are needed: the top-level nodes (with their groups) at
 * once, an item's children when it is first opened, and the rest a few at a time (`step`) or all
 * at once (`complete`). A framework of thousands of nodes then draws its first screen without
 * first making the thousands of items below it. Under a node come its child nodes, then its
 * indicators grouped as How much / How well / So what, then its QA questions.
 */
export function treeModel(feed: FeedData): TreeModel {
  const items = new Map<string, TreeItem>();
  /** What makes the children of each item made but not yet opened, by its key. */
  const later = new Map<string, () => void>();
  // One literal of every field, so that thousands of items share one shape.
  const add = (
    key: string,
    kind: TreeItem['kind'],
    id: string,
    label: string,
    level: number,
    parent: string | null,
    children: string[],
    node?: FrameworkNode,
    measure?: MeasureType,
  ) => items.set(key, { key, kind, id, label, level, parent, children, node, measure });
  /** A group of a node's indicators of one measure type, or of its QA questions: made with the node, its leaves when opened. */
  const group = (parent: string, id: string, label: string, level: number, leaves: string[], kind: 'indicator' | 'question', measure?: MeasureType) => {
    const key = `${parent}/${id}`;
    const keys = leaves.map((leaf) => `${key}/${leaf}`);
    add(key, 'group', id, label, level, parent, keys, undefined, measure);
    later.set(key, () =>
      leaves.forEach((leaf, i) =>
        add(keys[i]!, kind, leaf, kind === 'indicator' ? feed.indicators.get(leaf)!.title : feed.questions.get(leaf)!.text, level + 1, key, []),
      ),
    );
    return key;
  };
  /** A node and its groups; its child nodes when it is opened. */
  const addNode = (node: FrameworkNode, level: number, parent: string | null) => {
    const key = node.id;
    const children = node.children.map((c) => c.id);
    add(key, 'node', key, node.title, level, parent, children, node);
    later.set(key, () => node.children.forEach((c) => addNode(c, level + 1, key)));
    const byMeasure: Record<MeasureType, string[]> = { 'how-much': [], 'how-well': [], 'so-what': [] };
    for (const ref of node.indicators) byMeasure[ref.measure].push(ref.id);
    for (const m of MEASURES) {
      const ids = byMeasure[m];
      if (ids.length) children.push(group(key, m, `${GROUP_LABELS[m]} (${ids.length})`, level + 1, ids, 'indicator', m));
    }
    const qs = node.questions;
    if (qs.length) children.push(group(key, 'questions', `QA questions (${qs.length})`, level + 1, qs, 'question'));
    return key;
  };
  const roots = feed.framework.map((n) => addNode(n, 1, null));
  const open = (key: string) => {
    const make = later.get(key);
    later.delete(key);
    make?.();
  };
  const step = () => {
    const next = later.keys().next();
    if (!next.done) open(next.value);
    return later.size > 0;
  };
  return {
    items,
    roots,
    open,
    step,
    complete: () => {
      while (step());
    },
  };
}

/** The keys of the framework's nodes down to `depth` levels (1: the top level alone). */
export function nodesTo(framework: readonly FrameworkNode[], depth: number): string[] {
  return depth < 1 ? [] : framework.flatMap((n) => [n.id, ...nodesTo(n.children, depth - 1)]);
}

/** Every item of the outcome tree, by key, with the top-level keys (`treeModel`, complete). */
export function buildTree(feed: FeedData): { items: Map<string, TreeItem>; roots: string[] } {
  const model = treeModel(feed);
  model.complete();
  return { items: model.items, roots: model.roots };
}

/**
 * The first item of a kind and id in the tree's reading order (an indicator may sit under several
 * nodes), making the items on the way.
 */
export function findItem(model: TreeModel, kind: string, id: string): TreeItem | undefined {
  const visit = (key: string): TreeItem | undefined => {
    const item = model.items.get(key)!;
    if (item.kind === kind && item.id === id) return item;
    model.open(key);
    for (const child of item.children) {
      const found = visit(child);
      if (found) return found;
    }
    return undefined;
  };
  for (const key of model.roots) {
    const found = visit(key);
    if (found) return found;
  }
  return undefined;
}

/** The items a reader sees, in order: each root, and the children of every expanded item. */
export function visibleItems(
  items: ReadonlyMap<string, TreeItem>,
  roots: readonly string[],
  expanded: ReadonlySet<string>,
  /** Makes an expanded item's children, where they are made as needed (`treeModel`). */
  open?: (key: string) => void,
): TreeItem[] {
  const out: TreeItem[] = [];
  const visit = (key: string) => {
    const item = items.get(key)!;
    out.push(item);
    if (!expanded.has(key)) return;
    open?.(key);
    item.children.forEach(visit);
  };
  roots.forEach(visit);
  return out;
}

/**
 * Filtering: the keys of items whose label contains the text (case-insensitively), with every
 * ancestor of each, so that a match is always shown where it sits; and the ancestors to expand.
 */
export function filterTree(items: ReadonlyMap<string, TreeItem>, text: string): { keep: Set<string>; expand: Set<string>; matches: number } {
  // The text as a pattern that ignores case, rather than each label lower-cased: that makes a new
  // string of every one of a big framework's thousands of labels at each keystroke, twice as slow.
  const needle = new RegExp(text.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'i');
  const keep = new Set<string>();
  const expand = new Set<string>();
  let matches = 0;
  for (const item of items.values()) {
    if (!needle.test(item.label)) continue;
    matches++;
    keep.add(item.key);
    for (let p = item.parent; p; p = items.get(p)!.parent) {
      keep.add(p);
      expand.add(p);
    }
  }
  return { keep, expand, matches };
}

/** The keys of every ancestor of an item, nearest first. */
export function ancestors(items: ReadonlyMap<string, TreeItem>, key: string): string[] {
  const out: string[] = [];
  for (let p = items.get(key)?.parent; p; p = items.get(p)!.parent) out.push(p);
  return out;
}

/**
 * Type-ahead: the next visible item after `from` (wrapping round) whose label starts with the
 * typed text, case-insensitively; undefined when none does.
 */
export function typeAhead(visible: readonly TreeItem[], from: string, typed: string): TreeItem | undefined {
  const start = visible.findIndex((i) => i.key === from);
  const prefix = typed.toLowerCase();
  for (let step = 1; step <= visible.length; step++) {
    const item = visible[(start + step) % visible.length]!;
    if (item.label.slice(0, prefix.length).toLowerCase() === prefix) return item;
  }
  return undefined;
}
