import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '@scorecard-kit/tiles/sc-indicator-tile.js';
import tiles from '../test/fixtures/feeds/tiles.json';

interface Args {
  indicator: string;
  period?: string;
  variant: 'detailed' | 'compact';
  headingLevel: number;
}

const meta: Meta<Args> = {
  title: 'Tiles/sc-indicator-tile',
  component: 'sc-indicator-tile',
  args: { indicator: 'ia-timeliness', variant: 'detailed', headingLevel: 3 },
  argTypes: {
    indicator: { control: 'select', options: tiles.indicators.map((i) => i.id) },
    period: { control: 'select', options: [undefined, ...tiles.periods.map((p) => p.id)] },
    variant: { control: 'inline-radio', options: ['detailed', 'compact'] },
  },
  render: (a) => html`<div style="max-width: 24rem">
    <sc-indicator-tile .feed=${tiles} indicator=${a.indicator} period=${a.period ?? nothing} variant=${a.variant} heading-level=${a.headingLevel}></sc-indicator-tile>
  </div>`,
};
export default meta;
type Story = StoryObj<Args>;

/** A timeliness measure, bigger is better: deteriorated since March, red against its minimum standard. */
export const Detailed: Story = {};
/** The same, compact: title, figure, direction and RAG. */
export const Compact: Story = { args: { variant: 'compact' } };
/** An earlier period: a provisional (draft) figure that met its standard. */
export const EarlierPeriod: Story = { args: { period: 'mar-12' } };
/** Smaller is better, and it went up: deteriorated. */
export const SmallerIsBetter: Story = { args: { indicator: 'repeat-cpp' } };
/** A suppressed figure is shown as its mark, never as 0, and gets no arrow. */
export const Suppressed: Story = { args: { indicator: 'suppressed', period: 'jul-13' } };
/** A count of demand: neither bigger nor smaller is better, so only up or down. */
export const NoPolarity: Story = { args: { indicator: 'agency-staff' } };
/** A part-year count beside a full-year count: not comparable, with the reason. */
export const NotComparable: Story = { args: { indicator: 'complaints' } };
/** Best within a range (10–15%): moving into it is an improvement. */
export const BestWithinRange: Story = { args: { indicator: 'range' } };
/** Only one figure: no trend, no comparison. */
export const OnePoint: Story = { args: { indicator: 'one-point' } };
/** No figures at all. */
export const NoData: Story = { args: { indicator: 'no-data' } };
/** An id the feed does not have: a visible error naming it. */
export const UnknownIndicator: Story = { args: { indicator: 'no-such-indicator' } };
