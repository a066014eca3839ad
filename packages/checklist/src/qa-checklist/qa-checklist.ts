import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { errorBox, statusLine, ScWidget, type FeedData, type FrameworkNode } from '@scorecard-kit/core';
import '@scorecard-kit/tiles/sc-indicator-tile.js';
import { ChecklistElement } from '../base/checklist-element.js';
import { checklistStyles } from '../base/checklist.styles.js';
import { actionsTable, radios, scaleOptions, textArea, today } from '../base/fields.js';
import { progress, qaSpec, type ChecklistSpec } from '../model/spec.js';
import { field, key, type ChecklistState } from '../model/state.js';
import { DraftStore, draftKey } from '../store/draft-store.js';
import { qaChecklistStyles } from './qa-checklist.styles.js';

/**
 * The quality-assurance questions of a framework node, each with the indicators it is asked of
 * shown beside it as compact tiles, so that the question and its data are read together. Each
 * question takes an answer on the feed's scale, notes, evidence and actions; the review belongs to
 * a period (the board's quarter), and last period's answers are shown for comparison. Answers are
 * kept as a draft in the browser at every change.
 *
 * @tagname sc-qa-checklist
 * @summary The QA questions of a priority with their data, answered, with notes, evidence and actions, per review period.
 *
 * @csspart toolbar - Export, import and print.
 * @csspart saved - When the draft was last saved.
 * @csspart report - A note about the draft: unreadable, full storage, answers kept aside.
 * @csspart progress - "7 of 12 reviewed, 2 not assured, 3 actions open, 1 overdue".
 * @csspart question - Each question with its data and answers.
 * @csspart previous - Last period's answer to a question.
 * @csspart actions - A question's actions.
 * @csspart error - The message shown when the questions cannot be shown.
 *
 * @cssprop [--sc-field-border=#0b0c0c] - The border of text boxes.
 * @cssprop [--sc-tile-grid-min=16rem] - The narrowest a question's tile may be before its tiles wrap to another row.
 *
 * @fires {CustomEvent<{state: ChecklistState}>} sc-checklist-change - After every change the user makes, with every answer.
 */
export class ScQaChecklist extends ChecklistElement {
  static override styles = [...ScWidget.styles, checklistStyles, qaChecklistStyles];

  /** A framework node id: its QA questions and those of every node beneath it. When absent, the node selected in another widget, else the first with questions. */
  @property({ reflect: true }) accessor node: string | undefined = undefined;

  /** Level of the questions' headings (their tiles' titles are one below): 2 by default, under a page's one `<h1>`; set it to sit under the page's own headings. */
  @property({ type: Number, attribute: 'heading-level' }) accessor headingLevel = 2;

  #previousCache: { key: string; state: ChecklistState | null } | undefined;

