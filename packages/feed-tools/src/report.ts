import type { Problem } from '@scorecard-kit/core/feed';

/** One problem as a line for a terminal: where (line and column, or JSON path), what, and what to do. */
export function problemLine(file: string, p: Problem): string {
  const at = p.line !== undefined ? `${file}:${p.line}${p.column !== undefined ? `:${p.column}` : ''}` : file;
  return `${at}: ${p.severity} ${p.code}${p.path ? ` at ${p.path}` : ''}: ${p.message}`;
}

/** The result of checking a feed, as the terminal shows it. */
export function validationReport(
  file: string,
  errors: readonly Problem[],
  warnings: readonly Problem[],
  counts?: { indicators: number; periods: number },
): string {
  const lines = [...errors, ...warnings].map((p) => problemLine(file, p));
  const verdict = errors.length
    ? `${file}: NOT usable: ${errors.length} ${errors.length === 1 ? 'error' : 'errors'}, ${warnings.length} ${warnings.length === 1 ? 'warning' : 'warnings'}.`
    : `${file}: usable${counts ? ` (${counts.indicators} indicators, ${counts.periods} periods)` : ''}${warnings.length ? `, with ${warnings.length} ${warnings.length === 1 ? 'warning' : 'warnings'}: what they name was left out or ignored` : ', no problems'}.`;
  return [...lines, verdict].join('\n');
}
