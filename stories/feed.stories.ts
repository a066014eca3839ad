import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '@scorecard-kit/core/sc-feed.js';
import minimal from '../test/fixtures/feeds/minimal.json';
import hostile from '../test/fixtures/feeds/hostile.json';

interface Args {
  src?: string;
  refresh: number;
  timeout: number;
  period?: string;
  hideWarnings: boolean;
}

const meta: Meta<Args> = {
  title: 'Core/sc-feed',
  component: 'sc-feed',
  args: { refresh: 0, timeout: 30, hideWarnings: false },
  render: (a) => html`<sc-feed
    src=${a.src ?? nothing}
    refresh=${a.refresh}
    timeout=${a.timeout}
    period=${a.period ?? nothing}
    ?hide-warnings=${a.hideWarnings}
  ></sc-feed>`,
};
export default meta;
type Story = StoryObj<Args>;

/** A feed loaded from `src`: the provider shows nothing of its own but the widgets inside it. */
export const Loaded: Story = { args: { src: 'fixtures/minimal.json' } };

/** A feed with a figure that is not a number: it is left out, and the disclosure says so. */
export const WithWarnings: Story = { args: { src: 'fixtures/warnings.json' } };

/** The address is wrong: the error names it and the HTTP status. */
export const NotFound: Story = { args: { src: 'fixtures/no-such-feed.json' } };

/** Malformed JSON: the error says the line and column. */
export const MalformedJson: Story = {
  render: () => html`<sc-feed><script type="application/json">{ "version": "1.0", "title": "Broken",, }</script></sc-feed>`,
};

/** A feed inline in the page, for content-management systems. */
export const InlineFeed: Story = {
  render: () => html`<sc-feed><script type="application/json">${JSON.stringify(minimal)}</script></sc-feed>`,
};

/** Illustrative figures are said to be so; hostile strings in the feed are shown as text. */
export const IllustrativeAndHostile: Story = {
  render: () => html`<sc-feed .feed=${hostile}></sc-feed>`,
};

/** Waiting for a feed that has not answered yet: the loading state. */
export const Loading: Story = {
  args: { src: 'fixtures/minimal.json#never', timeout: 0 },
  decorators: [
    (story) => {
      neverAnswer();
      return story();
    },
  ],
};

/** Makes fetches of addresses ending "#never" wait for ever, so the loading state stays on screen. */
function neverAnswer() {
  const w = window as typeof window & { scNeverAnswer?: boolean };
  if (w.scNeverAnswer) return;
  w.scNeverAnswer = true;
  const real = window.fetch.bind(window);
  window.fetch = (input, init) =>
    String(input).endsWith('#never')
      ? new Promise((_, reject) => init?.signal?.addEventListener('abort', () => reject(new DOMException('Aborted', 'AbortError'))))
      : real(input, init);
}

/** No feed given at all: it says what to do rather than showing a blank box. */
export const NoFeed: Story = {};
