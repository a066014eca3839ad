// The autoloader's picker family: the period picker, which only some pages offer.
import '@scorecard-kit/core/sc-period-picker.js';
