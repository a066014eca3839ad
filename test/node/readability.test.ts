// The Local Offer page is for parents, carers and young people: GOV.UK writes for a reading age of
// about 9. The page's own words, the sentences the tiles make from the data and the feed's words
// the page shows (titles, "About this figure") are each at most grade 6 by Flesch–Kincaid
// (the flesch-kincaid package's formula, syllables counted by the syllable package).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';
import { parseFeed } from '../../packages/core/src/feed/parse.js';
import { figureInWords } from '../../packages/core/src/rules/in-words.js';

const MAX_GRADE = 6;

/** The grade of a text: sentences end at . ! ? (each block of the page is one at least). */
function grade(blocks: readonly string[]): number {
  const sentences = blocks.flatMap((b) => b.split(/(?<=[.!?])\s+/)).filter((s) => /\w/.test(s));
  const words = sentences.flatMap((s) => s.match(/[\p{L}\p{N}'’]+(?:-[\p{L}\p{N}]+)*/gu) ?? []);
  const syllables = words.reduce((n, w) => n + Math.max(1, syllable(w.replace(/-/g, ' '))), 0);
  return fleschKincaid({ sentence: sentences.length, word: words.length, syllable: syllables });
}

/** The text of each heading, paragraph, term and description of the page, tags and entities gone. */
function pageBlocks(html: string): string[] {
  const body = html.slice(html.indexOf('<body'));
  return [...body.matchAll(/<(h[1-6]|p|dt|dd|li)\b[^>]*>([\s\S]*?)<\/\1>/g)].map((m) =>
    m[2]!
      .replace(/<[^>]+>/g, '')
      .replace(/&middot;|·/g, ' ')
      .replace(/&[a-z]+;/g, ' ')
      .replace(/\s+/g, ' ')
      .trim(),
  );
}

const html = readFileSync('docs/local-offer.html', 'utf8');
const feed = parseFeed(readFileSync('docs/feeds/local-offer-send.json', 'utf8')).feed!;
const shown = [...html.matchAll(/indicators="([^"]+)"/g)].flatMap((m) => m[1]!.split(/\s+/));
const england = [...feed.comparators.values()].find((c) => c.kind === 'england');

describe('the Local Offer page reads at grade 6 or below', () => {
  it("in the page's own words", () => {
    const g = grade(pageBlocks(html));
    assert.ok(g <= MAX_GRADE, `grade ${g.toFixed(1)}`);
  });

  it('in the sentences its tiles make from the figures ("About 6 in every 100 children …")', () => {
    const sentences = shown.map((id) => feed.indicators.get(id)!).map((ind) => figureInWords(ind, ind.values.latest(), england, feed.periods));
    const made = sentences.filter((s): s is string => Boolean(s));
    assert.ok(made.length >= 3, `${made.length} of the page's figures are said in words`);
    assert.match(made[0]!, /^About \d+ in every 100 children in Walsall's schools have an EHC plan\. In England it is about \d+ in 100\.$/);
    const g = grade(made);
    assert.ok(g <= MAX_GRADE, `grade ${g.toFixed(1)}: ${made.join(' ')}`);
  });

  it('in the titles and "About this figure" texts of the figures it shows', () => {
    for (const id of shown) {
      const ind = feed.indicators.get(id)!;
      const g = grade([ind.title, ind.definition ?? '']);
      assert.ok(g <= MAX_GRADE, `${id}: grade ${g.toFixed(1)}`);
    }
  });
});
