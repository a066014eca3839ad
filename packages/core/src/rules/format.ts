import type { Mark, Observation, Unit } from '../feed/types.js';

/** What each mark means, for screen readers and legends. */
export const MARK_WORDS: Record<Mark, string> = {
  c: 'suppressed to protect confidentiality',
  low: 'rounds to zero, but is not zero',
  x: 'not available',
  z: 'not applicable',
  u: 'low reliability',
};

export const DEFAULT_DECIMALS: Record<Unit, number> = {
  count: 0,
  percent: 1,
  'per-1000': 1,
  'per-10000': 1,
  'per-100000': 0,
  days: 0,
  weeks: 1,
  score: 1,
  money: 0,
  ratio: 2,
};

const UNIT_SUFFIX: Record<Unit, string> = {
  count: '',
  percent: '%',
  'per-1000': ' per 1,000',
  'per-10000': ' per 10,000',
  'per-100000': ' per 100,000',
  days: ' days',
  weeks: ' weeks',
  score: '',
  money: '',
  ratio: '',
};

/** The unit in words, for table headers and screen readers. */
export const UNIT_WORDS: Record<Unit, string> = {
  count: 'number',
  percent: 'percent',
  'per-1000': 'rate per 1,000',
  'per-10000': 'rate per 10,000 children',
  'per-100000': 'rate per 100,000',
  days: 'days',
  weeks: 'weeks',
  score: 'score',
  money: 'money',
  ratio: 'ratio',
};

export interface FormatOptions {
  unit: Unit;
  decimals?: number | undefined;
  currency?: string | undefined;
}

const formatters = new Map<string, Intl.NumberFormat>();

