import type { FeedData, Indicator, Series } from '@scorecard-kit/core/feed';
import { formatFigure } from '@scorecard-kit/core/rules';

/** What changed between two feeds, as an analyst checks it before publishing. */
export interface FeedDiff {
  periodsAdded: string[];
  periodsRemoved: string[];
  indicatorsAdded: string[];
  indicatorsRemoved: string[];
  /** Figures present in both that read differently at the indicator's published decimals (or whose mark changed): revisions. */
  revised: Change[];
  /** Figures present in both that differ only below the published decimals ("3.501" and "3.499" both shown "3.50%"): counted, not revisions. */
  belowDecimals: number;
  /** Figures for periods or areas the old feed did not have. */
  added: number;
  /** Figures the new feed no longer has. */
  removed: Change[];
  /** Other changes to an indicator: title, unit, polarity, targets. */
  definitions: Change[];
}

export interface Change {
  indicator: string;
  /** "Walsall", a comparator's or locality's name, or the field that changed. */
  what: string;
  period?: string | undefined;
  before: string;
  after: string;
}

/** Compares two parsed feeds: periods, indicators, every figure of every series, and definitions. */
export function diffFeeds(a: FeedData, b: FeedData): FeedDiff {
  const ids = (m: Map<string, unknown>) => [...m.keys()];
  const out: FeedDiff = {
    periodsAdded: b.periods.filter((p) => !a.periodIndex.has(p.id)).map((p) => p.label),
    periodsRemoved: a.periods.filter((p) => !b.periodIndex.has(p.id)).map((p) => p.label),
    indicatorsAdded: ids(b.indicators).filter((id) => !a.indicators.has(id)),
    indicatorsRemoved: ids(a.indicators).filter((id) => !b.indicators.has(id)),
    revised: [],
    belowDecimals: 0,
    added: 0,
    removed: [],
    definitions: [],
  };
  for (const [id, before] of a.indicators) {
    const after = b.indicators.get(id);
    if (!after) continue;
    for (const field of ['title', 'unit', 'polarity', 'measure', 'decimals'] as const) {
      if (String(before[field] ?? '') !== String(after[field] ?? ''))
        out.definitions.push({ indicator: id, what: field, before: String(before[field] ?? ''), after: String(after[field] ?? '') });
    }
    const targets = (i: Indicator) => JSON.stringify((i.targets ?? []).map((t) => [t.id, t.kind, t.value, t.from, t.to]));
    if (targets(before) !== targets(after)) out.definitions.push({ indicator: id, what: 'targets', before: targets(before), after: targets(after) });
    const fmt = { unit: after.unit, decimals: after.decimals, currency: after.currency };
    const compare = (what: string, x: Series | undefined, y: Series | undefined) => {
      const old = new Map((x?.observations() ?? []).map((o) => [o.period.id, o]));
      for (const o of y?.observations() ?? []) {
        const was = old.get(o.period.id);
        old.delete(o.period.id);
        if (!was) {
          out.added++;
          continue;
        }
        if (was.value === o.value && was.mark === o.mark) continue;
        // A revision is what a reader would see change: the figure as published, at its decimals.
        const [shownBefore, shownAfter] = [formatFigure(was, fmt).text, formatFigure(o, fmt).text];
        if (shownBefore === shownAfter) out.belowDecimals++;
        else out.revised.push({ indicator: id, what, period: o.period.label, before: shownBefore, after: shownAfter });
      }
      for (const o of old.values()) out.removed.push({ indicator: id, what, period: o.period.label, before: formatFigure(o, fmt).text, after: '(gone)' });
    };
    compare(b.authority.name, before.values, after.values);
    for (const [c, s] of after.comparators) compare(b.comparators.get(c)?.name ?? c, before.comparators.get(c), s);
    for (const [l, s] of after.localities) compare(b.localities.get(l)?.name ?? l, before.localities.get(l), s);
  }
  return out;
}

/** The diff in words, for the terminal. */
export function diffReport(d: FeedDiff): string {
  const lines: string[] = [];
  const list = (title: string, items: string[]) => items.length && lines.push(`${title}: ${items.join(', ')}`);
  list('New periods', d.periodsAdded);
  list('Periods removed', d.periodsRemoved);
  list('New indicators', d.indicatorsAdded);
  list('Indicators removed', d.indicatorsRemoved);
  if (d.added) lines.push(`New figures: ${d.added}`);
  if (d.revised.length) {
    lines.push(`Revised figures: ${d.revised.length}`);
    for (const c of d.revised) lines.push(`  ${c.indicator}, ${c.what}, ${c.period}: ${c.before} → ${c.after}`);
  }
  if (d.belowDecimals) lines.push(`Figures that differ only below their published decimals (not revisions): ${d.belowDecimals}`);
  if (d.removed.length) {
    lines.push(`Figures no longer in the feed: ${d.removed.length}`);
    for (const c of d.removed) lines.push(`  ${c.indicator}, ${c.what}, ${c.period}: ${c.before}`);
  }
  for (const c of d.definitions) lines.push(`Changed ${c.what} of ${c.indicator}: ${c.before} → ${c.after}`);
  return lines.length ? lines.join('\n') : 'No differences.';
}
