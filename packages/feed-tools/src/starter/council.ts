import { editDistance } from '@scorecard-kit/core/feed';
import type { StarterData } from './data.js';

export type Council = StarterData['councils'][number];

/** What a lookup found: the council, or why not, with the nearest names for a near miss. */
export type CouncilMatch = { council: Council } | { problem: string };

const fold = (s: string) =>
  s
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/&/g, ' and ')
    .replace(/\b(city of|county of|council|borough|royal borough of|london borough of|metropolitan)\b/g, ' ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/**
 * A council by its DfE code ("335"), ONS code ("E08000030") or name ("Walsall", any case), as
 * DfE and ONS write them. A name that matches none says which it may be ("did you mean"), and a
 * name that matches more than one names them all.
 */
export function findCouncil(data: StarterData, query: string): CouncilMatch {
  const q = query.trim();
  if (!q) return { problem: 'No council given: use its DfE code (such as 335), its ONS code (such as E08000030) or its name.' };
  const byCode = data.councils.find((c) => c.code === q || c.ons.toUpperCase() === q.toUpperCase());
  if (byCode) return { council: byCode };
  if (/^\d+$/.test(q) || /^E\d{8}$/i.test(q)) {
    return { problem: `"${q}" is not the DfE or ONS code of any of England's ${data.councils.length} councils with children's services.` };
  }
  const wanted = fold(q);
  const exact = data.councils.filter((c) => fold(c.name) === wanted);
  if (exact.length === 1) return { council: exact[0]! };
  const partial = data.councils.filter((c) => fold(c.name).includes(wanted));
  if (partial.length === 1) return { council: partial[0]! };
  if (partial.length > 1) {
    return { problem: `"${q}" could be ${list(partial.map(councilLabel))}: give the name in full or the code.` };
  }
  const near = data.councils
    .map((c) => ({ c, d: editDistance(fold(c.name), wanted) }))
    .filter((x) => x.d <= Math.max(2, Math.floor(wanted.length / 4)))
    .sort((a, b) => a.d - b.d || a.c.name.localeCompare(b.c.name))
    .slice(0, 3);
  return {
    problem: `No council is called "${q}".${
      near.length
        ? ` Did you mean ${list(
            near.map((x) => councilLabel(x.c)),
            'or',
          )}?`
        : ' Use its DfE code (such as 335), ONS code or name.'
    }`,
  };
}

/** A council as a list names it: "Walsall (335)". */
export const councilLabel = (c: Council) => `${c.name} (${c.code})`;

/** The councils in alphabetical order, for a list to choose from. */
export const councilsByName = (data: StarterData): Council[] => [...data.councils].sort((a, b) => a.name.localeCompare(b.name, 'en-GB'));

function list(items: string[], last = 'and'): string {
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} ${last} ${items[items.length - 1]}`;
}
