import { html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { errorBox, ScWidget, type FeedData } from '@scorecard-kit/core';
import { ChecklistElement } from '../base/checklist-element.js';
import { checklistStyles } from '../base/checklist.styles.js';
import { actionsTable, radios, textArea, textInput, today } from '../base/fields.js';
import { auditSpec, gaps, progress, type ChecklistSpec } from '../model/spec.js';
import { field, key, setField } from '../model/state.js';
import { auditFormStyles } from './audit-form.styles.js';

/**
 * A checklist from the feed laid out as the case-file audit tool: the record details, each section's
 * questions with Yes / No / N/A and evidence, the comment boxes, a grade per section with the grade
 * descriptors at hand, the overall judgement and the actions table. Every change is kept as a draft
 * in the browser at once; "Mark as complete" lists what is missing first (GOV.UK error summary)
 * and never stops a draft being saved.
 *
 * @tagname sc-audit-form
 * @summary The case-file audit tool: questions, evidence, grades, judgement and actions, saved as you go.
 *
 * @csspart toolbar - Export, import and print.
 * @csspart saved - When the draft was last saved.
 * @csspart report - A note about the draft: unreadable, full storage, answers kept aside.
 * @csspart error-summary - What to finish before the audit can be marked complete.
 * @csspart section - Each section of the audit.
 * @csspart actions - The actions table.
 * @csspart error - The message shown when the checklist cannot be shown.
 *
 * @cssprop [--sc-field-border=#0b0c0c] - The border of text boxes.
 * @cssprop [--sc-color-button=#00703c] - The "Mark as complete" button.
 *
 * @fires {CustomEvent<{state: ChecklistState}>} sc-checklist-change - After every change the user makes, with every answer.
 */
export class ScAuditForm extends ChecklistElement {
  static override styles = [...ScWidget.styles, checklistStyles, auditFormStyles];

  /** The id of one of the feed's checklists; the first when absent. */
  @property({ reflect: true }) accessor checklist: string | undefined = undefined;

  /** Level of the section headings. */
  @property({ type: Number, attribute: 'heading-level' }) accessor headingLevel = 2;

  protected spec(feed: FeedData): ChecklistSpec | { error: string } {
    const id = this.checklist ?? feed.checklists.keys().next().value;
    if (id === undefined) return { error: `The feed "${feed.title}" has no checklists.` };
    const c = feed.checklists.get(id);
    if (!c) {
      const ids = [...feed.checklists.keys()];
      return {
        error: `The feed "${feed.title}" has no checklist "${id}". Check the checklist attribute${ids.length ? `; it has ${ids.map((i) => `"${i}"`).join(', ')}` : ''}.`,
      };
    }
    return auditSpec(c);
  }

  protected reviewPeriod(): string | undefined {
    return this.period || undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Once the summary is showing, it follows the answers: a gap filled leaves the list.
    if (!this.gapList.length || !this.answers || !this.data) return;
    const spec = this.spec(this.data);
    if ('error' in spec) return;
    const now = gaps(this.answers, spec);
    if (now.map((g) => g.message).join('\n') !== this.gapList.map((g) => g.message).join('\n')) this.gapList = now;
  }

  protected override render() {
    const waiting = this.renderFeedState();
    if (waiting) return waiting;
    const spec = this.spec(this.data!);
    if ('error' in spec) return errorBox('This checklist cannot be shown.', spec.error);
    if (!this.answers) return nothing;
    const f = this.fields;
    const h = (text: string, cls = '') => html`<p role="heading" aria-level=${this.headingLevel} class="heading ${cls}">${text}</p>`;
    const sub = (text: string) => html`<p role="heading" aria-level=${this.headingLevel + 1} class="subheading">${text}</p>`;
    const done = field(this.answers, key.complete) === true;
    const p = progress(this.answers, spec, today(), []);
    return html`
      ${this.renderToolbar()} ${this.renderGaps()}
      <p class="progress" part="progress">${done ? 'Marked complete. ' : ''}${p.words}.</p>
      ${
        spec.record.length
          ? html`<section part="section" aria-label="Record details">
            ${h('Record details')}
            <div class="record">${spec.record.map((r) => textInput(f, { id: `record-${r.id}`, key: key.record(r.id), label: r.label }))}</div>
          </section>`
          : nothing
      }
      ${spec.sections.map(
        (s, si) => html`<section part="section" aria-label=${s.title}>
          ${h(`${si + 1}. ${s.title}`)}
          ${s.questions.map(
            (q, qi) => html`<div class="question">
              ${radios(f, {
                id: `q-${q.id}`,
                key: key.answer(q.id),
                legend: `${si + 1}.${qi + 1} ${q.text}`,
                hint: q.guidance,
                options: q.answers.map((o) => ({ value: o.value, label: o.label })),
                inline: q.answers.length <= 3,
              })}
              ${q.evidence ? textArea(f, { id: `evidence-${q.id}`, key: key.evidence(q.id), label: `Evidence for ${si + 1}.${qi + 1}` }) : nothing}
            </div>`,
          )}
          ${s.comments.map((c) => textArea(f, { id: `comment-${s.id}-${c.id}`, key: key.comment(s.id, c.id), label: c.label, rows: 3 }))}
          ${
            s.graded && spec.grades.length
              ? html`${this.#renderDescriptors(spec, 'What the grades mean')}${radios(f, {
                  id: `grade-${s.id}`,
                  key: key.grade(s.id),
                  legend: `Grade for ${s.title}`,
                  options: spec.grades.map((g) => ({ value: g.value, label: `${g.value} ${g.label}` })),
                  inline: true,
                })}`
              : nothing
          }
        </section>`,
      )}
      ${
        spec.grades.length
          ? html`<section part="section" aria-label="Overall judgement">
            ${h('Overall judgement')}
            ${this.#renderDescriptors(spec, 'Grade descriptors')}
            ${radios(f, {
              id: 'overall',
              key: key.overall,
              legend: 'Overall judgement of the file',
              options: spec.grades.map((g) => ({ value: g.value, label: `${g.value} ${g.label}` })),
            })}
          </section>`
          : nothing
      }
      ${
        spec.actions
          ? html`<section part="section" aria-label="Actions">
            ${h('Actions')} ${sub('To close the loop: what is to be done, by whom, by when')}
            ${actionsTable(f, { caption: 'Actions from this audit', today: today() })}
          </section>`
          : nothing
      }
      <div class="complete">
        ${
          done
            ? html`<button type="button" @click=${() => this.change((s, now) => setField(s, key.complete, false, now))}>Reopen</button>`
            : html`<button type="button" class="primary" @click=${() => this.#markComplete(spec)}>Mark as complete</button>`
        }
      </div>
    `;
  }

  /** The grade descriptors, at hand wherever a grade is chosen. */
  #renderDescriptors(spec: ChecklistSpec, summary: string) {
    if (!spec.grades.some((g) => g.descriptor)) return nothing;
    return html`<details class="descriptors">
      <summary>${summary}</summary>
      <dl>${spec.grades.map((g) => html`<dt>${g.value} ${g.label}</dt><dd>${g.descriptor ?? ''}</dd>`)}</dl>
    </details>`;
  }

  async #markComplete(spec: ChecklistSpec) {
    this.gapList = gaps(this.answers!, spec);
    if (this.gapList.length === 0) {
      this.change((s, now) => setField(s, key.complete, true, now));
      return;
    }
    await this.updateComplete;
    this.shadowRoot!.querySelector<HTMLElement>('.error-summary')?.focus();
  }
}
