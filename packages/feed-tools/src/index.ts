/**
 * @scorecard-kit/feed-tools: the command line's pieces, for scripts of your own. Node only.
 */
export { importEes, neighboursFrom, eesPeriod, type EesImport, type EesProblem } from './ees.js';
export { diffFeeds, diffReport, type FeedDiff, type Change } from './diff.js';
export { validationReport, problemLine } from './report.js';
export { parseCsv, readCsvObjects } from './csv.js';
export { main } from './cli.js';
export { buildFeed, type SheetProblem } from './build.js';
export { feedToSheets } from './export.js';
export { SHEETS, REQUIRED_SHEETS, columnLetter } from './sheets.js';
export { readWorkbook } from './workbook.js';
