import { css, type CSSResultOrNative } from 'lit';
import { pageFontSheet } from './page-font.js';

/**
 * Design tokens with GOV.UK-like defaults. A page sets the public `--sc-*` properties on the
 * element or any ancestor (a council's brand once, on `body`); each widget reads them into private
 * `--_sc-*` copies on its `:host`, with the defaults as fallbacks, so that a widget never resets
 * what the page chose. The font is the page's: inherited where `body` sets one, else the typeface
 * of the page's own text (see page-font.ts). Colours follow the page's `color-scheme` through `light-dark()`: a page
 * that offers dark mode gets dark widgets, a light-only page keeps them light.
 */
export const tokens = css`
  :host {
    --_sc-font-family: var(--sc-font-family, var(--_sc-page-font, inherit));
    --_sc-color-text: var(--sc-color-text, light-dark(#0b0c0c, #f3f2f1));
    --_sc-color-muted: var(--sc-color-muted, light-dark(#484949, #c9c9c9));
    --_sc-color-surface: var(--sc-color-surface, light-dark(#ffffff, #1d1d1d));
    --_sc-color-border: var(--sc-color-border, light-dark(#b1b4b6, #6f777b));
    --_sc-color-accent: var(--sc-color-accent, var(--_sc-color-border));
    --_sc-color-focus: var(--sc-color-focus, #ffdd00);
    --_sc-color-focus-text: var(--sc-color-focus-text, #0b0c0c);
    --_sc-color-link: var(--sc-color-link, light-dark(#1d70b8, #8bbcf0));
    --_sc-color-error: var(--sc-color-error, light-dark(#d4351c, #ff8a75));
    --_sc-color-warning: var(--sc-color-warning, light-dark(#8a4500, #ffb56b));
    --_sc-color-improved: var(--sc-color-improved, light-dark(#00703c, #6fd29b));
    --_sc-color-deteriorated: var(--sc-color-deteriorated, light-dark(#d4351c, #ff8a75));
    --_sc-color-maintained: var(--sc-color-maintained, light-dark(#505a5f, #c9c9c9));
    --_sc-color-red: var(--sc-color-red, #d4351c);
    --_sc-color-amber: var(--sc-color-amber, #f47738);
    --_sc-color-green: var(--sc-color-green, #00703c);
    /* The type scale: every element sets text at one of these six sizes (GOV.UK's 36, 22, 18, 16,
       14 and 13 px at the browser's default size), so a brand changes them once. */
    --_sc-text-figure: var(--sc-text-figure, 2.25rem);
    --_sc-text-title: var(--sc-text-title, 1.375rem);
    --_sc-text-heading: var(--sc-text-heading, 1.125rem);
    --_sc-text-body: var(--sc-text-body, 1rem);
    --_sc-text-small: var(--sc-text-small, 0.875rem);
    --_sc-text-tiny: var(--sc-text-tiny, 0.8125rem);
    /* Spacing: one unit and its steps, so a denser or airier brand sets one property. */
    --_sc-space: var(--sc-space, 0.5rem);
    --_sc-space-xs: calc(var(--_sc-space) / 2);
    --_sc-space-m: calc(var(--_sc-space) * 2);
    --_sc-space-l: calc(var(--_sc-space) * 3);
    --_sc-radius: var(--sc-radius, 0);
    font-family: var(--_sc-font-family);
    color: var(--_sc-color-text);
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
`;

/**
 * A wide table's scroll region (the GOV.UK / ONS pattern: `role="region"`, labelled, `tabindex="0"`),
 * for every widget: the table scrolls, never the page. Positioned, so the screen-reader text in its
 * cells (absolutely placed) scrolls with them instead of widening the page.
 */
export const scrollRegion = css`
  .sc-scroll {
    position: relative;
    overflow-x: auto;
  }
  .sc-scroll:focus-visible {
    outline: 3px solid var(--_sc-color-focus);
  }
`;

/**
 * A chart with words, as every chart of the kit is set out: a figure with its caption, its summary
 * in words, and one "Show as a table" toggle (`aria-pressed`) between the chart and its table.
 */
export const chartFigure = css`
  figure {
    margin: 0;
  }
  .caption {
    margin: 0 0 var(--_sc-space);
    font-weight: bold;
  }
  .summary {
    margin: 0 0 var(--_sc-space);
  }
  .toggle {
    margin-bottom: var(--_sc-space);
    padding: 0.3rem 0.7rem;
    border: 2px solid currentColor;
    background: transparent;
    color: var(--_sc-color-link);
    font: inherit;
    cursor: pointer;
  }
  .toggle:focus-visible {
    background: var(--_sc-color-focus);
    color: var(--_sc-color-focus-text);
  }
`;

/** Text for screen readers only. */
export const visuallyHidden = css`
  .sr-only {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    margin: 0 !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip-path: inset(50%) !important;
    white-space: nowrap !important;
    border: 0 !important;
  }
`;

/** The GOV.UK focus style: yellow with a dark edge, visible on any background and in forced colours. */
export const focusRing = css`
  :focus-visible {
    outline: 3px solid var(--_sc-color-focus);
    outline-offset: 0;
    box-shadow: inset 0 0 0 2px var(--_sc-color-focus-text);
  }
`;
export { markStyles } from './marks.js';
export { adoptPageFont, pageTypeface, SYSTEM_SANS } from './page-font.js';

/** The shared page-font sheet, for every element's `static styles` beside `tokens`. */
export const pageFont: CSSResultOrNative[] = pageFontSheet ? [pageFontSheet] : [];
