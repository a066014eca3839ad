import type { FeedData, FrameworkNode, MeasureType, NodeIndicatorRef } from '@scorecard-kit/core';

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

/**
 * The items of a tree, by key, with the indicators and questions under each group made only when
 * first asked for: by key, or all at once by anything that goes through every item. A framework of
 * thousands of nodes draws its first screen without making an item for each of its thousands of
 * indicators, which a reader may never open. Keys of leaves are their group's key, "/", and their
 * id, and ids have no "/" (ID_PATTERN), so a leaf's group is found from its key.
 */
class TreeItems extends Map<string, TreeItem> {
  /** Groups whose leaves are not made yet, by key. */
  readonly #unmade = new Map<string, TreeItem>();

  constructor(readonly feed: FeedData) {
    super();
  }

  later(group: TreeItem): void {
    this.#unmade.set(group.key, group);
  }

  #make(groupKey: string): void {
    const group = this.#unmade.get(groupKey);
    if (!group) return;
    this.#unmade.delete(groupKey);
    const kind = group.id === 'questions' ? 'question' : 'indicator';
    for (const key of group.children) {
      const id = key.slice(groupKey.length + 1);
      const label = kind === 'question' ? this.feed.questions.get(id)!.text : this.feed.indicators.get(id)!.title;
      this.set(key, { key, kind, id, label, level: group.level + 1, parent: groupKey, children: [], node: undefined, measure: undefined });
    }
  }

  /** Every leaf made: what goes through every item sees them all. */
  #makeAll(): void {
    for (const key of [...this.#unmade.keys()]) this.#make(key);
  }

  override get(key: string): TreeItem | undefined {
    if (!super.has(key)) this.#make(key.slice(0, key.lastIndexOf('/')));
    return super.get(key);
  }

  override has(key: string): boolean {
    return this.get(key) !== undefined;
  }

  override get size(): number {
    this.#makeAll();
    return super.size;
  }

  override values(): MapIterator<TreeItem> {
    this.#makeAll();
    return super.values();
  }

  override keys(): MapIterator<string> {
    this.#makeAll();
    return super.keys();
  }

  override entries(): MapIterator<[string, TreeItem]> {
    this.#makeAll();
    return super.entries();
  }

  override [Symbol.iterator](): MapIterator<[string, TreeItem]> {
    return this.entries();
  }

  override forEach(fn: (value: TreeItem, key: string, map: Map<string, TreeItem>) => void, thisArg?: unknown): void {
    this.#makeAll();
    super.forEach(fn, thisArg);
  }
}

/**
 * Every item of the outcome tree, by key, with the top-level keys and the framework nodes' items.
 * Under a node come its child nodes, then its indicators grouped as How much / How well / So what,
 * then its QA questions.
 */
export function buildTree(feed: FeedData): { items: Map<string, TreeItem>; roots: string[]; nodes: TreeItem[] } {
  const items = new TreeItems(feed);
  const nodes: TreeItem[] = [];
  // One literal of every field, so that thousands of items share one shape.
  const add = (
    key: string,
    kind: TreeItem['kind'],
    id: string,
    label: string,
    level: number,
    parent: string | null,
    node?: FrameworkNode,
    measure?: MeasureType,
  ) => {
    const item: TreeItem = { key, kind, id, label, level, parent, children: [], node, measure };
    items.set(key, item);
    return item;
  };
  const walk = (node: FrameworkNode, level: number, parent: string | null): string => {
    const key = node.id;
    const item = add(key, 'node', node.id, node.title, level, parent, node);
    nodes.push(item);
    for (const child of node.children) item.children.push(walk(child, level + 1, key));
    const byMeasure: Record<MeasureType, NodeIndicatorRef[]> = { 'how-much': [], 'how-well': [], 'so-what': [] };
    for (const ref of node.indicators) byMeasure[ref.measure].push(ref);
    for (const measure of MEASURES) {
      const refs = byMeasure[measure];
      if (!refs.length) continue;
      const groupKey = `${key}/${measure}`;
      const group = add(groupKey, 'group', measure, `${GROUP_LABELS[measure]} (${refs.length})`, level + 1, key, undefined, measure);
      group.children = refs.map((r) => `${groupKey}/${r.id}`);
      items.later(group);
      item.children.push(groupKey);
    }
    if (node.questions.length) {
      const groupKey = `${key}/questions`;
      const group = add(groupKey, 'group', 'questions', `QA questions (${node.questions.length})`, level + 1, key);
      group.children = node.questions.map((q) => `${groupKey}/${q}`);
      items.later(group);
      item.children.push(groupKey);
    }
    return key;
  };
  const roots = feed.framework.map((n) => walk(n, 1, null));
  return { items, roots, nodes };
}

