import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '@scorecard-kit/tiles/sc-scorecard-table.js';
import tiles from '../test/fixtures/feeds/tiles.json';

interface Args {
  node?: string;
  periods?: string;
  maxPeriods: number;
  hideComments: boolean;
}

const meta: Meta<Args> = {
  title: 'Tiles/sc-scorecard-table',
  component: 'sc-scorecard-table',
  args: { maxPeriods: 4, hideComments: false },
  argTypes: { node: { control: 'select', options: [undefined, 'processes', 'assessment', 'cp', 'input'] } },
  render: (a) => html`<sc-scorecard-table
    .feed=${tiles}
    node=${a.node ?? nothing}
    periods=${a.periods ?? nothing}
    max-periods=${a.maxPeriods}
    ?hide-comments=${a.hideComments}
  ></sc-scorecard-table>`,
};
export default meta;
type Story = StoryObj<Args>;

/** Every table of the framework. */
export const WholeScorecard: Story = {};
/** Chosen periods: Mar-13 and YTD Jul-13, as the July 2013 scorecard printed them. */
export const ChosenPeriods: Story = { args: { periods: 'mar-13 jul-13' } };
/** One framework node. */
export const OneNode: Story = { args: { node: 'cp' } };
/** A node the feed does not have. */
export const UnknownNode: Story = { args: { node: 'nowhere' } };
