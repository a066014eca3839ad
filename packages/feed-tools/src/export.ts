import type { FeedData, FrameworkNode } from '@scorecard-kit/core/feed';
import { toCsv } from '@scorecard-kit/core/rules';
import { SHEETS, type SheetName } from './sheets.js';

/**
 * A feed written out as the template's sheets (CSV text by sheet name), so that a council can
 * start from a filled example. The template keeps one target per indicator (the first) and no
 * commentary, breakdowns or checklists: those stay in JSON.
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
    indicators: [...feed.indicators.values()].map((i) => {
      const t = i.targets?.[0];
      return [i.id, i.title, i.measure, i.unit, i.polarity, i.decimals, i.definition, i.source, t?.kind, t?.label, t?.value, i.illustrative ? 'yes' : ''];
    }),
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
