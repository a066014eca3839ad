// The map's boundary files, checked as the map would read them: a feed whose boundary file is
// missing, has no such object, or keys its shapes by ids no area has would draw no map.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { boundaryProblems, joinPath, type FeedData, type Problem } from '@scorecard-kit/core/feed';

/** A URL the command line can open: not http(s), data: or protocol-relative. */
const isLocal = (url: string) => !/^[a-z][a-z0-9+.-]*:|^\/\//i.test(url);

/**
 * Problems with each boundary file of a feed read from `feedPath`: inline ones and local files
 * (resolved from the feed's folder, as the map resolves them from the feed's URL). Remote files are
 * listed in `unchecked`, not fetched.
 */
export function checkBoundaryFiles(feed: FeedData, feedPath: string): { problems: Problem[]; unchecked: string[] } {
  const problems: Problem[] = [];
  const unchecked: string[] = [];
  feed.boundaries.forEach((b, i) => {
    const path = joinPath(joinPath('', 'boundaries'), i);
    if (b.data) {
      problems.push(...boundaryProblems(feed, i, b.data));
      return;
    }
    if (!b.url) {
      problems.push({
        severity: 'error',
        code: 'boundary-unreadable',
        path,
        message: "The boundary has neither a url nor data: give the file's url, relative to the feed.",
      });
      return;
    }
    if (!isLocal(b.url)) {
      unchecked.push(b.url);
      return;
    }
    const file = resolve(dirname(feedPath), decodeURI(b.url.split(/[?#]/)[0]!));
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (e) {
      const why = (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'there is no such file' : (e as Error).message;
      problems.push({
        severity: 'error',
        code: 'boundary-unreadable',
        path: joinPath(path, 'url'),
        message: `The boundary file "${b.url}" cannot be read (${file}): ${why}.`,
      });
      return;
    }
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (e) {
      problems.push({
        severity: 'error',
        code: 'boundary-unreadable',
        path: joinPath(path, 'url'),
        message: `The boundary file "${b.url}" is not valid JSON: ${(e as Error).message}.`,
      });
      return;
    }
    problems.push(...boundaryProblems(feed, i, data).map((p) => ({ ...p, message: `${b.url}: ${p.message}` })));
  });
  return { problems, unchecked };
}
