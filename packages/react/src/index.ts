// React components for the kit's elements, made with @lit/react: each takes the element's
// properties as typed props and its sc- events as typed `onSc…` props. Importing this module
// registers the elements (through the scorecard-kit umbrella).
// React is CommonJS: its default export is the module, as bundlers and Node give it.
import React from 'react';
import { createComponent, type EventName } from '@lit/react';
import {
  ScAuditForm,
  ScBreakdown,
  ScFeed,
  ScHighlights,
  ScIndicatorTile,
  ScLegend,
  ScLocalityMap,
  ScNeighbours,
  ScOutcomeTree,
  ScPeriodPicker,
  ScQaChecklist,
  ScScorecardTable,
  ScTileGrid,
  type ScEventMap,
} from 'scorecard-kit';

type ChecklistChange = GlobalEventHandlersEventMap['sc-checklist-change'];

/** The kit's events as React props: onScSelect for sc-select, and so on. */
const select = { onScSelect: 'sc-select' as EventName<ScEventMap['sc-select']> };
const periodChange = { onScPeriodChange: 'sc-period-change' as EventName<ScEventMap['sc-period-change']> };
const checklistChange = { onScChecklistChange: 'sc-checklist-change' as EventName<ChecklistChange> };

/** `<sc-feed>`: loads one feed; its children's events bubble to it, so it takes them all. */
export const Feed = createComponent({
  tagName: 'sc-feed',
  elementClass: ScFeed,
  react: React,
  events: {
    onScFeedLoad: 'sc-feed-load' as EventName<ScEventMap['sc-feed-load']>,
    onScFeedError: 'sc-feed-error' as EventName<ScEventMap['sc-feed-error']>,
    ...select,
    ...periodChange,
    ...checklistChange,
  },
});
export const PeriodPicker = createComponent({ tagName: 'sc-period-picker', elementClass: ScPeriodPicker, react: React, events: periodChange });
export const IndicatorTile = createComponent({ tagName: 'sc-indicator-tile', elementClass: ScIndicatorTile, react: React, events: select });
export const TileGrid = createComponent({ tagName: 'sc-tile-grid', elementClass: ScTileGrid, react: React, events: select });
export const Legend = createComponent({ tagName: 'sc-legend', elementClass: ScLegend, react: React });
export const ScorecardTable = createComponent({ tagName: 'sc-scorecard-table', elementClass: ScScorecardTable, react: React });
export const Highlights = createComponent({ tagName: 'sc-highlights', elementClass: ScHighlights, react: React });
export const Neighbours = createComponent({ tagName: 'sc-neighbours', elementClass: ScNeighbours, react: React });
export const Breakdown = createComponent({ tagName: 'sc-breakdown', elementClass: ScBreakdown, react: React });
export const OutcomeTree = createComponent({ tagName: 'sc-outcome-tree', elementClass: ScOutcomeTree, react: React, events: select });
export const LocalityMap = createComponent({ tagName: 'sc-locality-map', elementClass: ScLocalityMap, react: React, events: select });
export const QaChecklist = createComponent({
  tagName: 'sc-qa-checklist',
  elementClass: ScQaChecklist,
  react: React,
  events: { ...select, ...checklistChange },
});
export const AuditForm = createComponent({ tagName: 'sc-audit-form', elementClass: ScAuditForm, react: React, events: checklistChange });
