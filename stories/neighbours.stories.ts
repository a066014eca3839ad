import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '@scorecard-kit/tiles/sc-neighbours.js';
import neighbours from '../test/fixtures/feeds/neighbours.json';

interface Args {
  period?: string;
}

const meta: Meta<Args> = {
  title: 'Tiles/sc-neighbours',
  component: 'sc-neighbours',
  argTypes: {
    period: { control: 'select', options: [undefined, ...neighbours.periods.map((p) => p.id)] },
  },
  render: (a) => html`<sc-neighbours .feed=${neighbours} indicator="cla-rate" period=${a.period ?? nothing}></sc-neighbours>`,
};
export default meta;
type Story = StoryObj<Args>;

/** Ten neighbours, one tied with the authority, one with no figure and one suppressed. */
export const TenNeighbours: Story = {};
/** A year in which only the authority has a figure. */
export const OnlyTheAuthority: Story = { args: { period: 'y1' } };
