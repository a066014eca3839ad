import { readState } from '../model/read.js';
import { mergeStates, type ChecklistState } from '../model/state.js';

/** What happened to a draft, in words for the page; `aside` names the key unreadable data was moved to. */
export interface StoreReport {
  severity: 'info' | 'warning' | 'error';
  message: string;
  /** The unreadable text, kept so the page can offer it as a download. */
  aside?: { key: string; text: string } | undefined;
}

const PREFIX = 'scorecard-kit:checklist:v1';

/** The storage key of a checklist's draft: per feed, checklist and period, so that nothing collides. */
export function draftKey(feed: string, checklist: string, period: string | undefined): string {
  return [PREFIX, feed, checklist, period ?? 'any'].map(encodeURIComponent).join('|');
}

/** localStorage, or null where the browser refuses it (private modes, blocked cookies, sandboxed frames). */
function localStore(): Storage | null {
  try {
    const s = window.localStorage;
    return s ?? null;
  } catch {
    return null;
  }
}

/**
 * A checklist's draft in the browser's storage. Every save first merges what is stored (another
 * tab may have written since), so two tabs never overwrite each other's newer answers. Unreadable
 * drafts are moved aside, never deleted; a full or missing storage is reported and the form goes
 * on in memory.
 */
export class DraftStore {
  constructor(
    readonly key: string,
    private readonly storage: Storage | null = localStore(),
  ) {}

  get available(): boolean {
    return this.storage !== null;
  }

  /** The stored draft, if any, with what was wrong with it. */
  load(): { state: ChecklistState | null; reports: StoreReport[] } {
    if (!this.storage) {
      return { state: null, reports: [{ severity: 'warning', message: UNAVAILABLE }] };
    }
    let text: string | null;
    try {
      text = this.storage.getItem(this.key);
    } catch {
      return { state: null, reports: [{ severity: 'warning', message: UNAVAILABLE }] };
    }
    if (text === null) return { state: null, reports: [] };
    const r = readState(text);
    if (r.state && r.problems.length === 0) return { state: r.state, reports: [] };
    const aside = this.#keepAside(text);
    const where = aside.stored
      ? `It has been kept aside in this browser (under "${aside.key}")`
      : 'It could not be kept aside in this browser (storage is full), so download it now';
    if (!r.state) {
      return {
        state: null,
        reports: [
          {
            severity: 'error',
            message: `The draft saved for this checklist could not be read: ${r.problems.join(' ')} ${where}; the form starts empty.`,
            aside: { key: aside.key, text },
          },
        ],
      };
    }
    return {
      state: r.state,
      reports: [
        {
          severity: 'warning',
          message: `Parts of the draft saved for this checklist could not be read and were left out: ${r.problems.join(' ')} The whole draft, as it was, has been kept: ${where.replace(/^It/, 'it')}.`,
          aside: { key: aside.key, text },
        },
      ],
    };
  }

  /**
   * Saves the state merged with what is stored now, and returns the merged state (with any newer
   * answers from another tab) or the reason it could not be saved.
   */
  save(state: ChecklistState): { state: ChecklistState; report: StoreReport | null } {
    if (!this.storage) return { state, report: { severity: 'warning', message: UNAVAILABLE } };
    let merged = state;
    try {
      const stored = this.storage.getItem(this.key);
      const r = stored === null ? null : readState(stored);
      if (r?.state) merged = mergeStates(state, r.state);
      else if (stored !== null) this.#keepAside(stored);
      this.storage.setItem(this.key, JSON.stringify(merged));
      return { state: merged, report: null };
    } catch (e) {
      const full = e instanceof DOMException && (e.name === 'QuotaExceededError' || e.name === 'NS_ERROR_DOM_QUOTA_REACHED');
      return { state: merged, report: { severity: 'error', message: full ? FULL : UNAVAILABLE } };
    }
  }

  /** Calls back with the merged state whenever another tab saves this draft. Returns the unsubscribe. */
  listen(current: () => ChecklistState, onChange: (state: ChecklistState) => void): () => void {
    const handler = (e: StorageEvent) => {
      if (e.key !== this.key || e.newValue === null || e.storageArea !== this.storage) return;
      const r = readState(e.newValue);
      if (r.state) onChange(mergeStates(current(), r.state));
    };
    window.addEventListener('storage', handler);
    return () => window.removeEventListener('storage', handler);
  }

  #keepAside(text: string): { key: string; stored: boolean } {
    const key = `${this.key}|aside|${Date.now()}`;
    try {
      this.storage!.setItem(key, text);
      this.storage!.removeItem(this.key);
      return { key, stored: true };
    } catch {
      return { key, stored: false };
    }
  }
}

const UNAVAILABLE =
  "This browser is not letting the page keep a draft (storage is switched off or unavailable), so answers are kept only while this page is open. Export them (JSON) before you leave, or use the host page's own save.";
const FULL =
  "This browser's storage is full, so the latest answers could not be saved as a draft. They are kept on this page while it is open: export them (JSON) before you leave, or free some space.";
