// How a cell reads as text: as Excel shows it, which for a number depends on its number format.
import { unescaped } from './xml.js';

/** How a cell's number is shown, which decides how it reads as text. */
export const enum Shown {
  Number,
  Date,
  Time,
  /** Elapsed time ([h]:mm:ss): whole days count as hours. */
  Duration,
  Percent,
}

const BUILT_IN: Record<number, Shown> = {
  9: Shown.Percent,
  10: Shown.Percent,
  14: Shown.Date,
  15: Shown.Date,
  16: Shown.Date,
  17: Shown.Date,
  18: Shown.Time,
  19: Shown.Time,
  20: Shown.Time,
  21: Shown.Time,
  22: Shown.Date,
  27: Shown.Date,
  30: Shown.Date,
  36: Shown.Date,
  45: Shown.Time,
  46: Shown.Duration,
  47: Shown.Time,
  50: Shown.Date,
  57: Shown.Date,
};

/** What a number format shows, from its letters outside quoted text, escapes (\x, _x padding, *x fill) and [colours]. */
function formatShows(code: string): Shown {
  const bare = code.replace(/"[^"]*"|[\\_*].|\[[^\]]*\]/g, '').replace(/am\/pm|a\/p/gi, '');
  if (/^general$/i.test(bare)) return Shown.Number;
  if (/[dy]/i.test(bare)) return Shown.Date;
  if (/\[[hms]+\]/i.test(code)) return Shown.Duration;
  // With hours or seconds, "m" is minutes; alone, it is a month.
  if (/[hs]/i.test(bare)) return Shown.Time;
  if (/m/i.test(bare)) return Shown.Date;
  return bare.includes('%') ? Shown.Percent : Shown.Number;
}

/** What a cell style shows, from its number format: the workbook's own (`formats`, by id) or one of Excel's built-in ones. */
export function styleShows(numFmtId: number, formats: ReadonlyMap<number, string>): Shown {
  const code = formats.get(numFmtId);
  return code !== undefined ? formatShows(code) : (BUILT_IN[numFmtId] ?? Shown.Number);
}

const two = (n: number) => String(n).padStart(2, '0');

/** An Excel date serial as YYYY-MM-DD (what the CSV template holds). */
function serialDate(serial: number, date1904: boolean): string {
  // Excel counts a 29 February 1900 that never was: serials before it are a day ahead.
  const day = Math.floor(serial) + (!date1904 && serial < 61 ? 1 : 0);
  const d = new Date(Date.UTC(date1904 ? 1904 : 1899, date1904 ? 0 : 11, date1904 ? 1 : 30) + day * 86_400_000);
  return `${d.getUTCFullYear()}-${two(d.getUTCMonth() + 1)}-${two(d.getUTCDate())}`;
}

/** A time as h:mm:ss: the time of day (the serial's fraction), or with `elapsed` every hour since 0. */
function serialTime(serial: number, elapsed: boolean): string {
  const seconds = elapsed ? Math.round(serial * 86_400) : Math.round((serial - Math.floor(serial)) * 86_400) % 86_400;
  return `${Math.floor(seconds / 3600)}:${two(Math.floor(seconds / 60) % 60)}:${two(seconds % 60)}`;
}

/** What the workbook's small parts say that every cell of every sheet may need. */
export interface Shared {
  strings: string[];
  /** What each cell style (a cell's `s`) shows. */
  styles: Shown[];
  date1904: boolean;
}

/** A cell as it was written: its `t` and `s` attributes, its `<v>` (undefined when it has none) and its inline string. */
export interface Cell {
  type: string | undefined;
  style: string | undefined;
  value: string | undefined;
  inline: string;
}

/** A cell's text: shared and inline strings as written, numbers as JavaScript prints them, dates as YYYY-MM-DD. */
export function cellText({ type, style, value: v, inline }: Cell, shared: Shared): string {
  switch (type) {
    case 's':
      return shared.strings[Number(v)] ?? '';
    case 'inlineStr':
      return inline;
    case 'b':
      return v === undefined ? '' : v === '1' ? 'TRUE' : 'FALSE';
    case 'd':
      return v === undefined ? '' : v.slice(0, 10);
    case 'str':
    case 'e':
      return v === undefined ? '' : unescaped(v);
    default: {
      if (v === undefined || v === '') return '';
      const n = Number(v);
      const shown = shared.styles[Number(style ?? 0)];
      switch (shown) {
        case Shown.Date:
          return serialDate(n, shared.date1904);
        case Shown.Time:
        case Shown.Duration:
          return serialTime(n, shown === Shown.Duration);
        case Shown.Percent:
          // As the cell shows it: 0.123 formatted as a percentage is 12.3, in the feed's units.
          return String(Number((n * 100).toPrecision(15)));
        default:
          return String(n);
      }
    }
  }
}
