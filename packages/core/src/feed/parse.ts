/**
 * The full feed reader: checks each piece quickly, and where one does not fit says, for each
 * problem, where it is and what to do (`full-shapes.ts`, generated from the valibot shapes, so that
 * no page carries valibot). Used by the CLI, the feed studio and the tests, and by the widgets
 * only when the quick reader (`quick.ts`) finds a problem, so that a good feed loads none of this.
 */
import { FULL_SHAPES } from './full-shapes.js';
import type { Issue } from './full-check.js';
import { problem } from './problems.js';
import { locateJsonError } from './json-error.js';
import { issuesToProblems, leftOutWords, words } from './messages.js';
import { FeedReader, type Reading } from './reader.js';
import { QUICK_SHAPES } from './quick-shapes.js';
import type { ParseResult, Problem } from './types.js';

export { DEFAULT_QA_SCALE } from './reader.js';

/**
 * Reads a feed (its JSON text, or an object already parsed) and returns it validated and indexed,
 * with every problem found. Never throws: a feed that cannot be used comes back with `feed: null`
 * and at least one error; what can still be shown is shown, with warnings.
 */
export function parseFeed(input: unknown): ParseResult {
  const errors: Problem[] = [];
  const warnings: Problem[] = [];
  const record = (p: Problem) => (p.severity === 'error' ? errors : warnings).push(p);
  const reading: Reading = {
    fit(shape, x, path, severity, leftOut) {
      if (QUICK_SHAPES[shape](x)) return x as never;
      // Refused quickly: the full check says why, or gives the value without the keys it does not know.
      const issues: Issue[] = [];
      const [, output] = FULL_SHAPES[shape](x, [], issues);
      if (!issues.length) return output as never;
      issuesToProblems(issues, path, severity, leftOut ? leftOutWords(leftOut) : '').forEach(record);
      return undefined;
    },
    problem(severity, path, say) {
      record(problem(severity, say[0].split('/')[0]!, path, words(say)));
    },
  };
  try {
    const raw = typeof input === 'string' ? readText(input, errors) : input;
    const feed = raw === UNREADABLE ? null : new FeedReader(reading).read(raw);
    return { feed: errors.length ? null : feed, errors, warnings };
  } catch (e) {
    errors.push(
      problem(
        'error',
        'internal',
        '',
        `Scorecard Kit could not read this feed (${e instanceof Error ? e.message : String(e)}). This is a fault in the kit: please report it with the feed.`,
      ),
    );
    return { feed: null, errors, warnings };
  }
}

/** What readText returns when the text is not JSON (the error is already recorded). */
const UNREADABLE = Symbol('unreadable');

function readText(text: string, errors: Problem[]): unknown {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const trimmed = body.trim();
  if (!trimmed) {
    errors.push(problem('error', 'empty', '', 'The feed is empty: the file or response has no text. Check that the address is right and the file was saved.'));
    return UNREADABLE;
  }
  if (trimmed.startsWith('<')) {
    errors.push(
      problem(
        'error',
        'not-json',
        '',
        'The feed is HTML or XML, not JSON: the address probably points at a web page or an error page rather than the feed file.',
      ),
    );
    return UNREADABLE;
  }
  try {
    return JSON.parse(body);
  } catch {
    const where = locateJsonError(body);
    errors.push({
      ...problem(
        'error',
        'json-syntax',
        '',
        `The feed is not valid JSON: ${where.reason} at line ${where.line}, column ${where.column}. Fix the text there (a JSON validator or editor will show it).`,
      ),
      line: where.line,
      column: where.column,
    });
    return UNREADABLE;
  }
}
