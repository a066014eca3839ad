import type { FeedData, FrameworkNode } from '@scorecard-kit/core/feed';
import { toCsv } from '@scorecard-kit/core/rules';
import { SHEETS, type SheetName } from './sheets.js';

/**
 * A feed written out as the template's sheets (CSV text by sheet name), so that a council can
 * start from a filled example. Commentary, a breakdown's population and source words, and
 * checklists stay in JSON.
 */
export function feedToSheets(feed: FeedData): Record<SheetName, string> {
  const rows: Record<SheetName, (string | number | null | undefined)[][]> = {
    feed: [
      ['title', feed.title],
      ['publisher', feed.publisher],
      ['updated', feed.updated],
      ['licence', feed.licence],
      ['attribution', feed.attribution],
      ['authority', feed.authority.name],
      ['authority_code', feed.authority.code],
      ['dfe_code', feed.authority.dfeCode],
    ].filter(([, v]) => v),
    periods: feed.periods.map((p) => [p.id, p.label, p.end, p.kind, p.start]),
    comparators: [...feed.comparators.values()].map((c) => [c.id, c.name, c.kind, c.code, (c.members ?? []).join('; ')]),
    localities: [...feed.localities.values()].map((l) => [
      l.id,
      l.name,
      l.level,
      l.code,
      (l.wards ?? []).join('; '),
      l.population,
      l.illustrative ? 'yes' : '',
    ]),
    // Boundaries given inline (GeoJSON in the feed) stay in JSON: a cell cannot hold them.
    boundaries: feed.boundaries.filter((b) => b.url).map((b) => [b.id, b.level, b.url, b.object, b.idProperty, b.nameProperty, b.attribution]),
    // Every target goes in the targets sheet, so the indicators sheet's own target columns are left empty.
    indicators: [...feed.indicators.values()].map((i) => [
      i.id,
      i.title,
      i.measure,
      i.unit,
      i.polarity,
      i.decimals,
      i.definition,
      i.source,
      '',
      '',
      '',
      i.baseline,
      i.illustrative ? 'yes' : '',
    ]),
    targets: [...feed.indicators.values()].flatMap((i) => (i.targets ?? []).map((t) => [i.id, t.label, t.kind, t.value, t.upper, t.from, t.to, t.id])),
    breakdowns: [...feed.indicators.values()].flatMap((i) =>
      i.breakdowns.flatMap((b) =>
        b.groups.flatMap((g, gi) =>
          g.values.observations().map((o, oi) => {
            const first = gi === 0 && oi === 0;
            const population = g.populationCounts?.get(o.period.id);
            return [
              i.id,
              b.id,
              first ? b.label : '',
              first ? b.service : '',
              first ? b.population : '',
              first ? b.source : '',
              first ? b.threshold : '',
              first && b.illustrative ? 'yes' : '',
              b.reference === g.id ? 'yes' : '',
              g.id,
              g.label,
              o.period.id,
              o.mark ?? o.value,
              population?.state === 'figure' ? population.value : '',
              g.populationShare,
            ];
          }),
        ),
      ),
    ),
    values: [],
    framework: [],
    questions: [...feed.questions.values()].map((q) => [q.id, q.text, q.guidance, (q.indicators ?? []).join('; ')]),
  };
  for (const i of feed.indicators.values()) {
    const areas: [string, typeof i.values][] = [['', i.values], ...i.comparators, ...i.localities];
    for (const [area, s] of areas) {
      for (const o of s.observations()) {
        rows.values.push([i.id, o.period.id, area, o.mark ?? o.value, o.numerator, o.denominator, o.provisional ? 'yes' : '', o.note]);
      }
    }
  }
  const walk = (n: FrameworkNode) => {
    rows.framework.push([n.id, n.parent?.id, n.title, n.kind, n.indicators.map((r) => r.id).join('; '), n.questions.join('; ')]);
    n.children.forEach(walk);
  };
  feed.framework.forEach(walk);
  return Object.fromEntries(Object.entries(rows).map(([name, r]) => [name, toCsv([[...SHEETS[name as SheetName]], ...r])])) as Record<SheetName, string>;
}
