import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '@scorecard-kit/tiles/sc-tile-grid.js';
import tiles from '../test/fixtures/feeds/tiles.json';

interface Args {
  node?: string;
  indicators?: string;
  sort: 'framework' | 'status' | 'title';
  filter: 'all' | 'improved' | 'maintained' | 'deteriorated' | 'red' | 'amber' | 'green';
  variant: 'detailed' | 'compact';
  hideControls: boolean;
}

const meta: Meta<Args> = {
  title: 'Tiles/sc-tile-grid',
  component: 'sc-tile-grid',
  args: { sort: 'framework', filter: 'all', variant: 'detailed', hideControls: false },
  argTypes: {
    node: { control: 'select', options: [undefined, 'processes', 'assessment', 'cp', 'input'] },
    sort: { control: 'inline-radio', options: ['framework', 'status', 'title'] },
    filter: { control: 'select', options: ['all', 'improved', 'maintained', 'deteriorated', 'red', 'amber', 'green'] },
    variant: { control: 'inline-radio', options: ['detailed', 'compact'] },
  },
  render: (a) => html`<sc-tile-grid
    .feed=${tiles}
    node=${a.node ?? nothing}
    indicators=${a.indicators ?? nothing}
    sort=${a.sort}
    filter=${a.filter}
    variant=${a.variant}
    ?hide-controls=${a.hideControls}
  ></sc-tile-grid>`,
};
export default meta;
type Story = StoryObj<Args>;

/** Every indicator, grouped as How much / How well / So what. */
export const WholeFeed: Story = {};
/** One framework node and everything beneath it. */
export const FrameworkNode: Story = { args: { node: 'processes' } };
/** Worst first. */
export const SortedByStatus: Story = { args: { sort: 'status' } };
/** Only the indicators that deteriorated. */
export const OnlyDeteriorated: Story = { args: { filter: 'deteriorated' } };
/** A filter nothing matches says so. */
export const NothingMatches: Story = { args: { filter: 'amber' } };
/** Compact tiles for a dense dashboard. */
export const Compact: Story = { args: { variant: 'compact' } };
/** A node the feed does not have. */
export const UnknownNode: Story = { args: { node: 'nowhere' } };
