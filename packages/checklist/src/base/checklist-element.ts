import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { download, ScWidget, type FeedData } from '@scorecard-kit/core';
import { readState } from '../model/read.js';
import { orphanKeys, stateCsv, type ChecklistSpec, type Gap } from '../model/spec.js';
import { emptyState, mergeStates, type ChecklistState } from '../model/state.js';
import { DraftStore, draftKey, type StoreReport } from '../store/draft-store.js';
import type { FieldHost } from './fields.js';

declare global {
  interface GlobalEventHandlersEventMap {
    /** The user changed an answer: the whole state, for a host page to save on its own server. */
    'sc-checklist-change': CustomEvent<{ state: ChecklistState }>;
  }
}

/**
 * What both checklist elements share: the answers, kept as a draft in the browser at every change
 * (namespaced by feed, checklist and period), restored on load, merged with other tabs, exported
 * and imported; `sc-checklist-change` after every change the user makes, never for `.state`.
 *
 * @fires {CustomEvent<{state: ChecklistState}>} sc-checklist-change - After every change the user makes, with every answer.
 */
export abstract class ChecklistElement extends ScWidget {
  @state() protected accessor answers: ChecklistState | null = null;
  @state() protected accessor reports: StoreReport[] = [];
  @state() protected accessor importProblems: string[] = [];
  @state() protected accessor gapList: Gap[] = [];
  @state() protected accessor savedAt: number | null = null;

  /** Keeps answers in this page only: no draft in the browser's storage (a host page that saves them itself). */
  @property({ type: Boolean, attribute: 'no-draft' }) accessor noDraft = false;

  #store: DraftStore | null = null;
  #unlisten: (() => void) | null = null;
  #pending: ChecklistState | null = null;

  /** The checklist to show for this feed, or a message saying why there is none. */
  protected abstract spec(feed: FeedData): ChecklistSpec | { error: string };

  /** The review period answers belong to, if any. */
  protected abstract reviewPeriod(feed: FeedData): string | undefined;

  /** The answers as they are now: the whole state, as `sc-checklist-change` carries it. */
  get state(): ChecklistState | null {
    return this.answers;
  }

