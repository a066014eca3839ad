import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@scorecard-kit/tiles/sc-breakdown.js';
import '@scorecard-kit/tiles/sc-indicator-tile.js';
import breakdown from '../test/fixtures/feeds/breakdown.json';

interface Args {
  indicator: string;
  breakdown: string;
}

const meta: Meta<Args> = {
  title: 'Tiles/sc-breakdown',
  component: 'sc-breakdown',
  args: { indicator: 'cla', breakdown: 'ethnicity' },
  argTypes: {
    indicator: { control: 'select', options: breakdown.indicators.map((i) => i.id) },
    breakdown: { control: 'select', options: ['ethnicity', 'sex', 'age'] },
  },
  render: (a) => html`<sc-breakdown .feed=${breakdown} indicator=${a.indicator} breakdown=${a.breakdown}></sc-breakdown>`,
};
export default meta;
type Story = StoryObj<Args>;

/** Against a reference group: one group clearly more likely, one with no clear difference, one too small to show and one suppressed. */
export const ByEthnicity: Story = {};
/** Against population shares, with no reference group: no clear difference. */
export const BySex: Story = { args: { breakdown: 'sex' } };
/** A breakdown the indicator does not have. */
export const UnknownBreakdown: Story = { args: { breakdown: 'age' } };
/** From a tile's detailed view: "By ethnicity" and "By sex". */
export const FromATile: Story = {
  render: () => html`<sc-indicator-tile .feed=${breakdown} indicator="cla"></sc-indicator-tile>`,
};
