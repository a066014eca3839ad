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
 * Every item of the outcome tree, by key, with the top-level keys. Under a node come its child
 * nodes, then its indicators grouped as How much / How well / So what, then its QA questions.
 */
export function buildTree(feed: FeedData): { items: Map<string, TreeItem>; roots: string[] } {
  const items = new Map<string, TreeItem>();
  // One literal of every field, so that thousands of items share one shape, made once each: the
  // first render of a framework of thousands of nodes builds them all.
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
    for (const child of node.children) item.children.push(walk(child, level + 1, key));
    const byMeasure: Record<MeasureType, NodeIndicatorRef[]> = { 'how-much': [], 'how-well': [], 'so-what': [] };
    for (const ref of node.indicators) byMeasure[ref.measure].push(ref);
    for (const measure of MEASURES) {
      const refs = byMeasure[measure];
      if (!refs.length) continue;
      const groupKey = `${key}/${measure}`;
      const group = add(groupKey, 'group', measure, `${GROUP_LABELS[measure]} (${refs.length})`, level + 1, key, undefined, measure);
      for (const r of refs) group.children.push(add(`${groupKey}/${r.id}`, 'indicator', r.id, feed.indicators.get(r.id)!.title, level + 2, groupKey).key);
      item.children.push(groupKey);
    }
    if (node.questions.length) {
      const groupKey = `${key}/questions`;
      const group = add(groupKey, 'group', 'questions', `QA questions (${node.questions.length})`, level + 1, key);
      for (const q of node.questions) group.children.push(add(`${groupKey}/${q}`, 'question', q, feed.questions.get(q)!.text, level + 2, groupKey).key);
      item.children.push(groupKey);
    }
    return key;
  };
  const roots = feed.framework.map((n) => walk(n, 1, null));
  return { items, roots };
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
