import type { PERIOD_KINDS } from '@scorecard-kit/core/feed';

/**
 * The public figures the starter is made from (packages/feed-tools/data/starter-data.json, written
 * by `npm run starter-data` from the repository's data/): read by the CLI and, fetched, by the
 * demo site's "your council" page and the feed studio, so all three make the same feed.
 */
export interface StarterData {
  licence: string;
  attribution: string;
  boundaryAttribution: string;
  source: string;
  /** LAIT's code for England. */
  england: string;
  /** LAIT's region codes and names ("984": "West Midlands"). */
  regions: Record<string, string>;
  /** The 153 councils with children's services: DfE code, ONS code, name and LAIT region code. */
  councils: { code: string; ons: string; name: string; region: string }[];
  /** Each council's ten statistical neighbours (DfE codes, closest first). */
  neighbours: Record<string, string[]>;
  measures: StarterMeasure[];
}

export interface StarterMeasure {
  /** LAIT's short name ("CIN"). */
  id: string;
  title: string;
  /** The plain heading the starter groups it under. */
  heading: string;
  measure: 'how-much' | 'how-well' | 'so-what';
  definition: string;
  source: string;
  yearType: string;
  unit: 'count' | 'percent' | 'per-10000' | 'per-100000';
  decimals: number;
  polarity: 'bigger-is-better' | 'smaller-is-better' | 'none';
  link?: string;
  /** Why a published figure is left out (England's first-time entrants). */
  note?: string;
  periods: { id: string; label: string; end: string; kind: (typeof PERIOD_KINDS)[number] }[];
  /** By DfE code (councils, regions, England): the figure for each period, a mark, or null where the file has none. */
  values: Record<string, (number | string | null)[]>;
}
