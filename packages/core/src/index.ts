/**
 * @scorecard-kit/core: the feed contract, the domain rules, the contexts widgets share, and the
 * `<sc-feed>` provider. Importing this module registers nothing; import
 * `@scorecard-kit/core/sc-feed.js` to define `<sc-feed>`.
 */
export * from './feed/index.js';
export * from './rules/index.js';
export * from './context/index.js';
export * from './events.js';
export * from './styles/index.js';
export { defineElement } from './elements/define.js';
export { FeedLoader, type FeedSource, type LoadState } from './elements/feed-loader.js';
export { ScFeed } from './elements/feed/feed.js';
export { ScPeriodPicker } from './elements/period-picker/period-picker.js';
export { SHARED_PERIOD, ScWidget, widgetStyles } from './elements/widget.js';
export { problemList } from './elements/problems-view.js';
export { arrow, ragShape } from './elements/marks.js';
export { cssomStyle } from './elements/cssom-style.js';
export { download } from './elements/download.js';
export { errorBox, fileMissing, statusLine, unknownIndicator } from './elements/status.js';
