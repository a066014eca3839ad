/**
 * @scorecard-kit/feed-tools: the command line's pieces, for scripts of your own. Building a feed
 * (buildFeed, buildFeedFrom, csvSource, workbookSources) runs in browsers too; the rest is Node only.
 */
export { importEes, neighboursFrom, eesPeriod, type EesImport, type EesProblem } from './ees.js';
export { diffFeeds, diffReport, type FeedDiff, type Change } from './diff.js';
export { validationReport, problemLine } from './report.js';
export { parseCsv, readCsvObjects } from './csv.js';
export { main } from './cli.js';
export { feedToSheets } from './export.js';
export { SHEETS, REQUIRED_SHEETS, columnLetter } from './sheets.js';
export { buildFeed, buildFeedFrom, type SheetProblem, type SheetSource, type SheetRows, type BuildProgress, type BuildResult } from './build.js';
export { csvSource, workbookSources } from './sources.js';
export { openWorkbook, WorkbookError, type StreamedSheet } from './xlsx/workbook.js';
export { jsonText, writeJson } from './json.js';
