import { AREA_LEVELS, COMPARATOR_KINDS, MEASURE_TYPES, PERIOD_KINDS, POLARITIES, TARGET_KINDS, UNITS } from '@scorecard-kit/core/feed';

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
  boundaries: ['id', 'level', 'url', 'object', 'id_property', 'name_property', 'attribution'],
  indicators: [
    'id',
    'title',
    'measure',
    'unit',
    'polarity',
    'decimals',
    'definition',
    'source',
    'target_kind',
    'target_label',
    'target_value',
    'baseline',
    'illustrative',
  ],
  values: ['indicator', 'period', 'area', 'value', 'numerator', 'denominator', 'provisional', 'note'],
  framework: ['id', 'parent', 'title', 'kind', 'indicators', 'questions'],
  questions: ['id', 'text', 'guidance', 'indicators'],
  targets: ['indicator', 'label', 'kind', 'value', 'upper', 'from', 'to', 'id'],
  breakdowns: [
    'indicator',
    'breakdown',
    'breakdown_label',
    'service',
    'population_label',
    'source',
    'threshold',
    'illustrative',
    'reference',
    'group',
    'group_label',
    'period',
    'count',
    'population',
    'population_share',
  ],
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

/** "D" → 3, "AA" → 26: the column a spreadsheet's letters name, from 0. */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** A list cell: "a; b;c" → ["a", "b", "c"]. */
export const listCell = (v: string | undefined) =>
  (v ?? '')
    .split(';')
    .map((x) => x.trim())
    .filter(Boolean);

