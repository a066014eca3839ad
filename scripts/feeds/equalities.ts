// Real equalities breakdowns for the WR4C sample (data/equalities, see its README): children
// looked after at 31 March by ethnicity, beside pupils by ethnicity in the January census of the
// same year, rolled up to the looked-after major groups.
import { readCsvObjects } from '../../packages/feed-tools/src/csv.js';
import { dataFile, figure } from './dfe.js';
import { financialYear, type Periods } from './common.js';

/** The looked-after major groups, their label, and the pupils' minor groups that make them up (by label prefix). */
const GROUPS: [id: string, cla: string, label: string, pupils: (ethnicity: string) => boolean][] = [
  ['white', 'White', 'White', (e) => e.startsWith('White -')],
  ['mixed', 'Mixed or Multiple ethnic groups', 'mixed or multiple ethnic groups', (e) => e.startsWith('Mixed -')],
  ['asian', 'Asian or Asian British', 'Asian or Asian British', (e) => e.startsWith('Asian -')],
  ['black', 'Black, African, Caribbean or Black British', 'Black, African, Caribbean or Black British', (e) => e.startsWith('Black -')],
  ['other', 'Other ethnic group', 'other ethnic group', (e) => e === 'Any other ethnic group'],
];

/** 31 March of a year beside the January census of the school year ending that summer: the two years both files have. */
const YEARS: [cla: string, pupils: string][] = [
  ['2021', '202021'],
  ['2022', '202122'],
];

export function lookedAfterByEthnicity(periods: Periods, la = '335') {
  const cla = readCsvObjects(dataFile('equalities', 'cla_31_march_by_characteristics__walsall_sn_wm_england_2021_2025.csv')).filter(
    (r) => r.old_la_code === la && r.cla_group === 'Ethnicity',
  );
  const pupils = readCsvObjects(dataFile('equalities', 'spc_pupils_ethnicity__walsall_sn_wm_england_2019_20_to_2021_22.csv')).filter(
    (r) => r.old_la_code === la && r.phase_type_grouping === 'Total' && r.language === 'Total',
  );
  // Counts as published, marks kept as marks ("c" suppressed).
  const count = (raw: string | undefined) => (raw === undefined ? null : figure(raw, 0));
  return {
    id: 'ethnicity',
    label: 'Ethnicity',
    service: 'looked after',
    population: "pupils in Walsall's schools in the January school census of the same year",
    reference: 'white',
    source:
      'DfE, Children looked after in England including adoptions (children looked after at 31 March, by ethnicity); DfE, Schools, pupils and their characteristics (pupils by ethnicity, January census)',
    groups: GROUPS.map(([id, claName, label, isPupil]) => ({
      id,
      label,
      values: YEARS.map(([y]) => ({
        period: periods.add(financialYear(Number(y))),
        value: count(cla.find((r) => r.time_period === y && r.characteristic === claName)?.cla_31_march_number),
      })),
      populationCounts: YEARS.map(([y, school]) => ({
        period: periods.add(financialYear(Number(y))),
        value: pupils.filter((r) => r.time_period === school && isPupil(r.ethnicity!)).reduce((a, r) => a + Number(r.headcount), 0),
      })),
    })),
  };
}
