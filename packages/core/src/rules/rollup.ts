import type { FeedData, FrameworkNode, NodeIndicatorRef } from '../feed/types.js';
import { travel } from './direction.js';
import { indicatorsUnder } from './framework-order.js';
import { ragStatus } from './rag.js';

export interface RollUp {
  /** Indicators counted (each once, however many nodes name it). */
  total: number;
  improved: number;
  maintained: number;
  deteriorated: number;
  /** Moved, but with no better direction, or not comparable, or nothing to compare with. */
  noJudgement: number;
  /** No figure at the period. */
  noData: number;
  red: number;
  amber: number;
  green: number;
  noRag: number;
  /** The same counts in a sentence, for screen readers and print. */
  words: string;
  /** "2 of 3 on track": green out of those with a RAG, for the tree's visible line; empty with none. */
  track: string;
}

/** Counts direction of travel and RAG over a set of indicators at a period (each one's latest when absent). */
export function rollUp(feed: FeedData, refs: readonly NodeIndicatorRef[], period?: string): RollUp {
  const r = { total: 0, improved: 0, maintained: 0, deteriorated: 0, noJudgement: 0, noData: 0, red: 0, amber: 0, green: 0, noRag: 0 };
  for (const ref of refs) {
    const ind = feed.indicators.get(ref.id);
    if (!ind) continue;
    r.total++;
    const d = travel(ind, feed.periods, period, ref.polarity);
    if (!d.current || d.current.state !== 'figure') r.noData++;
    else if (d.judgement) r[d.judgement]++;
    else r.noJudgement++;
    const rag = ragStatus(ind, feed.periods, d.current, { polarity: ref.polarity });
    if (rag.status) r[rag.status]++;
    else r.noRag++;
  }
  return withWords(r);
}

/** Roll-up of a framework node over everything beneath it. */
export function rollUpNode(feed: FeedData, node: FrameworkNode, period?: string): RollUp {
  return rollUp(feed, indicatorsUnder(node), period);
}

function rollUpWords(r: Omit<RollUp, 'words' | 'track'>): string {
  if (r.total === 0) return 'No indicators.';
  const n = (count: number, what: string) => (count ? `${count} ${what}` : '');
  const list = (parts: string[]) => parts.filter(Boolean).join(', ');
  const travel = list([
    n(r.improved, 'improved'),
    n(r.maintained, 'maintained'),
    n(r.deteriorated, 'deteriorated'),
    n(r.noJudgement, 'with no judgement'),
    n(r.noData, 'with no data'),
  ]);
  // Green meets the target in force, amber is within its tolerance, red misses it.
  const rag = list([n(r.green, 'on track (green)'), n(r.amber, 'close to target (amber)'), n(r.red, 'off track (red)')]);
  return `${r.total} indicator${r.total === 1 ? '' : 's'}: ${travel}. ${rag ? `Against targets: ${rag}${r.noRag ? `; ${r.noRag} with no RAG` : ''}` : 'No RAG'}.`;
}

function trackWords(r: Omit<RollUp, 'words' | 'track'>): string {
  const rated = r.red + r.amber + r.green;
  return rated ? `${r.green} of ${rated} on track` : '';
}

function withWords(r: Omit<RollUp, 'words' | 'track'>): RollUp {
  return { ...r, words: rollUpWords(r), track: trackWords(r) };
}

/**
 * Roll-ups of framework nodes, each worked out when first asked for and kept, with each indicator
 * judged once (per polarity): a tree of thousands of nodes rolls up the nodes it draws, when it
 * draws them, and never judges a subtree twice.
 */
export function rollUps(feed: FeedData, period?: string): (node: FrameworkNode) => RollUp {
  type Judged = { judgement: string | null; data: boolean; rag: string | null };
  // By polarity, then id: a node may judge an indicator with a polarity of its own.
  const judged = new Map<string, Map<string, Judged>>();
  const judge = (ref: NodeIndicatorRef) => {
    let ofPolarity = judged.get(ref.polarity);
    if (!ofPolarity) judged.set(ref.polarity, (ofPolarity = new Map()));
    let j = ofPolarity.get(ref.id);
    if (!j) {
      const ind = feed.indicators.get(ref.id)!;
      const d = travel(ind, feed.periods, period, ref.polarity);
      const rag = ragStatus(ind, feed.periods, d.current, { polarity: ref.polarity, quiet: true });
      j = { judgement: d.judgement, data: Boolean(d.current && d.current.state === 'figure'), rag: rag.status };
      ofPolarity.set(ref.id, j);
    }
    return j;
  };
  const done = new Map<FrameworkNode, RollUp>();
  return (node) => {
    const known = done.get(node);
    if (known) return known;
    const r = { total: 0, improved: 0, maintained: 0, deteriorated: 0, noJudgement: 0, noData: 0, red: 0, amber: 0, green: 0, noRag: 0 };
    for (const ref of indicatorsUnder(node)) {
      if (!feed.indicators.has(ref.id)) continue;
      const j = judge(ref);
      r.total++;
      if (!j.data) r.noData++;
      else if (j.judgement === 'improved' || j.judgement === 'maintained' || j.judgement === 'deteriorated') r[j.judgement]++;
      else r.noJudgement++;
      if (j.rag === 'red' || j.rag === 'amber' || j.rag === 'green') r[j.rag]++;
      else r.noRag++;
    }
    const up = withWords(r);
    done.set(node, up);
    return up;
  };
}
