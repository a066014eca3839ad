import { css } from 'lit';

/**
 * Design tokens as CSS custom properties with GOV.UK-like defaults. Every widget includes them on
 * `:host`, so a page can override any of them on the element or an ancestor. Colours follow the
 * page's `color-scheme` through `light-dark()`: a page that offers dark mode gets dark widgets, a
 * light-only page keeps them light.
 */
export const tokens = css`
  :host {
    --sc-font-family: inherit;
    --sc-color-text: light-dark(#0b0c0c, #f3f2f1);
    --sc-color-muted: light-dark(#484949, #c9c9c9);
    --sc-color-surface: light-dark(#ffffff, #1d1d1d);
    --sc-color-border: light-dark(#b1b4b6, #6f777b);
    --sc-color-focus: #ffdd00;
    --sc-color-focus-text: #0b0c0c;
    --sc-color-link: light-dark(#1d70b8, #8bbcf0);
    --sc-color-error: light-dark(#d4351c, #ff8a75);
    --sc-color-warning: light-dark(#8a4500, #ffb56b);
    --sc-color-improved: light-dark(#00703c, #6fd29b);
    --sc-color-deteriorated: light-dark(#d4351c, #ff8a75);
    --sc-color-maintained: light-dark(#505a5f, #c9c9c9);
    --sc-color-red: #d4351c;
    --sc-color-amber: #f47738;
    --sc-color-green: #00703c;
    --sc-space: 0.5rem;
    --sc-radius: 0;
    font-family: var(--sc-font-family);
    color: var(--sc-color-text);
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
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
    outline: 3px solid var(--sc-color-focus);
    outline-offset: 0;
    box-shadow: inset 0 0 0 2px var(--sc-color-focus-text);
  }
`;
