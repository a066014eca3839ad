import type { FeedInput } from '@scorecard-kit/core/feed';

type Listed = { id: string };

/**
 * A council's own figures added to its starter: the starter's public figures (`base`) with a feed
 * built from the template (`local`) laid over them. Periods, comparators, areas and boundary files
 * are joined by id (the starter's kept where both have one); the local framework's headings come
 * after the starter's; a local indicator replaces the public one of the same id. What was joined
 * or replaced is said in `notes`, for the page to show.
 */
export function mergeFeeds(base: FeedInput, local: FeedInput): { feed: FeedInput; notes: string[] } {
  const notes: string[] = [];
  if (local.authority?.name && local.authority.name !== base.authority.name) {
    notes.push(`Your workbook is for ${local.authority.name}, the public figures for ${base.authority.name}: the feed is ${base.authority.name}'s.`);
  }
  const join = <T extends Listed>(what: string, a: readonly T[] | undefined, b: readonly T[] | undefined): T[] => {
    const out = [...(a ?? [])];
    const ids = new Set(out.map((x) => x.id));
    const clashes = (b ?? []).filter((x) => ids.has(x.id) && JSON.stringify(x) !== JSON.stringify(out.find((y) => y.id === x.id)));
    if (clashes.length)
      notes.push(
        `Your workbook's ${what} ${clashes.map((x) => `"${x.id}"`).join(', ')} ${clashes.length === 1 ? 'has' : 'have'} the id of one in the public figures: the public one is kept.`,
      );
    return [...out, ...(b ?? []).filter((x) => !ids.has(x.id))];
  };
  const localIds = new Set((local.indicators ?? []).map((i) => i.id));
  const replaced = (base.indicators ?? []).filter((i) => localIds.has(i.id));
  if (replaced.length)
    notes.push(
      `Your workbook's ${replaced.map((i) => `"${i.id}"`).join(', ')} ${replaced.length === 1 ? 'replaces the public indicator' : 'replace the public indicators'} of the same id.`,
    );
  const indicators = [...(base.indicators ?? []).filter((i) => !localIds.has(i.id)), ...(local.indicators ?? [])];
  const added = (local.indicators ?? []).length - replaced.length;
  notes.unshift(`${added === 1 ? '1 indicator' : `${added} indicators`} from your workbook added to ${base.authority.name}'s public figures.`);
  return {
    feed: {
      ...base,
      periods: join('period', base.periods, local.periods),
      comparators: join('comparator', base.comparators, local.comparators),
      localities: join('area', base.localities, local.localities),
      boundaries: join('boundary file', base.boundaries, local.boundaries),
      framework: join('framework heading', base.framework, local.framework),
      questions: join('question', base.questions, local.questions),
      checklists: join('checklist', base.checklists, local.checklists),
      indicators,
    },
    notes,
  };
}
