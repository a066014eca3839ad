import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { ScaleOption } from '@scorecard-kit/core';
import { field, liveActions, newActionId, putAction, removeAction, setField, type ActionItem, type ChecklistState, type FieldValue } from '../model/state.js';
import type { Gap } from '../model/spec.js';

/** What the field renderers need from the element: the answers, a way to change them, and its gaps. */
export interface FieldHost {
  answers: ChecklistState;
  change(update: (s: ChecklistState, now: number) => ChecklistState): void;
  gapFor(id: string): Gap | undefined;
}

const errorFor = (host: FieldHost, id: string) => {
  const gap = host.gapFor(id);
  return gap ? html`<p class="field-error" id="${id}-error"><span class="sr-only">Error:</span> ${gap.message}</p>` : nothing;
};

/**
 * A set of radio buttons in a fieldset, its legend the question: GOV.UK's radios pattern. The
 * first radio carries `id` so that an error summary can link to the group.
 */
export function radios(
  host: FieldHost,
  o: {
    id: string;
    key: string;
    legend: TemplateResult | string;
    hint?: string | undefined;
    options: { value: FieldValue; label: string; hint?: string | undefined }[];
    inline?: boolean;
  },
): TemplateResult {
  const current = field(host.answers, o.key);
  const gap = host.gapFor(o.id);
  return html`<fieldset class="radios ${o.inline ? 'inline' : ''} ${gap ? 'has-error' : ''}" aria-describedby=${[o.hint ? `${o.id}-hint` : '', gap ? `${o.id}-error` : ''].filter(Boolean).join(' ') || nothing}>
    <legend>${o.legend}</legend>
    ${o.hint ? html`<p class="hint" id="${o.id}-hint">${o.hint}</p>` : nothing}
    ${errorFor(host, o.id)}
    <div class="options">
      ${o.options.map(
        (opt, i) => html`<label class="option">
          <input
            type="radio"
            id=${i === 0 ? o.id : `${o.id}-${i}`}
            name=${o.id}
            .checked=${live(current === opt.value)}
            @change=${() => host.change((s, now) => setField(s, o.key, opt.value, now))}
          /><span>${opt.label}${opt.hint ? html`<span class="option-hint">${opt.hint}</span>` : nothing}</span>
        </label>`,
      )}
    </div>
    ${current !== null && o.options.every((opt) => opt.value !== current) ? html`<p class="hint">Saved answer "${String(current)}" is not one of these options; it is kept.</p>` : nothing}
  </fieldset>`;
}

/** A scale's options as radio options. */
export const scaleOptions = (scale: readonly ScaleOption[]) => scale.map((o) => ({ value: o.value, label: o.label }));

/** A labelled text box, saved at every keystroke. */
export function textArea(host: FieldHost, o: { id: string; key: string; label: string; rows?: number }): TemplateResult {
  const value = field(host.answers, o.key);
  return html`<div class="text-field">
    <label for=${o.id}>${o.label}</label>
    <textarea id=${o.id} rows=${o.rows ?? 2} .value=${live(value === null ? '' : String(value))} @input=${(e: Event) => host.change((s, now) => setField(s, o.key, (e.target as HTMLTextAreaElement).value, now))}></textarea>
  </div>`;
}

export function textInput(host: FieldHost, o: { id: string; key: string; label: string }): TemplateResult {
  const value = field(host.answers, o.key);
  return html`<div class="text-field">
    <label for=${o.id}>${o.label}</label>
    <input type="text" id=${o.id} .value=${live(value === null ? '' : String(value))} @input=${(e: Event) => host.change((s, now) => setField(s, o.key, (e.target as HTMLInputElement).value, now))} />
  </div>`;
}

/** The actions table ("close the loop"): what, owner, date for completion, done; add and remove. */
export function actionsTable(host: FieldHost, o: { question?: string | undefined; caption: string; today: string }): TemplateResult {
  const rows = liveActions(host.answers, o.question);
  const set = (a: ActionItem, patch: Partial<ActionItem>) => host.change((s, now) => putAction(s, { ...a, ...patch }, now));
  const add = () =>
    host.change((s, now) =>
      putAction(s, { id: newActionId(now), text: '', owner: '', due: '', done: false, ...(o.question ? { question: o.question } : {}) }, now),
    );
  return html`<div class="actions" part="actions">
    ${
      rows.length
        ? html`<table>
          <caption>${o.caption}</caption>
          <thead><tr><th scope="col">Action</th><th scope="col">Owner</th><th scope="col">Date for completion</th><th scope="col">Done</th><th scope="col"><span class="sr-only">Remove</span></th></tr></thead>
          <tbody>
            ${rows.map((a, i) => {
              const overdue = !a.done && a.due !== '' && a.due < o.today;
              const n = i + 1;
              return html`<tr class=${overdue ? 'overdue' : ''}>
                <td>
                  <label class="cell-label" for="action-${a.id}-text">Action ${n}</label>
                  <textarea id="action-${a.id}-text" rows="2" aria-invalid=${host.gapFor(`action-${a.id}-text`) ? 'true' : 'false'} .value=${live(a.text)} @input=${(e: Event) => set(a, { text: (e.target as HTMLTextAreaElement).value })}></textarea>
                  ${errorFor(host, `action-${a.id}-text`)}
                </td>
                <td><label class="cell-label" for="action-${a.id}-owner">Owner of action ${n}</label><input type="text" id="action-${a.id}-owner" .value=${live(a.owner)} @input=${(e: Event) => set(a, { owner: (e.target as HTMLInputElement).value })} /></td>
                <td>
                  <label class="cell-label" for="action-${a.id}-due">Date for completion of action ${n}</label>
                  <input type="date" id="action-${a.id}-due" aria-invalid=${host.gapFor(`action-${a.id}-due`) ? 'true' : 'false'} aria-describedby=${overdue ? `action-${a.id}-overdue` : nothing} .value=${live(a.due)} @change=${(e: Event) => set(a, { due: (e.target as HTMLInputElement).value })} />
                  ${overdue ? html`<p class="overdue-note" id="action-${a.id}-overdue">Overdue</p>` : nothing}
                  ${errorFor(host, `action-${a.id}-due`)}
                </td>
                <td class="done"><input type="checkbox" id="action-${a.id}-done" .checked=${live(a.done)} @change=${(e: Event) => set(a, { done: (e.target as HTMLInputElement).checked })} /><label class="cell-label" for="action-${a.id}-done">Action ${n} done</label></td>
                <td><button type="button" class="secondary" @click=${() => host.change((s, now) => removeAction(s, a.id, now))}>Remove<span class="sr-only"> action ${n}</span></button></td>
              </tr>`;
            })}
          </tbody>
        </table>`
        : nothing
    }
    <button type="button" class="secondary" @click=${add}>Add an action${o.question ? html`<span class="sr-only"> for this question</span>` : nothing}</button>
  </div>`;
}

/** Today as YYYY-MM-DD in the user's time zone, for "overdue". */
export function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}
