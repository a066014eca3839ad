// `npm run starter-data`: the public figures `scorecard-kit starter` needs, made from data/ into
// packages/feed-tools/data/ (which the package ships): LAIT's eleven headline indicators for every
// council, region and England, as published (rounded to their decimals, marks kept as marks), the
// DfE 2025 statistical-neighbour model, and the 153-council boundaries. A test fails when the
// committed files are out of date.
import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { readCsvObjects } from '../packages/feed-tools/src/csv.js';
import type { StarterData } from '../packages/feed-tools/src/starter/data.js';
import { dataFile, figure, measure, REPO_ROOT } from './feeds/dfe.js';
import { DFE_ATTRIBUTION, OGL, UK_GEOJSON, laitPeriod, unitOf } from './feeds/common.js';

/** The headline indicators, each under one of a few plain headings, with the kit's words for it. */
const HEADLINES: [string, string, StarterData['measures'][number]['measure'], string][] = [
  ['CIN', 'Children in need, rate per 10,000 children', 'how-much', 'Children who need help'],
  ['CPP_rate', 'Children on a child protection plan, rate per 10,000 children', 'how-much', 'Children who need help'],
  ['LAC', 'Children looked after, rate per 10,000 children', 'how-much', 'Children who need help'],
  ['ReReferral', 'Re-referrals within 12 months of a previous referral', 'how-well', 'How well help works'],
  ['PrevRegCPR', 'Child protection plans that were a second or later plan', 'how-well', 'How well help works'],
  ['SEN_TotStat', 'Pupils with an EHC plan', 'how-much', 'Special educational needs'],
  ['SEN_TotSENSuP', 'Pupils receiving SEN support', 'how-much', 'Special educational needs'],
  ['TotPermEx', 'Permanent exclusions, rate per pupil', 'so-what', 'School and after 16'],
  ['TotFixedEx', 'Suspensions, rate per pupil', 'so-what', 'School and after 16'],
  ['16-17_not known_NEET', '16 and 17 year olds not in education, employment or training, or not known', 'so-what', 'School and after 16'],
  ['FirstYJS', 'First-time entrants to the youth justice system, rate per 100,000 aged 10 to 17', 'so-what', 'Youth justice'],
];

/** LAIT's codes for England and the regions; a London borough's region is London as a whole. */
const REGION_CODES: Record<string, string> = {
  'North East': '980',
  'North West': '981',
  'Yorkshire and The Humber': '982',
  'East Midlands': '983',
  'West Midlands': '984',
  'East of England': '985',
  'Inner London': '986',
  'Outer London': '986',
  'South East': '989',
  'South West': '990',
};
const ENGLAND = '970';
/** England's row of first-time entrants is on another scale than its regions' (see data/README.md): left out. */
const LEFT_OUT: Record<string, string> = {
  FirstYJS:
    "England's published figure is left out: it does not fit the regional figures (1,258 per 100,000 in 2024 beside about 140), so it cannot be compared.",
};

/** The starter's data, made from the repository's data/ folder. */
export function makeStarterData(): StarterData {
  const councils = readCsvObjects(dataFile('geo', 'england-utla-2023-props.csv'));
  const rows = readCsvObjects(dataFile('dfe', 'lait_all_la_headline_long.csv'));
  const sn = readCsvObjects(dataFile('dfe', 'sn_model_2025_wide.csv'));
  const nameOf = new Map(rows.filter((r) => r['LA Number']).map((r) => [r['LA Number']!, r['LA and Regions']!.trim()]));

  return {
    licence: OGL,
    attribution: DFE_ATTRIBUTION,
    boundaryAttribution: `${UK_GEOJSON} Councils of 2023 made by dissolving 2013 districts with the ONS lower-to-upper tier lookup (Open Government Licence v3).`,
    source: 'Department for Education, Local Authority Interactive Tool (LAIT), headline indicators; statistical neighbours from the DfE 2025 model',
    england: ENGLAND,
    regions: Object.fromEntries([...new Set(Object.values(REGION_CODES))].map((code) => [code, nameOf.get(code)!])),
    councils: councils.map((c) => ({
      code: c.dfe_la_code!,
      ons: c.UTLA23CD!,
      name: nameOf.get(c.dfe_la_code!) ?? c.dfe_la_name!,
      region: REGION_CODES[c.region!]!,
    })),
    neighbours: Object.fromEntries(sn.map((r) => [r.old_la_code!.trim(), Array.from({ length: 10 }, (_, i) => r[`SN_${i + 1}`]!.trim()).filter(Boolean)])),
    measures: HEADLINES.map(([short, title, kind, heading]) => {
      const m = measure(short);
      const mine = rows.filter((r) => r['Short Desc'] === short);
      const years = [...new Set(mine.map((r) => r.Years!))].filter((y) => laitPeriod(m, y)).sort();
      const values: Record<string, (number | string | null)[]> = {};
      for (const r of mine) {
        const code = r['LA Number']!;
        if (code === ENGLAND && LEFT_OUT[short]) continue;
        values[code] ??= years.map(() => null);
        const i = years.indexOf(r.Years!);
        if (i >= 0) values[code]![i] = figure(r.Values!, m.decimals);
      }
      return {
        id: short,
        title,
        heading,
        measure: kind,
        definition: m.description || m.title,
        source: m.source,
        yearType: m.yearType,
        unit: unitOf(m),
        decimals: m.decimals,
        polarity: m.polarity,
        ...(m.link ? { link: m.link } : {}),
        ...(LEFT_OUT[short] ? { note: LEFT_OUT[short] } : {}),
        periods: years.map((y) => laitPeriod(m, y)!),
        values,
      };
    }),
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const data = makeStarterData();
  const out = join(REPO_ROOT, 'packages/feed-tools/data');
  writeFileSync(join(out, 'starter-data.json'), `${JSON.stringify(data)}\n`);
  copyFileSync(join(REPO_ROOT, 'docs/geo/england-utla-2023-derived-simplified.topojson'), join(out, 'england-councils.topojson'));
  console.log(
    `packages/feed-tools/data: starter-data.json (${data.measures.length} indicators, ${data.councils.length} councils) and england-councils.topojson`,
  );
}
