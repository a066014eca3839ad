import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '@scorecard-kit/tiles/sc-highlights.js';
import tiles from '../test/fixtures/feeds/tiles.json';

interface Args {
  node?: string;
  count: number;
  period?: string;
}

const meta: Meta<Args> = {
  title: 'Tiles/sc-highlights',
  component: 'sc-highlights',
  args: { count: 3 },
  argTypes: {
    node: { control: 'select', options: [undefined, 'processes', 'assessment', 'cp', 'input'] },
    period: { control: 'select', options: [undefined, ...tiles.periods.map((p) => p.id)] },
  },
  render: (a) => html`<sc-highlights .feed=${tiles} node=${a.node ?? nothing} period=${a.period ?? nothing} count=${a.count}></sc-highlights>`,
};
export default meta;
type Story = StoryObj<Args>;

/** The whole feed. */
export const WholeFeed: Story = {};
/** One node, where nothing deteriorated. */
export const NothingToImprove: Story = { args: { node: 'input', count: 2 } };
