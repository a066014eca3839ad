import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@scorecard-kit/checklist/sc-audit-form.js';
import { STATE_FORMAT } from '@scorecard-kit/checklist';

interface Args {
  checklist: string;
  noDraft: boolean;
}

// The same feed as the tests and the demo page (docs/feeds, served at /feeds): the audit tool of seed 003.
const FEED = '/feeds/case-file-audit.json';

const meta: Meta<Args> = {
  title: 'Checklist/sc-audit-form',
  component: 'sc-audit-form',
  args: { checklist: 'case-file-audit', noDraft: true },
  render: (a) => html`<sc-audit-form src=${FEED} checklist=${a.checklist} ?no-draft=${a.noDraft}></sc-audit-form>`,
};
export default meta;
type Story = StoryObj<Args>;

/** An empty audit: record details, seven sections, grades with their descriptors, the overall judgement and actions. */
export const Empty: Story = {};

/** Part answered, loaded through `.state` as a host page would from its own server. */
export const PartAnswered: Story = {
  render: (a) => html`<sc-audit-form
    src=${FEED}
    checklist=${a.checklist}
    ?no-draft=${a.noDraft}
    .state=${{
      format: STATE_FORMAT,
      version: 1,
      feed: "Walsall Children's Services case-file audit tool",
      checklist: a.checklist,
      fields: { 'record:client-name': { v: 'A. Child', t: 1 }, 'grade:general': { v: 2, t: 1 }, overall: { v: 3, t: 1 } },
      actions: { a1: { id: 'a1', text: 'Update the chronology', owner: 'Team manager', due: '2020-01-31', done: false, t: 1 } },
    }}
  ></sc-audit-form>`,
};

/** A checklist the feed does not have: the error names it. */
export const UnknownChecklist: Story = { args: { checklist: 'nope' } };

/** Drafts kept in this browser (turn `noDraft` off): reload the story and the answers are still there. */
export const WithDraft: Story = { args: { noDraft: false } };
