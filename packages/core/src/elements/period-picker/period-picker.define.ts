import { defineElement } from '../define.js';
import { ScPeriodPicker } from './period-picker.js';

export { ScPeriodPicker };
defineElement('sc-period-picker', ScPeriodPicker);

declare global {
  interface HTMLElementTagNameMap {
    'sc-period-picker': ScPeriodPicker;
  }
}
