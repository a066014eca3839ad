import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@scorecard-kit/checklist/sc-qa-checklist.js';
import '@scorecard-kit/tree/sc-outcome-tree.js';
import '@scorecard-kit/core/sc-feed.js';

interface Args {
  node: string;
  period: string;
  noDraft: boolean;
}

// The same fixture as the tests (test/fixtures/feeds/qa.json, served at /fixtures).
const FEED = '/fixtures/qa.json';

const meta: Meta<Args> = {
  title: 'Checklist/sc-qa-checklist',
  component: 'sc-qa-checklist',
  args: { node: 'safe', period: 'q3', noDraft: true },
  argTypes: { node: { control: 'select', options: ['safe', 'heard', 'thrive', 'nope'] }, period: { control: 'select', options: ['q1', 'q2', 'q3', 'q9'] } },
  render: (a) => html`<sc-qa-checklist src=${FEED} node=${a.node} period=${a.period} ?no-draft=${a.noDraft}></sc-qa-checklist>`,
};
export default meta;
type Story = StoryObj<Args>;

/** A priority's questions (with the outcome's beneath it), each with its data as compact tiles. */
export const Priority: Story = {};
/** A node with no questions of its own. */
export const NoQuestions: Story = { args: { node: 'thrive' } };
/** A node the feed does not have. */
export const UnknownNode: Story = { args: { node: 'nope' } };
/** Beside the framework tree: choose a priority and its questions follow. */
export const WithTree: Story = {
  render: (a) => html`<sc-feed src=${FEED}>
    <sc-outcome-tree></sc-outcome-tree>
    <sc-qa-checklist period=${a.period} ?no-draft=${a.noDraft}></sc-qa-checklist>
  </sc-feed>`,
};
