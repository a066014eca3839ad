/**
 * The spreadsheet template: one sheet (a CSV file of the same name) per part of the feed, with the
 * columns below. Lists inside a cell are separated by ";". Values are in long form: one row per
 * indicator, period and area.
 */
export const SHEETS = {
  feed: ['key', 'value'],
  periods: ['id', 'label', 'end', 'kind', 'start'],
  comparators: ['id', 'name', 'kind', 'code', 'members'],
  localities: ['id', 'name', 'level', 'code', 'wards', 'population', 'illustrative'],
  indicators: ['id', 'title', 'measure', 'unit', 'polarity', 'decimals', 'definition', 'source', 'target_kind', 'target_label', 'target_value', 'illustrative'],
  values: ['indicator', 'period', 'area', 'value', 'numerator', 'denominator', 'provisional', 'note'],
  framework: ['id', 'parent', 'title', 'kind', 'indicators', 'questions'],
  questions: ['id', 'text', 'guidance', 'indicators'],
} as const;

export type SheetName = keyof typeof SHEETS;

/** Sheets that must be there; the rest may be left out. */
export const REQUIRED_SHEETS: SheetName[] = ['feed', 'periods', 'indicators', 'values'];

/** The keys the feed sheet takes. */
export const FEED_KEYS = ['title', 'publisher', 'updated', 'licence', 'attribution', 'authority', 'authority_code', 'dfe_code'] as const;

/** "D" for the 4th column, "AA" for the 27th: how a spreadsheet names it. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** A list cell: "a; b;c" → ["a", "b", "c"]. */
export const listCell = (v: string | undefined) => (v ?? '').split(';').map((x) => x.trim()).filter(Boolean);
