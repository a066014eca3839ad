import { expect, fixture, html } from '@open-wc/testing';
import '../../../../test/browser/console-guard.js';
import '../elements/period-picker/period-picker.define.js';
import { pageTypeface, SYSTEM_SANS } from './page-font.js';

/** A page of its own, in an iframe: its styles and body are the test's. */
async function page(head: string, body: string): Promise<Document> {
  const frame = document.createElement('iframe');
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.srcdoc = `<!doctype html><html lang="en"><head>${head}</head><body>${body}</body></html>`;
  document.body.append(frame);
  await loaded;
  return frame.contentDocument!;
}

afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

describe('the page typeface', () => {
  it('is inherited where body sets a font', async () => {
    const doc = await page('<style>body { font-family: Verdana, sans-serif; }</style>', '<p>Our figures</p>');
    expect(pageTypeface(doc)).to.equal(null);
  });

  it("is the page's text typeface where the page sets it on classes, as GOV.UK Frontend does", async () => {
    const doc = await page(
      '<style>.govuk-body, .govuk-heading-l { font-family: "GDS Transport", arial, sans-serif; }</style>',
      '<h1 class="govuk-heading-l">Our figures</h1><p class="govuk-body">Text</p>',
    );
    expect(pageTypeface(doc)).to.equal('"GDS Transport", arial, sans-serif');
  });

  it("is a system sans-serif on a page with no font anywhere, never the browser's serif", async () => {
    const doc = await page('', '<h1>Our figures</h1><p>Text</p>');
    expect(pageTypeface(doc)).to.equal(SYSTEM_SANS);
  });

  it('is what an element on a bare page is set in (this test page sets no font)', async () => {
    // With no feed, the widget says so in a status line.
    const el = await fixture<HTMLElement>(html`<sc-period-picker></sc-period-picker>`);
    const heading = el.shadowRoot!.querySelector('.sc-state')!;
    expect(getComputedStyle(heading).fontFamily).to.equal(SYSTEM_SANS);
    // A page's own choice wins.
    el.style.setProperty('--sc-font-family', 'Georgia, serif');
    expect(getComputedStyle(heading).fontFamily).to.equal('Georgia, serif');
  });
});
