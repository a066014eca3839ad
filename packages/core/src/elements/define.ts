/**
 * Registers an element once. A second copy of the kit on the same page (two bundles, or a bundle
 * and an npm build) would otherwise throw on the second `customElements.define`; this warns
 * instead and leaves the first copy's element in charge.
 */
export function defineElement(tag: string, ctor: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (!existing) {
    customElements.define(tag, ctor);
  } else if (existing !== ctor) {
    // Once per page, not once per element: one copy too many is one thing to fix.
    const flag = Symbol.for('scorecard-kit.second-copy-warned');
    const page = globalThis as unknown as Record<symbol, boolean>;
    if (page[flag]) return;
    page[flag] = true;
    console.warn(
      `Scorecard Kit: <${tag}> is already defined, probably by a second copy of the kit on this page. ` + 'The first copy is used; load the kit once.',
    );
  }
}
