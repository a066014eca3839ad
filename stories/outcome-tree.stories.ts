import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@scorecard-kit/tree/sc-outcome-tree.js';
import tree from '../test/fixtures/feeds/tree.json';
import tiles from '../test/fixtures/feeds/tiles.json';

interface Args {
  label: string;
  expandDepth: number;
  syncHash: boolean;
}

const meta: Meta<Args> = {
  title: 'Tree/sc-outcome-tree',
  component: 'sc-outcome-tree',
  args: { label: 'Outcomes framework', expandDepth: 1, syncHash: false },
  render: (a) => html`<sc-outcome-tree .feed=${tree} label=${a.label} expand-depth=${a.expandDepth} ?sync-hash=${a.syncHash}></sc-outcome-tree>`,
};
export default meta;
type Story = StoryObj<Args>;

/** The framework with its top level open, status rolled up at each node, and a node naming an indicator the feed lacks. */
export const Collapsed: Story = {};
/** Everything open: indicators under each node grouped How much / How well / So what, with their values and arrows; the QA questions. */
export const Expanded: Story = { args: { expandDepth: 9 } };
/** A framework of another shape: scorecard sections and tables. */
export const OtherShape: Story = { render: (a) => html`<sc-outcome-tree .feed=${tiles} label=${a.label} expand-depth=${a.expandDepth}></sc-outcome-tree>` };
/** A feed with no framework. */
export const NoFramework: Story = {
  render: () => html`<sc-outcome-tree .feed=${{ ...tree, framework: undefined }}></sc-outcome-tree>`,
};
/** The same tree as a tidy diagram for presenting to a board: the same keyboard model and selection. */
export const Diagram: Story = {
  render: (a) => html`<sc-outcome-tree .feed=${tree} layout="diagram" label=${a.label} expand-depth=${a.expandDepth}></sc-outcome-tree>`,
};
