import { css, html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { FILE_MISSING } from '../feed/problems.js';

/**
 * The one error box of every widget: what cannot be shown, in bold, then why and what to do (a
 * sentence, or a list of the feed's problems). Announced at once (role alert); styled by
 * widgetStyles' `.sc-error` and the `error` part.
 */
export function errorBox(what: string, why: string | TemplateResult): TemplateResult {
  return html`<div class="sc-error" role="alert" part="error"><strong>${what}</strong>${typeof why === 'string' ? html`<p>${why}</p>` : why}</div>`;
}

/**
 * The error box for a part of the kit loaded on demand whose file did not arrive, naming `what`
 * ("The diagram") and what is shown instead, if anything.
 */
export function fileMissing(what: string, instead?: string): TemplateResult {
  return errorBox(`${what} could not be loaded${instead ? `: ${instead}` : ''}.`, FILE_MISSING);
}

/** Why an element cannot find its indicator: the `indicator` attribute names none of the feed's, or is not set. */
export function unknownIndicator(feedTitle: string, id: string | undefined): string {
  return id
    ? `The feed "${feedTitle}" has no indicator "${id}". Check the indicator attribute.`
    : "Set the indicator attribute to one of the feed's indicator ids.";
}

/**
 * The one status line: loading, nothing to show, or a note on what was left out. `live` makes it
 * a polite status for screen readers (for "Loading…", which changes by itself).
 */
export function statusLine(text: string | TemplateResult, o: { part?: 'status' | 'warning'; live?: boolean } = {}): TemplateResult {
  return html`<p class="sc-state" part=${o.part ?? 'status'} role=${ifDefined(o.live ? 'status' : undefined)}>${text}</p>`;
}

/** How the error box and the status line look, in every element that shows them. */
export const statusStyles = css`
  /* Messages name files and addresses, which must wrap on a phone rather than widen the page. */
  .sc-state,
  .sc-error {
    overflow-wrap: anywhere;
  }
  .sc-state {
    margin: 0 0 var(--_sc-space);
    color: var(--_sc-color-muted);
  }
  .sc-error {
    margin: 0 0 var(--_sc-space);
    padding: var(--_sc-space) var(--_sc-space-m);
    border: 4px solid var(--_sc-color-error);
    border-radius: var(--_sc-radius);
    background: var(--_sc-color-surface);
    color: var(--_sc-color-text);
  }
  .sc-error strong {
    display: block;
  }
  .sc-error p {
    margin: var(--_sc-space) 0 0;
  }
  .sc-error ul {
    margin: var(--_sc-space) 0 0;
    padding-left: 1.25rem;
  }
`;