function numberFormat(decimals: number, currency?: string): Intl.NumberFormat {
  const key = `${decimals}|${currency ?? ''}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat('en-GB', {
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
      ...(currency ? { style: 'currency', currency } : {}),
    });
    formatters.set(key, f);
  }
  return f;
}

function decimalsOf(o: FormatOptions): number {
  return o.decimals ?? DEFAULT_DECIMALS[o.unit];
}

/**
 * A number rounded to `decimals` places as it is written, half away from zero: 10.35 → 10.4 and
 * 1.005 → 1.01, as a person (and Intl.NumberFormat) rounds them. `toFixed` rounds the binary
 * double instead (10.35 is stored as 10.3499…, so it gives "10.3"), which would judge a figure
 * other than the one shown.
 */
export function roundDecimal(value: number, decimals: number): number {
  if (!Number.isFinite(value) || value === 0) return value;
  // Quickly, where binary arithmetic cannot change the result: shifted by `decimals` places, the
  // figure's error (under 3e-7 below 1e9) cannot move it across a half. A framework of thousands
  // of indicators rounds each figure it judges, so this is most of the calls.
  const scale = 10 ** decimals;
  const quick = Math.abs(value) * scale;
  if (quick < 1e9 && Math.abs(quick - Math.floor(quick) - 0.5) > 1e-6) return (value < 0 ? -Math.round(quick) : Math.round(quick)) / scale;
  // The shortest decimal that reads back as this double ("1.035e+1"), shifted by `decimals`
  // places in its exponent, so that no binary arithmetic touches the digits before rounding.
  const [digits, exponent] = Math.abs(value).toExponential().split('e') as [string, string];
  const shifted = Math.round(Number(`${digits}e${Number(exponent) + decimals}`));
  // IEEE division is correctly rounded: the double nearest shifted ÷ 10^decimals, as "104e-1" reads.
  const rounded = shifted / 10 ** decimals;
  return value < 0 ? -rounded : rounded;
}

/** A value rounded as it is shown, so that rules judge the figure the page prints: "60.04" and "60.0" are the same. */
export function roundShown(value: number, o: FormatOptions): number {
  return roundDecimal(value, decimalsOf(o));
}

/** A number without its unit, with thousands separators: "1,234.5". */
export function formatNumber(value: number, o: FormatOptions): string {
  // The figure printed is the figure the rules judge (roundShown), never a second rounding.
  const s = grouped(roundShown(value, o), decimalsOf(o));
  // Avoid "-0" when a small negative rounds to zero.
  return /^-0(\.0+)?$/.test(s) ? s.slice(1) : s;
}

/**
 * A number already rounded to `decimals` places, written as Intl.NumberFormat('en-GB') writes it
 * ("-1,234.5"), but without Intl: its first use in a page loads its locale data, about 20 ms
 * that a page of tiles or a map would spend before its first paint. Intl writes the shortest
 * decimal that reads back as the double (as String does), padded to `decimals` places; the rare
 * number String writes otherwise (with an exponent, or more places), and what is not a finite
 * number, are left to Intl, as is money.
 */
function grouped(value: number, decimals: number): string {
  const written = String(Math.abs(value));
  const [whole, fraction = ''] = written.split('.') as [string, string?];
  if (!Number.isFinite(value) || written.includes('e') || fraction.length > decimals) return numberFormat(decimals).format(value);
  return `${value < 0 ? '-' : ''}${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}${decimals ? `.${fraction.padEnd(decimals, '0')}` : ''}`;
}

/** A number with its unit: "22.7%", "408.9 per 10,000", "£1,250", "23 days". */
export function formatValue(value: number, o: FormatOptions): string {
  const { figure, unit } = formatParts(value, o);
  return unit ? `${figure} ${unit}` : figure;
}

/**
 * A figure and its unit apart, for a display that sets a long unit smaller than the figure and
 * never breaks inside it: { figure: "408.9", unit: "per 10,000" }; a short unit stays on the
 * figure ({ figure: "22.7%", unit: "" }, "£1,250").
 */
export function formatParts(value: number, o: FormatOptions): { figure: string; unit: string } {
  if (o.unit === 'money') return { figure: numberFormat(decimalsOf(o), o.currency ?? 'GBP').format(roundShown(value, o)), unit: '' };
  const n = formatNumber(value, o);
  if (o.unit === 'percent') return { figure: `${n}%`, unit: '' };
  if ((o.unit === 'days' || o.unit === 'weeks') && n === '1') return { figure: n, unit: o.unit.slice(0, -1) };
  return { figure: n, unit: UNIT_SUFFIX[o.unit].trim() };
}

/** A change, signed, in the right words: percent changes are percentage points, never per cent of per cent. */
export function formatChange(change: number, o: FormatOptions): string {
  const n = formatNumber(Math.abs(change), o);
  const sign = n === formatNumber(0, o) ? '' : change > 0 ? '+' : '−';
  if (o.unit === 'percent') return `${sign}${n} ${n === '1' ? 'point' : 'points'}`;
  if (o.unit === 'money') return `${sign}${numberFormat(decimalsOf(o), o.currency ?? 'GBP').format(roundShown(Math.abs(change), o))}`;
  return `${sign}${n}${UNIT_SUFFIX[o.unit]}`;
}

export interface FormattedFigure {
  /** What to print: "22.7%", "c", "No data". */
  text: string;
  /** What a screen reader should hear: "22.7%, provisional", "c: suppressed to protect confidentiality". */
  words: string;
  /** True when `text` is a mark or a missing sign rather than a number. */
  empty: boolean;
}

export const NO_DATA = 'No data';

/** Formats an observation (or its absence) for display and for screen readers. */
export function formatFigure(o: Observation | undefined, opts: FormatOptions): FormattedFigure {
  if (!o || (o.state === 'missing' && !o.mark)) return { text: NO_DATA, words: 'no data', empty: true };
  if (o.mark) {
    return { text: o.mark, words: `${o.mark}: ${MARK_WORDS[o.mark]}`, empty: true };
  }
  const text = formatValue(o.value!, opts);
  const notes = [o.provisional ? 'provisional' : '', o.illustrative ? 'illustrative' : ''].filter(Boolean);
  return { text, words: notes.length ? `${text}, ${notes.join(', ')}` : text, empty: false };
}
