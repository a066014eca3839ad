import { html, nothing } from 'lit';
import type { Problem } from '../feed/types.js';

const MAX_LISTED = 20;

/** A list of problems, each with where it is in the feed: shared by <sc-feed> and every widget. */
export function problemList(problems: readonly Problem[]) {
  const shown = problems.slice(0, MAX_LISTED);
  return html`<ul>
    ${shown.map((p) => html`<li>${p.path ? html`<code>${p.path}</code>: ` : nothing}${p.message}</li>`)}
    ${problems.length > MAX_LISTED ? html`<li>…and ${problems.length - MAX_LISTED} more.</li>` : nothing}
  </ul>`;
}