  /** Loads saved answers (for example from the host page's server); fires no event. */
  set state(value: ChecklistState | null) {
    if (value === null) return;
    const r = readState(value);
    if (!r.state) {
      this.importProblems = r.problems;
      return;
    }
    this.#pending = r.state;
    if (this.answers && this.answers.checklist === r.state.checklist) this.#commit(r.state, false);
    this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#unlisten?.();
    this.#unlisten = null;
    this.#store = null;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const feed = this.data;
    if (!feed) return;
    const spec = this.spec(feed);
    if ('error' in spec) return;
    const period = this.reviewPeriod(feed);
    const k = draftKey(feed.title, spec.id, period);
    if (this.#store?.key === k && (this.noDraft || this.#unlisten)) return;
    this.#openDraft(feed, spec, period, k);
  }

  #openDraft(feed: FeedData, spec: ChecklistSpec, period: string | undefined, k: string): void {
    this.#unlisten?.();
    this.#unlisten = null;
    this.reports = [];
    this.gapList = [];
    let start = emptyState(feed.title, spec.id, period);
    this.#store = new DraftStore(k);
    if (!this.noDraft) {
      const loaded = this.#store.load();
      this.reports = loaded.reports;
      if (loaded.state) start = mergeStates(start, loaded.state);
      this.#unlisten = this.#store.listen(
        () => this.answers ?? start,
        (merged) => (this.answers = merged),
      );
    }
    const given = this.#pending?.checklist === spec.id ? this.#pending : null;
    this.#pending = null;
    this.answers = start;
    if (given) this.#commit(given, false);
    const orphans = orphanKeys(this.answers, spec);
    if (orphans.length) {
      this.reports = [
        ...this.reports,
        {
          severity: 'info',
          message: `${orphans.length} saved ${orphans.length === 1 ? 'answer is' : 'answers are'} for questions this checklist no longer asks. ${orphans.length === 1 ? 'It is' : 'They are'} kept with the draft and in the JSON export.`,
        },
      ];
    }
  }

  /** A change the user made: kept, saved as a draft at once, and announced with `sc-checklist-change`. */
  protected change(update: (s: ChecklistState, now: number) => ChecklistState): void {
    if (!this.answers) return;
    const next = update(this.answers, Date.now());
    if (next === this.answers) return;
    this.#commit(next, true);
  }

  #commit(next: ChecklistState, byUser: boolean): void {
    this.answers = this.noDraft ? next : this.#persist(next);
    if (byUser) this.dispatchEvent(new CustomEvent('sc-checklist-change', { detail: { state: this.answers }, bubbles: true, composed: true }));
  }

  #persist(next: ChecklistState): ChecklistState {
    if (!this.#store) return next;
    const r = this.#store.save(next);
    // One report about storage at a time: the latest is the one that matters.
    const others = this.reports.filter((x) => !x.message.startsWith('This browser'));
    this.reports = r.report ? [...others, r.report] : others;
    if (!r.report) this.savedAt = Date.now();
    return r.state;
  }

  /** The answers as JSON text, as "Export JSON" downloads them; "Import" reads this back. */
  exportJson(): string {
    return `${JSON.stringify(this.answers, null, 2)}\n`;
  }

  /** The answers as CSV text, as "Export CSV" downloads them. */
  exportCsv(): string {
    const feed = this.data;
    const spec = feed ? this.spec(feed) : null;
    return this.answers && spec && !('error' in spec) ? stateCsv(this.answers, spec) : '';
  }

  /**
   * Reads answers exported earlier. They are merged with what is on the page, field by field, the
   * newer winning, so an import never throws away a later answer. Returns what was wrong, if anything.
   */
  importJson(text: string): string[] {
    const r = readState(text);
    const problems = [...r.problems];
    if (r.state && this.answers && r.state.checklist !== this.answers.checklist) {
      problems.unshift(`These answers are for the checklist "${r.state.checklist}", not this one ("${this.answers.checklist}").`);
      this.importProblems = problems;
      return problems;
    }
    if (r.state && this.answers) this.#commit(mergeStates(this.answers, r.state), true);
    this.importProblems = problems;
    return problems;
  }

  protected fileName(ext: string): string {
    const a = this.answers;
    return `${(a?.checklist ?? 'checklist').replace(/[^\w-]+/g, '-')}${a?.period ? `-${a.period}` : ''}.${ext}`;
  }

  async #onImport(e: Event) {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    this.importJson(await file.text());
    input.value = '';
  }

  /** Export, import and print; the storage status beside them. */
  protected renderToolbar(): TemplateResult {
    return html`
      <div class="toolbar" part="toolbar">
        <button type="button" @click=${() => download(this.fileName('json'), this.exportJson(), 'application/json')}>Export JSON</button>
        <button type="button" @click=${() => download(this.fileName('csv'), this.exportCsv(), 'text/csv')}>Export CSV</button>
        <label class="import">Import JSON <input type="file" accept=".json,application/json" @change=${this.#onImport} /></label>
        <button type="button" @click=${() => window.print()}>Print</button>
      </div>
      <p class="saved" part="saved" role="status">${this.noDraft ? 'Answers are kept on this page only.' : this.savedAt ? `Draft saved in this browser at ${new Date(this.savedAt).toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' })}.` : ''}</p>
      ${this.reports.map(
        (r) => html`<div class="report ${r.severity}" role=${r.severity === 'info' ? 'status' : 'alert'} part="report">
          <p>${r.message}</p>
          ${r.aside ? html`<button type="button" @click=${() => download('unreadable-draft.json', r.aside!.text, 'application/json')}>Download the unreadable draft</button>` : nothing}
        </div>`,
      )}
      ${
        this.importProblems.length
          ? html`<div class="report error" role="alert" part="report">
            <p><strong>The file could not be imported${this.importProblems.length && this.answers ? ' in full' : ''}.</strong></p>
            <ul>${this.importProblems.map((p) => html`<li>${p}</li>`)}</ul>
          </div>`
          : nothing
      }
    `;
  }

  /** The GOV.UK error summary: what to finish, each linked to its field. */
  protected renderGaps(): TemplateResult | typeof nothing {
    if (!this.gapList.length) return nothing;
    return html`<div class="error-summary" role="alert" part="error-summary" tabindex="-1">
      <p class="error-summary-title">There is a problem: this cannot be marked complete yet</p>
      <ul>
        ${this.gapList.map((g) => html`<li><a href="#${g.target}" @click=${(e: Event) => this.#goTo(e, g.target)}>${g.message}</a></li>`)}
      </ul>
      <p>Your answers are saved as a draft meanwhile.</p>
    </div>`;
  }

  #goTo(e: Event, id: string) {
    e.preventDefault();
    const el = this.shadowRoot!.getElementById(id);
    el?.scrollIntoView({ block: 'center' });
    el?.focus();
  }

  /** What the field renderers use to read and change the answers. */
  protected get fields(): FieldHost {
    const answers = () => this.answers!;
    return {
      get answers() {
        return answers();
      },
      change: (u) => this.change(u),
      gapFor: (id) => this.gapFor(id),
    };
  }

  /** The message linked to a field with a gap, if it has one. */
  protected gapFor(id: string): Gap | undefined {
    return this.gapList.find((g) => g.target === id);
  }
}
