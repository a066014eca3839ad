// The demo site as `npm start` serves it: plain HTML loading the single-file bundle (no build step
// in the page) under a strict Content Security Policy, with every sample feed loaded through
// <sc-feed> without errors, warnings or policy violations.
import { expect } from '@open-wc/testing';
import './console-guard.js';

const SAMPLE_FEEDS = ['feeds/wr4c.json', 'feeds/scorecard-2013.json', 'feeds/local-offer-send.json', 'feeds/case-file-audit.json'];

interface FeedElement extends HTMLElement {
  src: string;
  errors: { message: string }[];
  warnings: { path: string; message: string }[];
  loadState: { status: string; feed: { title: string; indicators: Map<string, unknown>; checklists: Map<string, unknown> } | null };
}

function openPage(path: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.width = '1000px';
  frame.style.height = '800px';
  const loaded = new Promise<HTMLIFrameElement>((resolve) => frame.addEventListener('load', () => resolve(frame), { once: true }));
  frame.src = path;
  document.body.append(frame);
  return loaded;
}

/** Resolves when every <sc-feed> in the page has loaded or failed. */
function settled(doc: Document, count: number): Promise<FeedElement[]> {
  return new Promise((resolve) => {
    const done = new Set<FeedElement>();
    const check = () => {
      const feeds = [...doc.querySelectorAll<FeedElement>('sc-feed')];
      for (const f of feeds) if (f.loadState && (f.loadState.status === 'ready' || f.loadState.status === 'error')) done.add(f);
      if (done.size >= count) resolve(feeds);
    };
    doc.addEventListener('sc-feed-load', check);
    doc.addEventListener('sc-feed-error', check);
    doc.defaultView!.customElements.whenDefined('sc-feed').then(check);
  });
}

describe('demo site (docs/index.html) with the single-file bundle', () => {
  it('loads every sample feed without errors or warnings, and lists what each holds', async () => {
    const frame = await openPage('/docs/index.html');
    const doc = frame.contentDocument!;
    const feeds = await settled(doc, SAMPLE_FEEDS.length);
    expect(feeds.map((f) => f.getAttribute('src'))).to.deep.equal(SAMPLE_FEEDS);
    for (const f of feeds) {
      expect(f.loadState.status, `${f.src}: ${f.errors.map((e) => e.message).join('; ')}`).to.equal('ready');
      expect(f.warnings.map((w) => `${w.path}: ${w.message}`), f.src).to.deep.equal([]);
      expect(f.shadowRoot!.querySelector('[part="error"]')).to.equal(null);
      const summary = f.querySelector('.feed-summary dl');
      expect(summary, `${f.src} summary`).to.not.equal(null);
      expect(summary!.textContent).to.contain(f.loadState.feed!.title);
    }
    expect((frame.contentWindow as Window & { scCspViolations: string[] }).scCspViolations).to.deep.equal([]);
    await expect(doc.body).to.be.accessible();
    frame.remove();
  });
});
