import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@scorecard-kit/map/sc-locality-map.js';
import '@scorecard-kit/core/sc-feed.js';
import '@scorecard-kit/tiles/sc-indicator-tile.js';

interface Args {
  indicator: string;
  level: 'locality' | 'ward' | 'authority';
  table: boolean;
}

// The same fixture as the tests (test/fixtures/feeds/map.json, served at /fixtures): Walsall's six
// Area Partnerships as localities and its 20 wards, with the ward boundaries it points to.
const FIXTURE = '/fixtures/map.json';

const meta: Meta<Args> = {
  title: 'Map/sc-locality-map',
  component: 'sc-locality-map',
  args: { indicator: 'cp-rate', level: 'locality', table: false },
  argTypes: {
    indicator: { control: 'select', options: ['cp-rate', 'good-schools', 'referrals', 'no-areas', 'unknown'] },
    level: { control: 'inline-radio', options: ['locality', 'ward', 'authority'] },
  },
  render: (a) => html`<sc-locality-map src=${FIXTURE} indicator=${a.indicator} level=${a.level} ?table=${a.table}></sc-locality-map>`,
};
export default meta;
type Story = StoryObj<Args>;

/** Wards merged into localities; smaller is better; one locality's figure suppressed. */
export const Localities: Story = {};
/** The twenty wards, one without a figure. */
export const Wards: Story = { args: { level: 'ward' } };
/** Better and worse either side of the authority's figure, in words. */
export const Diverging: Story = { args: { indicator: 'good-schools' } };
/** Fixed breaks from the feed, for a count with no better direction. */
export const FixedBreaks: Story = { args: { indicator: 'referrals' } };
/** The same figures as a sortable table. */
export const Table: Story = { args: { table: true } };
/** Every English council, by a real DfE indicator, with Walsall outlined and its statistical neighbours marked. */
export const National: Story = {
  args: { indicator: 'rereferral', level: 'authority' },
  render: (a) => html`<sc-locality-map src="/feeds/england-councils.json" indicator=${a.indicator} level="authority" ?table=${a.table}></sc-locality-map>`,
};
/** A chosen area followed by a tile beside it, through <sc-feed>. */
export const WithTile: Story = {
  render: (a) => html`<sc-feed src=${FIXTURE}>
    <sc-locality-map indicator=${a.indicator} level=${a.level}></sc-locality-map>
    <sc-indicator-tile indicator=${a.indicator}></sc-indicator-tile>
  </sc-feed>`,
};
/** A boundary file that cannot be loaded: the address named, the figures as a table. */
export const BoundaryError: Story = {
  render: (a) => html`<sc-locality-map src=${FIXTURE} indicator=${a.indicator} boundaries="/geo/missing.topojson"></sc-locality-map>`,
};
/** An indicator the feed does not have. */
export const UnknownIndicator: Story = { args: { indicator: 'unknown' } };
