/**
 * The typeface a widget falls back to where it would otherwise get the browser's default serif.
 *
 * "Inherit the page's font" inherits nothing on a page that sets its typeface on classes rather
 * than on `body` (GOV.UK Frontend sets it on `govuk-body`, `govuk-heading-*`…), nor on a page that
 * sets none. There, every widget uses the typeface the page's own text is set in, else a system
 * sans-serif. A page whose `body` sets a font keeps it, and `--sc-font-family` always wins.
 */

/** The sans-serif used where the page's text has no typeface of its own either. */
export const SYSTEM_SANS = 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif';

/** Elements whose text shows the page's typeface, looked at in document order. */
const TEXT = 'h1, h2, h3, p, li, label, a, td';
const LOOK_AT = 40;

/**
 * The typeface to fall back to in `doc`, or null when `body` sets one (widgets inherit it). Read
 * from computed styles, so it is called once, when the first element connects.
 */
export function pageTypeface(doc: Document): string | null {
  const view = doc.defaultView;
  if (!view || !doc.body) return null;
  const family = (el: Element) => view.getComputedStyle(el).fontFamily;
  const probe = doc.createElement('span');
  // The CSSOM, not a style attribute: a council's `style-src 'self'` blocks attributes.
  probe.style.fontFamily = 'initial';
  doc.body.append(probe);
  const browserDefault = family(probe);
  probe.remove();
  if (family(doc.body) !== browserDefault) return null;
  const candidates = doc.body.querySelectorAll(TEXT);
  for (let i = 0; i < candidates.length && i < LOOK_AT; i++) {
    const f = family(candidates[i]!);
    if (f !== browserDefault) return f;
  }
  return SYSTEM_SANS;
}

/**
 * One stylesheet shared by every element of the kit (in its `static styles`), filled in once when
 * the first element connects: `--_sc-page-font` for the tokens' font fallback.
 */
export const pageFontSheet: CSSStyleSheet | undefined = typeof CSSStyleSheet === 'function' ? new CSSStyleSheet() : undefined;
let decided = false;

/** Works out the page's typeface the first time any element connects (later calls do nothing). */
export function adoptPageFont(doc: Document): void {
  if (decided || !pageFontSheet) return;
  decided = true;
  const family = pageTypeface(doc);
  if (family) pageFontSheet.replaceSync(`:host { --_sc-page-font: ${family}; }`);
}
