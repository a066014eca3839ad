/**
 * The quick reader, which the widgets try first: the same reader as `parseFeed`, checking shapes
 * with `quick-shapes.ts` and giving up at the first problem, so that it needs neither the full
 * checks nor the words for problems. A test keeps its answer, whenever it gives one, the same as parseFeed's.
 */
import { FeedReader, type Reading } from './reader.js';
import { FILE_MISSING, problem } from './problems.js';
import { QUICK_SHAPES } from './quick-shapes.js';
import type { FeedData, ParseResult } from './types.js';

const PROBLEM = Symbol('problem');

const reading: Reading = {
  fit(shape, x) {
    if (QUICK_SHAPES[shape](x)) return x as never;
    throw PROBLEM;
  },
  problem() {
    throw PROBLEM;
  },
};

/**
 * The feed (its JSON text, or an object already parsed) read and indexed when it has no problem
 * at all, as parseFeed would give it; null when it has one (then parseFeed says what).
 */
export function quickParse(input: unknown): FeedData | null {
  try {
    return new FeedReader(reading).read(typeof input === 'string' ? JSON.parse(input.charCodeAt(0) === 0xfeff ? input.slice(1) : input) : input);
  } catch {
    // A problem, text that is not JSON, or a fault in the kit: parseFeed says which.
    return null;
  }
}

/**
 * Reads a feed as parseFeed does, loading parseFeed (the full checks and the words for problems) only
 * when the quick reader finds a problem.
 */
export async function readFeed(input: unknown): Promise<ParseResult> {
  const feed = quickParse(input);
  if (feed) return { feed, errors: [], warnings: [] };
  let parse: typeof import('./parse.js');
  try {
    parse = await import('./parse.js');
  } catch {
    // Offline, or the kit copied without the file beside it that has the full checks. A feed
    // with only a warning needs them too, to say what the warning is.
    const message = `This feed needs the kit's full feed checker, a file beside the kit's script, which did not arrive. ${FILE_MISSING}`;
    return { feed: null, errors: [problem('error', 'checker-missing', '', message)], warnings: [] };
  }
  return parse.parseFeed(input);
}
