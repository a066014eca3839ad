/**
 * The feed format's version and the values its fields may take, apart from the schema so that the
 * quick reader can use them without loading valibot.
 */
/** The format version this copy of the kit writes and reads in full. */
export const FEED_VERSION = '1.0';

export const PERIOD_KINDS = ['month', 'quarter', 'financial-year', 'academic-year', 'calendar-year', 'year-to-date', 'rolling-12-months', 'snapshot'] as const;

export const COMPARATOR_KINDS = ['england', 'region', 'statistical-neighbours', 'peer', 'other'] as const;

export const MEASURE_TYPES = ['how-much', 'how-well', 'so-what'] as const;

export const UNITS = ['count', 'percent', 'per-1000', 'per-10000', 'per-100000', 'days', 'weeks', 'score', 'money', 'ratio'] as const;

export const POLARITIES = ['bigger-is-better', 'smaller-is-better', 'range', 'none'] as const;

export const RAG_STATUSES = ['red', 'amber', 'green'] as const;

export const TARGET_KINDS = ['minimum-standard', 'deprivation-adjusted', 'mid-way', 'ambitious', 'year-1', 'year-2', 'year-3', 'other'] as const;

export const COMPARE_WITH = ['previous', 'year-ago', 'period'] as const;

export const QUARTILES = ['A', 'B', 'C', 'D'] as const;

/**
 * Marks that stand in place of a figure. They are shown as written, never as zero.
 * Following the GSS symbols DfE uses: `c` confidential (suppressed), `low` rounds to zero but is
 * not zero, `x` not available, `z` not applicable, `u` low reliability.
 */
export const MARKS = ['c', 'low', 'x', 'z', 'u'] as const;

/** What an area is: a ward, a locality (a group of wards), or an authority on a national map. */
export const AREA_LEVELS = ['ward', 'locality', 'authority'] as const;
