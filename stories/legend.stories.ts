import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@scorecard-kit/tiles/sc-legend.js';

interface Args {
  heading: string;
  headingLevel: number;
}

const meta: Meta<Args> = {
  title: 'Tiles/sc-legend',
  component: 'sc-legend',
  args: { heading: 'Key', headingLevel: 3 },
  render: (a) => html`<sc-legend heading=${a.heading} heading-level=${a.headingLevel}></sc-legend>`,
};
export default meta;

/** The key to the arrows, RAG and marks, worked out by the same rules as the tiles. */
export const Default: StoryObj<Args> = {};