/** What each sheet is for and what goes in each column: the feed studio's help, one place for the wording. */
export const SHEET_HELP: Record<SheetName, { about: string; columns: Record<string, string> }> = {
  feed: {
    about: 'One row per setting of the feed as a whole.',
    columns: {
      key: `The setting: ${FEED_KEYS.join(', ')}. "title" and "authority" are needed.`,
      value: 'Its value, for example "Walsall" for authority. "updated" is a date written YYYY-MM-DD.',
    },
  },
  periods: {
    about: 'One row per period the figures are for.',
    columns: {
      id: 'A short id with no spaces, used in the values sheet, for example 2016-q3.',
      label: 'How the period is shown, for example "Q3 2016/17" or "Jul-13".',
      end: 'The last day of the period, written YYYY-MM-DD. Format the column as text so that a spreadsheet does not turn dates into numbers.',
      kind: `One of ${PERIOD_KINDS.join(', ')}.`,
      start: 'The first day, written YYYY-MM-DD, when it is not obvious from the kind.',
    },
  },
  comparators: {
    about: 'One row per benchmark the authority is compared with.',
    columns: {
      id: 'A short id with no spaces, used in the area column of the values sheet, for example england.',
      name: 'How it is shown, for example "England" or "Statistical neighbours".',
      kind: `One of ${COMPARATOR_KINDS.join(', ')}.`,
      code: 'Its official code, if it has one, for example E92000001.',
      members: 'For a group, its members separated by ";".',
    },
  },
  localities: {
    about: 'One row per area inside the authority: wards or localities.',
    columns: {
      id: 'A short id with no spaces, used in the area column of the values sheet.',
      name: 'How it is shown.',
      level: `One of ${AREA_LEVELS.join(', ')}.`,
      code: 'Its official code, for a ward its ONS code, which the map uses to find its shape.',
      wards: 'For a locality, its wards\' ids separated by ";".',
      population: 'A number, without commas.',
      illustrative: 'yes when its figures are made up for a demonstration.',
    },
  },
  boundaries: {
    about: 'One row per file of area shapes the map draws: one for wards, one for localities if their shapes are not made from wards.',
    columns: {
      id: 'A short id with no spaces.',
      level: `The areas it has shapes for: one of ${AREA_LEVELS.join(', ')}. Localities made of wards need only the wards' file.`,
      url: 'Where the TopoJSON or GeoJSON file is, relative to the feed, for example ../geo/wards.topojson. It must be on the same website as the page.',
      object: 'In a TopoJSON file, the object holding the shapes (the first when empty).',
      id_property: "The property of each shape holding the area's code, matched to the localities sheet's code or id (the shape's id when empty).",
      name_property: "The property holding the area's name, used when the localities sheet does not name it.",
      attribution: "The credit the boundary data's licence asks for, shown under the map: needed.",
    },
  },
  indicators: {
    about: 'One row per indicator.',
    columns: {
      id: 'A short id with no spaces, used in the values and framework sheets.',
      title: 'The indicator as people read it.',
      measure: `One of ${MEASURE_TYPES.join(', ')}: how much is done, how well, and is anyone better off.`,
      unit: `What the figure counts: one of ${UNITS.join(', ')}.`,
      polarity: `One of ${POLARITIES.join(', ')} (range: best within a band).`,
      decimals: 'How many decimal places to show: a whole number.',
      definition: 'What is counted, in plain words.',
      source: 'Where the figures come from.',
      target_kind: `One of ${TARGET_KINDS.join(', ')}; leave empty for no target.`,
      target_label: 'How the target is named, for example "Minimum standard".',
      target_value: 'The target as a number.',
      baseline: 'The id of the period that distance travelled is measured from (a period in the periods sheet); leave empty for none.',
      illustrative: 'yes when its figures are made up for a demonstration.',
    },
  },
  targets: {
    about: 'One row per target, as many as an indicator has: the targets of Year 1, 2 and 3 (or any named years), a band, a minimum standard.',
    columns: {
      indicator: 'An id from the indicators sheet.',
      label: 'How the target is named, for example "Year 2 target".',
      kind: `One of ${TARGET_KINDS.join(', ')}.`,
      value: 'The target as a number (the lower end of a band).',
      upper: 'For a band ("10-15% is ideal"), its upper end; leave empty otherwise.',
      from: 'The id of the first period it holds for; leave empty for always.',
      to: 'The id of the last period it holds for; leave empty for always.',
      id: "An id for the target, when an indicator's RAG names it; may be left empty.",
    },
  },
  breakdowns: {
    about: "One row per group and period of a breakdown (ethnicity, sex, age…): the group's count in the service and in the population it is compared with.",
    columns: {
      indicator: 'An id from the indicators sheet.',
      breakdown: 'A short id for the breakdown with no spaces, for example ethnicity.',
      breakdown_label: 'How the breakdown is named, for example "Ethnicity" (on its first row).',
      service: 'What the count is of, for the words, for example "looked after" (on its first row).',
      population_label: 'What the population is, for the notes, for example "pupils in the January school census" (on its first row).',
      source: 'Where the counts come from, for the notes (on its first row).',
      threshold: 'Counts below this are shown as "fewer than" it, never the number: a whole number (on its first row; empty for 5).',
      illustrative: 'yes when the counts are made up for show, not real (on its first row).',
      reference: 'yes on the rows of the group the others are compared with.',
      group: 'A short id for the group with no spaces, for example black.',
      group_label: 'How the group is named, for example "Black, African, Caribbean or Black British".',
      period: 'An id from the periods sheet.',
      count:
        "Children of the group in the service: a whole number, or c where suppressed (counts under 5 are never shown). For an indicator of shares (percent), the group's share instead.",
      population: 'Children of the group in the population compared with (all children, or all pupils).',
      population_share: "Where only shares are known: the group's share of the population, in percent.",
    },
  },
  values: {
    about: 'One row per figure: an indicator, a period and an area.',
    columns: {
      indicator: 'An id from the indicators sheet.',
      period: 'An id from the periods sheet.',
      area: 'Empty for the authority; otherwise an id from the comparators or localities sheet.',
      value:
        'The figure as a number. Leave the cell empty when there is no figure, and write c when it is suppressed (x not available, z not applicable, low, u); never 0 for a missing figure.',
      numerator: 'For a percentage or rate, the count it is made from.',
      denominator: 'For a percentage or rate, the count it is out of.',
      provisional: 'yes when the figure may still change.',
      note: 'A note shown with the figure.',
    },
  },
  framework: {
    about: 'One row per priority or outcome; a row names its parent to sit under it.',
    columns: {
      id: 'A short id with no spaces.',
      parent: "The parent row's id; empty at the top.",
      title: 'The priority or outcome as people read it.',
      kind: 'What it is, in your own words: priority, outcome, theme...',
      indicators: 'Ids from the indicators sheet, separated by ";".',
      questions: 'Ids from the questions sheet, separated by ";".',
    },
  },
  questions: {
    about: 'One row per quality-assurance question the board asks of the figures.',
    columns: {
      id: 'A short id with no spaces.',
      text: 'The question.',
      guidance: 'What a good answer covers.',
      indicators: 'Ids from the indicators sheet the question is asked of, separated by ";".',
    },
  },
};