/** The items a reader sees, in order: each root, and the children of every expanded item. */
export function visibleItems(items: ReadonlyMap<string, TreeItem>, roots: readonly string[], expanded: ReadonlySet<string>): TreeItem[] {
  const out: TreeItem[] = [];
  const visit = (key: string) => {
    const item = items.get(key)!;
    out.push(item);
    if (expanded.has(key)) item.children.forEach(visit);
  };
  roots.forEach(visit);
  return out;
}

/** Every item's label in lower case, in one text, each after a NUL; with where each starts. */
interface SearchIndex {
  text: string;
  starts: number[];
  items: TreeItem[];
}

const indexes = new WeakMap<ReadonlyMap<string, TreeItem>, SearchIndex | null>();

/**
 * The labels of every item made searchable, once per tree: one text searched with `indexOf`, not
 * thousands of strings. The tree asks for it once it is drawn, so that the first filter does not
 * wait for it. Null when lower-casing changes a label's length (a few letters outside English),
 * when filtering compares each label instead.
 */
export function searchIndex(items: ReadonlyMap<string, TreeItem>): SearchIndex | null {
  let index = indexes.get(items);
  if (index !== undefined) return index;
  const list = [...items.values()];
  const starts: number[] = [];
  let text = '';
  for (const item of list) {
    text += '\0';
    starts.push(text.length);
    text += item.label;
  }
  const lower = text.toLowerCase();
  index = lower.length === text.length ? { text: lower, starts, items: list } : null;
  indexes.set(items, index);
  return index;
}

/** The items whose label contains `needle` (in lower case), in the index's order. */
function matching(index: SearchIndex, needle: string): TreeItem[] {
  const out: TreeItem[] = [];
  let at = index.text.indexOf(needle);
  let k = 0;
  while (at >= 0) {
    // The item the match is in: the last start at or before it (matches come in order, so k only grows).
    while (k + 1 < index.starts.length && index.starts[k + 1]! <= at) k++;
    out.push(index.items[k]!);
    // Each item once: on from the start of the next.
    if (k + 1 >= index.starts.length) break;
    at = index.text.indexOf(needle, index.starts[k + 1]);
  }
  return out;
}

/**
 * Filtering: the keys of items whose label contains the text (case-insensitively), with every
 * ancestor of each, so that a match is always shown where it sits; and the ancestors to expand.
 */
export function filterTree(items: ReadonlyMap<string, TreeItem>, text: string): { keep: Set<string>; expand: Set<string>; matches: number } {
  const needle = text.trim().toLowerCase();
  // A NUL typed in would match across two labels of the index.
  const index = needle.includes('\0') ? null : searchIndex(items);
  const found = index ? matching(index, needle) : [...items.values()].filter((i) => i.label.toLowerCase().includes(needle));
  const keep = new Set<string>();
  const expand = new Set<string>();
  for (const item of found) {
    keep.add(item.key);
    for (let p = item.parent; p; p = items.get(p)!.parent) {
      keep.add(p);
      expand.add(p);
    }
  }
  return { keep, expand, matches: found.length };
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