  #target(feed: FeedData): FrameworkNode | { error: string } {
    if (this.node) {
      return feed.nodes.get(this.node) ?? { error: `The feed "${feed.title}" has no framework node "${this.node}". Check the node attribute.` };
    }
    const chosen = this.selection?.kind === 'node' ? feed.nodes.get(this.selection.id) : undefined;
    if (chosen) return chosen;
    const first = [...feed.nodes.values()].find((n) => n.questions.length);
    return first ?? { error: `The feed "${feed.title}" has no QA questions in its framework.` };
  }

  protected spec(feed: FeedData): ChecklistSpec | { error: string } {
    const node = this.#target(feed);
    return 'error' in node ? node : qaSpec(feed, node);
  }

  /** The period under review: the one asked for (or shared), else the feed's latest. */
  protected reviewPeriod(feed: FeedData): string | undefined {
    return this.activePeriod ?? feed.periods[feed.periods.length - 1]?.id;
  }

  /** The period before, of the same kind: last quarter for a quarter. */
  #previousPeriod(feed: FeedData, period: string | undefined) {
    const i = period !== undefined ? (feed.periodIndex.get(period) ?? -1) : -1;
    const kind = feed.periods[i]?.kind;
    for (let j = i - 1; j >= 0; j--) if (feed.periods[j]!.kind === kind) return feed.periods[j];
    return undefined;
  }

  /** Last period's answers, read from this browser's drafts, never written. */
  #previousAnswers(feed: FeedData, spec: ChecklistSpec, period: string): ChecklistState | null {
    const k = draftKey(feed.title, spec.id, period);
    if (this.#previousCache?.key !== k) this.#previousCache = { key: k, state: this.noDraft ? null : new DraftStore(k).load().state };
    return this.#previousCache.state;
  }

  protected override render() {
    const waiting = this.renderFeedState();
    if (waiting) return waiting;
    const feed = this.data!;
    const spec = this.spec(feed);
    if ('error' in spec) return errorBox('These questions cannot be shown.', spec.error);
    if (!this.answers) return nothing;
    const period = this.reviewPeriod(feed);
    if (period && !feed.periodIndex.has(period)) {
      return errorBox('These questions cannot be shown.', `The feed "${feed.title}" has no period "${period}". Check the period attribute.`);
    }
    const periodLabel = period ? feed.periods[feed.periodIndex.get(period)!]!.label : undefined;
    const prev = this.#previousPeriod(feed, period);
    const before = prev ? this.#previousAnswers(feed, spec, prev.id) : null;
    const questions = spec.sections[0]!.questions;
    const p = progress(this.answers, spec, today());
    const f = this.fields;
    const scaleLabel = (v: unknown) => questions[0]?.answers.find((o) => o.value === v)?.label ?? String(v);
    return html`
      <p class="intro">QA questions for <strong>${spec.title}</strong>${periodLabel ? html`, review for ${periodLabel}` : nothing}.</p>
      ${this.renderToolbar()}
      <p class="progress" part="progress" role="status">${p.words}.</p>
      ${questions.length === 0 ? statusLine(`There are no QA questions for ${spec.title}.`) : nothing}
      <ol class="questions">
        ${questions.map((q, i) => {
          const last = before ? field(before, key.answer(q.id)) : null;
          const lastNotes = before ? field(before, key.notes(q.id)) : null;
          return html`<li class="question" part="question">
            <p role="heading" aria-level=${this.headingLevel} class="question-title" id="title-${q.id}">${i + 1}. ${q.text}</p>
            ${q.guidance ? html`<p class="hint">${q.guidance}</p>` : nothing}
            ${
              q.indicators.length
                ? html`<ul class="tiles" aria-label="The data this question is asked of">
                  ${q.indicators.map((id) => html`<li><sc-indicator-tile .feed=${this.feedForInner} indicator=${id} variant="compact" .period=${this.period} heading-level=${this.headingLevel + 1} defer></sc-indicator-tile></li>`)}
                </ul>`
                : nothing
            }
            ${
              prev
                ? html`<p class="previous" part="previous">
                  <strong>${prev.label}:</strong> ${last !== null ? scaleLabel(last) : 'not answered in this browser'}${lastNotes ? html` — ${lastNotes}` : nothing}
                </p>`
                : nothing
            }
            ${radios(f, { id: `q-${q.id}`, key: key.answer(q.id), legend: html`<span class="sr-only">${i + 1}. ${q.text}: </span>Answer${periodLabel ? ` for ${periodLabel}` : ''}`, options: scaleOptions(q.answers), inline: true })}
            <div class="texts">
              ${textArea(f, { id: `notes-${q.id}`, key: key.notes(q.id), label: `Notes on question ${i + 1}` })}
              ${textArea(f, { id: `evidence-${q.id}`, key: key.evidence(q.id), label: `Evidence for question ${i + 1}` })}
            </div>
            ${actionsTable(f, { question: q.id, caption: `Actions for question ${i + 1}`, today: today() })}
          </li>`;
        })}
      </ol>
    `;
  }
}
