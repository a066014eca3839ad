import { defineElement } from '../define.js';
import { ScFeed } from './feed.js';

export { ScFeed };
defineElement('sc-feed', ScFeed);

declare global {
  interface HTMLElementTagNameMap {
    'sc-feed': ScFeed;
  }
}
