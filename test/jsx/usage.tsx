// A React 19 app using the elements as they are, typed by scorecard-kit/jsx. `npm run
// check:packages` compiles it after the build: a wrong attribute value or event type fails it.
import type { CustomElements } from 'scorecard-kit/jsx';

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- how React's JSX is extended
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- the elements, added to React's own
    interface IntrinsicElements extends CustomElements {}
  }
}

export const Page = ({ onPick }: { onPick: (id: string) => void }) => (
  <sc-feed src="/data/feed.json">
    <sc-tile-grid onsc-select={(e) => onPick(e.detail.id)}></sc-tile-grid>
    <sc-indicator-tile indicator="cla-rate" variant="compact"></sc-indicator-tile>
    {/* @ts-expect-error: a tile is "detailed" or "compact" */}
    <sc-indicator-tile indicator="cla-rate" variant="huge"></sc-indicator-tile>
    <sc-qa-checklist node="p1" onsc-checklist-change={(e) => e.detail.state.feed}></sc-qa-checklist>
  </sc-feed>
);
