// What the feed studio's page and its worker say to each other.

/** A problem to show: where (a cell, or a JSON path and line), what, and which help explains the fix. */
export interface StudioProblem {
  at: string;
  message: string;
  /** The id of the help section on the page: "help-values-value", "help-values" or "help-json". */
  help: string;
}

export type FromWorker =
  | { type: 'progress'; sheet: string; rows: number; fraction?: number }
  | {
      type: 'done';
      /** What was read: "workbook.xlsx", "8 CSV files", "feed.json". */
      read: string;
      errors: StudioProblem[];
      warnings: StudioProblem[];
      /** The feed as JSON, when it is usable. */
      json: string | null;
      counts: { indicators: number; periods: number; figures: number } | null;
      /** Each indicator's breakdowns (ethnicity, sex…), for the preview to show one element each. */
      breakdowns?: { indicator: string; breakdown: string }[];
      /** What adding the workbook to a starter did, in words. */
      notes?: string[];
    }
  | { type: 'failed'; message: string };

export interface ToWorker {
  files: File[];
  /** A council's starter feed (JSON) that a workbook's indicators are added to, when the analyst began from one. */
  base?: string;
}
