import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parseFeed } from '../feed/parse.js';
import { scorecardColumns, scorecardCsv, scorecardGroups, scorecardRow, toCsv } from './scorecard.js';

const feed = parseFeed(readFileSync('test/fixtures/feeds/tiles.json', 'utf8')).feed!;

describe('scorecard model', () => {
  it('makes one table per node that names indicators, in framework order', () => {
    const groups = scorecardGroups(feed);
    assert.deepEqual(
      groups.map((g) => [g.path.join(' › '), g.refs.map((r) => r.id)]),
      [
        ['Processes › Assessment timeliness', ['ia-timeliness', 'complaints']],
        ['Processes › Child protection', ['repeat-cpp', 'range', 'no-data']],
        ['Input', ['agency-staff', 'one-point', 'suppressed']],
      ],
    );
    assert.deepEqual(
      scorecardGroups(feed, feed.nodes.get('cp')).map((g) => g.id),
      ['cp'],
    );
  });

  it('gives each table the last periods its indicators have figures for, its targets and England', () => {
    const [assessment] = scorecardGroups(feed);
    const cols = scorecardColumns(feed, assessment!, { maxPeriods: 3 });
    assert.deepEqual(
      cols.periods.map((p) => p.label),
      ['Mar-13', 'YTD Jun-13', 'YTD Jul-13'],
    );
    assert.deepEqual(cols.targets, ['Minimum standard']);
    assert.equal(cols.comparator?.name, 'England');
    assert.deepEqual(
      scorecardColumns(feed, assessment!, { periods: ['mar-12', 'nope', 'jul-13'] }).periods.map((p) => p.id),
      ['mar-12', 'jul-13'],
    );
  });

  it('fills a row with figures, the comparator, targets, direction and RAG judged at the last column', () => {
    const [assessment] = scorecardGroups(feed);
    const cols = scorecardColumns(feed, assessment!, { periods: ['mar-13', 'jul-13'] });
    const row = scorecardRow(feed, assessment!.refs[0]!, cols);
    assert.deepEqual(
      row.figures.map((f) => f.text),
      ['64.9%', '47.5%'],
    );
    assert.equal(row.comparator?.text, '77.4% (Mar-12)');
    assert.deepEqual(row.targets, ['80.0%']);
    assert.equal(row.direction.label, 'Deteriorated');
    assert.equal(row.rag.status, 'red');
    assert.match(row.comment, /^Work has been undertaken/);
    // Judged at March when the table stops at March.
    const march = scorecardRow(feed, assessment!.refs[0]!, scorecardColumns(feed, assessment!, { periods: ['mar-12', 'mar-13'] }));
    assert.equal(march.direction.vs, 'vs Mar-12');
  });

  it('writes CSV that quotes what needs quoting and defuses formulas', () => {
    assert.equal(
      toCsv([
        ['a', 'b, c', 'say "hi"', 'two\nlines'],
        [1, -2.5, null, '-3'],
      ]),
      'a,"b, c","say ""hi""","two\nlines"\r\n1,-2.5,,-3\r\n'.replace('"two\nlines"', '"two\nlines"'),
    );
    assert.equal(toCsv([['=HYPERLINK("http://x")', '+1+1', '@SUM(A1)', '-x']]), `"'=HYPERLINK(""http://x"")",'+1+1,'@SUM(A1),'-x\r\n`);
  });

  it('writes the whole scorecard as CSV, figures as numbers and marks as written', () => {
    const tables = scorecardGroups(feed).map((group) => {
      const columns = scorecardColumns(feed, group, {});
      return { group, columns, rows: group.refs.map((r) => scorecardRow(feed, r, columns)) };
    });
    const lines = scorecardCsv(feed, tables).trimEnd().split('\r\n');
    assert.equal(
      lines[0],
      'Table,Indicator,Polarity,England,Walsall Mar-12,Walsall Mar-13,Walsall YTD Jun-13,Walsall YTD Jul-13,Minimum standard,Direction of travel,Compared with,RAG,RAG reason,Comments',
    );
    assert.equal(lines.length, 1 + 8);
    assert.ok(
      lines[1]!.startsWith(
        'Processes › Assessment timeliness,Initial assessments completed in 10 working days,BB,77.4% (Mar-12),81.1,64.9,48.7,47.5,80.0%,Deteriorated,Mar-13,red,Below the minimum standard of 80.0%,',
      ),
    );
    assert.ok(lines.some((l) => l.startsWith('Input,Children missing from care (small numbers),SB,,4,6,3,c,')));
  });
});

describe('highlights', () => {
  it('ranks the largest improvements, and the deteriorated and red indicators worst first, with their figures', async () => {
    const { highlights } = await import('./highlights.js');
    const { indicatorsInFrameworkOrder } = await import('./framework-order.js');
    const h = highlights(feed, indicatorsInFrameworkOrder(feed));
    // Improved: suppressed (6 → 3, SB: −50%) and range (16.2 → 14.1, into the 10–15 range: −13%).
    assert.deepEqual(
      h.improved.map((x) => x.id),
      ['suppressed', 'range'],
    );
    // Priorities: IA timeliness (deteriorated and red) before repeat CPPs (deteriorated, no RAG).
    assert.deepEqual(
      h.priorities.map((x) => x.id),
      ['ia-timeliness', 'repeat-cpp'],
    );
    assert.equal(
      h.priorities[0]!.because,
      'Down from 64.9% in Mar-13 to 47.5% in YTD Jul-13: deteriorated, bigger is better. Below the minimum standard of 80.0%. 29.9 points below England (77.4% in Mar-12): worse.',
    );
    assert.equal(highlights(feed, indicatorsInFrameworkOrder(feed), { count: 1 }).priorities.length, 1);
  });
});
