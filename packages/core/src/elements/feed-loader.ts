import { Task, TaskStatus } from '@lit/task';
import type { ReactiveControllerHost } from 'lit';
import { readFeed } from '../feed/quick.js';
import { problem } from '../feed/problems.js';
import type { FeedData, ParseResult, Problem } from '../feed/types.js';

/** Where a feed comes from: an object given as a property, a URL, or the text of an inline script. */
export interface FeedSource {
  feed?: unknown;
  src?: string | undefined;
  inline?: string | undefined;
}

export interface LoadState {
  status: 'idle' | 'loading' | 'ready' | 'error';
  feed: FeedData | null;
  errors: Problem[];
  warnings: Problem[];
  /** Set when the latest refresh failed and the figures shown are the last good ones. */
  stale: { since: Date; reason: string } | null;
  /** When the figures shown were loaded. */
  loadedAt: Date | null;
}

const IDLE: LoadState = { status: 'idle', feed: null, errors: [], warnings: [], stale: null, loadedAt: null };

/**
 * Loads and parses a feed for a host element, from whichever source it has. A newer source always
 * wins over a slower older one (the older request is aborted), and `refresh()` has the browser
 * revalidate its copy, reads the feed again only when it changed, and keeps the last good figures
 * when it fails.
 */
export class FeedLoader {
  state: LoadState = IDLE;
  /**
   * The last feed read from `src`, with its text, so that an unchanged feed is not read again. The
   * feed is kept to check it is the one shown: a refresh cut short by another may have read one
   * that never was.
   */
  #read: { feed: FeedData; text: string } | null = null;
  #lastKey: unknown = undefined;
  readonly #task: Task<[FeedSource], LoadState>;

  constructor(
    host: ReactiveControllerHost,
    private readonly source: () => FeedSource,
    private readonly options: { timeout: () => number; onChange: (state: LoadState, previous: LoadState) => void },
  ) {
    this.#task = new Task(host, {
      args: () => {
        const s = this.source();
        return [{ feed: s.feed, src: s.src, inline: s.inline }] as [FeedSource];
      },
      argsEqual: ([a], [b]) => a.feed === b.feed && a.src === b.src && a.inline === b.inline,
      task: ([s], { signal }) => this.#load(s, signal),
      onComplete: (next) => {
        const previous = this.state;
        this.state = next;
        this.options.onChange(next, previous);
      },
    });
  }

  get pending(): boolean {
    return this.#task.status === TaskStatus.PENDING;
  }

  /** Settles when the current load has finished (whether it gave a feed or errors). */
  get complete(): Promise<unknown> {
    return this.#task.taskComplete;
  }

  /** Fetches the same source again; a failure keeps the figures already shown. */
  refresh(): Promise<unknown> {
    return this.#task.run();
  }

  async #load(s: FeedSource, signal: AbortSignal): Promise<LoadState> {
    const key = s.feed ?? s.src ?? s.inline;
    const sameSource = key === this.#lastKey;
    this.#lastKey = key;
    if (!sameSource) this.#read = null;
    if (isFeedData(s.feed)) return { ...IDLE, status: 'ready', feed: s.feed, loadedAt: new Date() };
    if (s.feed !== undefined && s.feed !== null) return this.#parsed(await readFeed(s.feed));
    if (s.src) return this.#fetchFeed(s.src, signal, sameSource);
    if (s.inline !== undefined) return this.#parsed(await readFeed(s.inline));
    return IDLE;
  }

  #parsed(r: ParseResult): LoadState {
    return { status: r.feed ? 'ready' : 'error', feed: r.feed, errors: r.errors, warnings: r.warnings, stale: null, loadedAt: new Date() };
  }

  async #fetchFeed(src: string, signal: AbortSignal, isRefresh: boolean): Promise<LoadState> {
    const timeout = this.options.timeout();
    const timer = new AbortController();
    const id = timeout > 0 ? setTimeout(() => timer.abort(), timeout * 1000) : undefined;
    signal.addEventListener('abort', () => timer.abort(), { once: true });
    try {
      // Only CORS-safelisted headers, so that a feed on another host (a CDN, an open-data portal)
      // needs no preflight, which such hosts often refuse. A refresh does not send If-None-Match
      // or If-Modified-Since itself (neither is safelisted): `no-cache` has the browser revalidate
      // its copy with them, and a 304 arrives here as the cached 200.
      const res = await fetch(src, {
        headers: { Accept: 'application/json' },
        signal: timer.signal,
        credentials: 'same-origin',
        cache: isRefresh ? 'no-cache' : 'default',
      });
      if (!res.ok) return this.#failed(isRefresh, httpMessage(src, res.status, res.statusText), 'http');
      const text = await res.text();
      // The same feed (revalidated, or sent again whole): the figures shown stay, not read again.
      // (Comparing the text works whatever the server sends: another origin's ETag is not readable.)
      const shown = this.state.feed;
      if (isRefresh && shown && this.#read?.feed === shown && this.#read.text === text) return { ...this.state, stale: null, loadedAt: new Date() };
      const r = await readFeed(text);
      if (!r.feed) return this.#failed(isRefresh, null, '', r);
      // Boundary files and other addresses in the feed are relative to where it came from.
      r.feed.url = res.url || new URL(src, document.baseURI).href;
      this.#read = { feed: r.feed, text };
      return this.#parsed(r);
    } catch (e) {
      if (signal.aborted) throw e; // superseded by a newer source: the Task drops this run
      const timedOut = timer.signal.aborted;
      return this.#failed(
        isRefresh,
        timedOut
          ? `The feed at ${src} did not answer within ${timeout} seconds. Check the address and the server, or raise the timeout.`
          : `The feed could not be fetched from ${src}: the network failed, or the server does not let this page read it (cross-origin). Check the address and the server's CORS settings.`,
        timedOut ? 'timeout' : 'network',
      );
    } finally {
      clearTimeout(id);
    }
  }

  /** A failed load: an error state, unless figures are already shown, which are kept and marked stale. */
  #failed(isRefresh: boolean, message: string | null, code: string, result?: ParseResult): LoadState {
    const errors = result ? result.errors : [problem('error', code, '', message!)];
    const previous = this.state;
    if (previous.feed && isRefresh) {
      const reason = errors.map((e) => e.message).join(' ');
      return { ...previous, status: 'ready', stale: { since: previous.stale?.since ?? previous.loadedAt ?? new Date(), reason } };
    }
    return { status: 'error', feed: null, errors, warnings: result?.warnings ?? [], stale: null, loadedAt: null };
  }
}

/** A feed already read (a widget handing its feed to the widgets it draws), used as it is. */
function isFeedData(x: unknown): x is FeedData {
  return typeof x === 'object' && x !== null && (x as FeedData).periodIndex instanceof Map && (x as FeedData).indicators instanceof Map;
}

function httpMessage(src: string, status: number, statusText: string): string {
  const what = `${status}${statusText ? ` ${statusText}` : ''}`;
  if (status === 404) return `No feed was found at ${src} (HTTP ${what}). Check the address.`;
  if (status === 401 || status === 403) return `The server refused to give the feed at ${src} (HTTP ${what}). It may need a login, or not allow this page.`;
  if (status >= 500) return `The server failed while sending the feed at ${src} (HTTP ${what}). Try again later, or tell whoever runs the server.`;
  return `The feed at ${src} could not be loaded (HTTP ${what}).`;
}
