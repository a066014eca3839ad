import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '@scorecard-kit/core/sc-feed.js';
import '@scorecard-kit/core/sc-period-picker.js';
import '@scorecard-kit/tiles/sc-tile-grid.js';
import tiles from '../test/fixtures/feeds/tiles.json';

interface Args {
  label: string;
  kind?: string;
  period?: string;
}

const meta: Meta<Args> = {
  title: 'Core/sc-period-picker',
  component: 'sc-period-picker',
  args: { label: 'Period' },
  argTypes: {
    kind: { control: 'select', options: [undefined, ...new Set(tiles.periods.map((p) => p.kind))] },
    period: { control: 'select', options: [undefined, ...tiles.periods.map((p) => p.id)] },
  },
  // In a feed with a tile grid, so that a choice shows what it changes.
  render: (a) => html`<sc-feed .feed=${tiles} period=${a.period ?? nothing}>
    <sc-period-picker label=${a.label} kind=${a.kind ?? nothing}></sc-period-picker>
    <sc-tile-grid indicators="ia-timeliness repeat-cpp" hide-controls></sc-tile-grid>
  </sc-feed>`,
};
export default meta;
type Story = StoryObj<Args>;

/** "Latest figures" (each indicator's latest) or one of the feed's periods, newest first. */
export const LatestFigures: Story = {};
/** A period chosen: every widget of the feed shows it. */
export const PeriodChosen: Story = { args: { period: tiles.periods[tiles.periods.length - 2]!.id } };
/** Only periods of one kind (here the year-to-date figures). */
export const OneKind: Story = { args: { kind: 'year-to-date', label: 'Year to date' } };
/** On its own with no feed: it says what it is waiting for. */
export const NoFeed: Story = { render: (a) => html`<sc-period-picker label=${a.label} src="fixtures/no-such-feed.json"></sc-period-picker>` };
