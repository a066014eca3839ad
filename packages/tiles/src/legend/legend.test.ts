import { expect, fixture, html } from '@open-wc/testing';
import '../../../../test/browser/console-guard.js';
import { parseFeed } from '@scorecard-kit/core';
import { directionOfTravel, ragStatus } from '@scorecard-kit/core/rules';
import './legend.define.js';
import type { ScLegend } from './legend.js';

const clean = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

describe('<sc-legend>', () => {
  it('fits a phone: in a column narrower than its table, the key is a list with the same words', async () => {
    const el = await fixture<ScLegend>(html`<div><sc-legend></sc-legend></div>`);
    const legend = el.querySelector('sc-legend')!;
    const table = legend.shadowRoot!.querySelector<HTMLElement>('[part="direction"]')!;
    const list = legend.shadowRoot!.querySelector<HTMLElement>('[part="direction-list"]')!;
    el.style.width = '300px';
    expect([getComputedStyle(table).display, getComputedStyle(list).display]).to.deep.equal(['none', 'block']);
    expect(legend.scrollWidth).to.be.at.most(300);
    // Bigger is better: up is improved, level maintained, down deteriorated, each arrow named for screen readers.
    const bb = list.querySelectorAll('dd')[0]!;
    expect(clean(bb.textContent)).to.equal('Up arrow: Improved Two-headed arrow: Maintained Down arrow: Deteriorated');
    expect([...bb.children].map((c) => c.className)).to.deep.equal(['improved', 'maintained', 'deteriorated']);
    await expect(legend).to.be.accessible();
    el.style.width = '600px';
    expect([getComputedStyle(table).display, getComputedStyle(list).display]).to.deep.equal(['table', 'none']);
    await expect(legend).to.be.accessible();
  });

  it('says what each arrow means under BB, SB and no polarity, as the rules judge it', async () => {
    const el = await fixture<ScLegend>(html`<sc-legend></sc-legend>`);
    const rows = [...el.shadowRoot!.querySelectorAll('[part="direction"] tbody tr')];
    // The caption names no period of its own: the tiles beside it each name theirs ("vs Q1 2025/26").
    expect(clean(el.shadowRoot!.querySelector('caption')!.textContent)).to.equal('Direction of travel, compared with the period each tile names after "vs"');
    const periods = [
      { id: 'a', label: 'A', end: '2001-03-31', kind: 'financial-year' },
      { id: 'b', label: 'B', end: '2002-03-31', kind: 'financial-year' },
    ];
    const pairs: Record<string, [number, number]> = { 'Up arrow': [1, 5], 'Two-headed arrow': [3, 3], 'Down arrow': [5, 1] };
    const polarities = ['bigger-is-better', 'smaller-is-better', 'none'] as const;
    expect(rows.length).to.equal(3);
    for (const row of rows) {
      const name = clean(row.querySelector('th')!.textContent);
      const cells = [...row.querySelectorAll('td')].map((td) => clean(td.textContent));
      polarities.forEach((polarity, i) => {
        // Whatever the legend says, a tile given figures moving this way must say the same.
        const { feed } = parseFeed({
          version: '1.0',
          title: 't',
          authority: { name: 'x' },
          periods,
          indicators: [{ id: 'i', title: 'i', measure: 'how-well', unit: 'count', polarity, values: pairs[name] }],
        });
        const d = directionOfTravel(feed!.indicators.get('i')!, feed!.periods);
        expect(cells[i], `${name}, ${polarity}`).to.equal(d.label);
      });
    }
    await expect(el).to.be.accessible();
  });

  it('lists RAG marks in words, as the rules give them', async () => {
    const el = await fixture<ScLegend>(html`<sc-legend></sc-legend>`);
    const items = [...el.shadowRoot!.querySelectorAll('[part="rag"] li')].map((li) => clean(li.textContent));
    const { feed } = parseFeed({
      version: '1.0',
      title: 't',
      authority: { name: 'x' },
      periods: [{ id: 'a', label: 'A', end: '2001-03-31', kind: 'financial-year' }],
      indicators: [
        {
          id: 'i',
          title: 'i',
          measure: 'how-well',
          unit: 'count',
          polarity: 'bigger-is-better',
          values: [5],
          targets: [{ label: 'Target', kind: 'minimum-standard', value: 10 }],
        },
      ],
    });
    const red = ragStatus(feed!.indicators.get('i')!, feed!.periods, feed!.indicators.get('i')!.values.latest());
    expect(items).to.have.length(3);
    expect(items[2]).to.equal(`Red: ${red.reason.replace(' of 10', '').replace(/^B/, 'b')}`);
    expect(items[0]).to.equal('Green: met the target');
  });

  it('explains BB, SB, the band, the England line and every mark that stands for a figure', async () => {
    const el = await fixture<ScLegend>(html`<sc-legend heading="What the marks mean" heading-level="2"></sc-legend>`);
    const marks = [...el.shadowRoot!.querySelectorAll('[part="marks"] li')].map((li) => clean(li.textContent));
    expect(marks).to.include('BB bigger is better');
    expect(marks).to.include('SB smaller is better');
    expect(marks).to.include('c suppressed to protect confidentiality; never shown as 0');
    expect(marks).to.include('low rounds to zero, but is not zero; never shown as 0');
    expect(marks.some((m) => m.startsWith('Target band'))).to.equal(true);
    const heading = el.shadowRoot!.querySelector('[role="heading"]')!;
    expect([heading.textContent, heading.getAttribute('aria-level')]).to.deep.equal(['What the marks mean', '2']);
  });
});
