// The editors' hints the scorecard-kit package ships (written by `npm run build` from the umbrella's
// custom-elements.json): every element, with its attributes, events, parts and custom properties.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

const read = (f: string) => JSON.parse(readFileSync(`packages/scorecard-kit/${f}`, 'utf8'));

describe("editors' hints", () => {
  const vscode = read('vscode.html-custom-data.json') as { tags: { name: string; attributes: { name: string; values?: { name: string }[] }[] }[] };
  const css = read('vscode.css-custom-data.json') as { properties: { name: string }[]; pseudoElements: { name: string }[] };
  const webTypes = read('web-types.json') as {
    name: string;
    contributions: { html: { elements: { name: string; attributes: { name: string }[]; js?: { events?: { name: string }[] } }[] } };
  };
  const tags = ['sc-feed', 'sc-period-picker', 'sc-indicator-tile', 'sc-tile-grid', 'sc-legend', 'sc-scorecard-table', 'sc-highlights'];
  const more = ['sc-neighbours', 'sc-breakdown', 'sc-outcome-tree', 'sc-locality-map', 'sc-qa-checklist', 'sc-audit-form'];

  it('VS Code: every element, with its attributes and the values an attribute can take', () => {
    assert.deepEqual(vscode.tags.map((t) => t.name).sort(), [...tags, ...more].sort());
    const tile = vscode.tags.find((t) => t.name === 'sc-indicator-tile')!;
    for (const a of ['indicator', 'period', 'defer', 'lazy-updates'])
      assert.ok(
        tile.attributes.some((x) => x.name === a),
        a,
      );
    const variant = tile.attributes.find((a) => a.name === 'variant')!;
    assert.ok(variant.values && variant.values.length >= 2, 'the variants are offered as values');
  });

  it('VS Code CSS: the custom properties and parts to theme with', () => {
    assert.ok(css.properties.some((p) => p.name === '--sc-breakdown-service-color'));
    assert.ok(css.pseudoElements.some((p) => p.name === '::part(tile)'));
  });

  it('JetBrains: every element, its attributes and its sc- events', () => {
    assert.equal(webTypes.name, 'scorecard-kit');
    const els = webTypes.contributions.html.elements;
    assert.equal(els.length, tags.length + more.length);
    const tree = els.find((e) => e.name === 'sc-outcome-tree')!;
    assert.ok(tree.attributes.some((a) => a.name === 'sync-hash'));
    assert.ok(tree.js?.events?.some((e) => e.name === 'sc-select'));
  });
});
