/**
 * Answers to a checklist, as kept in the browser, sent with `sc-checklist-change` and exported as
 * JSON. Every field carries the time it was last set, so that two copies (two tabs, or a draft and
 * an import) merge field by field, the newer answer winning, and neither overwrites the other.
 */
export const STATE_FORMAT = 'scorecard-kit/checklist-answers';
export const STATE_VERSION = 1;

export type FieldValue = string | number | boolean | null;

/** A value and when it was set (milliseconds since 1970). */
export interface Entry {
  v: FieldValue;
  t: number;
}

export interface ActionItem {
  id: string;
  /** What is to be done. */
  text: string;
  owner: string;
  /** Date for completion, YYYY-MM-DD, or "" while not set. */
  due: string;
  done: boolean;
  /** The question the action came from, where there is one. */
  question?: string | undefined;
  /** A removed action is kept as a tombstone, so that a merge does not bring it back. */
  deleted?: boolean | undefined;
  t: number;
}

export interface ChecklistState {
  format: typeof STATE_FORMAT;
  version: typeof STATE_VERSION;
  /** The feed's title, so that an export says where it belongs. */
  feed: string;
  /** The checklist's id, or "qa:" and the framework node's id for QA questions. */
  checklist: string;
  /** The review period, by the feed's period id, where reviews belong to one. */
  period?: string | undefined;
  /**
   * Field keys: `answer:Q`, `notes:Q`, `evidence:Q` for question Q; `record:F` for a record
   * detail; `comment:S:C` for a section's comment box; `grade:S`; `overall`; `complete`.
   */
  fields: Record<string, Entry>;
  actions: Record<string, ActionItem>;
}

export function emptyState(feed: string, checklist: string, period?: string): ChecklistState {
  return { format: STATE_FORMAT, version: STATE_VERSION, feed, checklist, ...(period ? { period } : {}), fields: {}, actions: {} };
}

export const key = {
  answer: (q: string) => `answer:${q}`,
  notes: (q: string) => `notes:${q}`,
  evidence: (q: string) => `evidence:${q}`,
  record: (f: string) => `record:${f}`,
  comment: (section: string, box: string) => `comment:${section}:${box}`,
  grade: (section: string) => `grade:${section}`,
  overall: 'overall',
  complete: 'complete',
};

export function field(state: ChecklistState, k: string): FieldValue {
  return state.fields[k]?.v ?? null;
}

/** The state with one field set; a change that sets what is already there returns the state itself. */
export function setField(state: ChecklistState, k: string, v: FieldValue, now: number): ChecklistState {
  if (state.fields[k] && state.fields[k].v === v) return state;
  return { ...state, fields: { ...state.fields, [k]: { v, t: now } } };
}

/** Live actions (not removed), oldest first. */
export function liveActions(state: ChecklistState, question?: string): ActionItem[] {
  return Object.values(state.actions)
    .filter((a) => !a.deleted && (question === undefined || a.question === question))
    .sort((a, b) => a.id.localeCompare(b.id));
}

export function putAction(state: ChecklistState, action: Omit<ActionItem, 't'>, now: number): ChecklistState {
  return { ...state, actions: { ...state.actions, [action.id]: { ...action, t: now } } };
}

export function removeAction(state: ChecklistState, id: string, now: number): ChecklistState {
  const a = state.actions[id];
  if (!a) return state;
  return { ...state, actions: { ...state.actions, [id]: { ...a, deleted: true, t: now } } };
}

/** A new action id that sorts after every earlier one made in this browser. */
export function newActionId(now: number): string {
  return `a${now.toString(36)}${Math.floor(Math.random() * 1296)
    .toString(36)
    .padStart(2, '0')}`;
}

/**
 * Two copies of the same checklist's answers merged: for each field and each action, the one set
 * last wins. Neither copy is changed.
 */
export function mergeStates(mine: ChecklistState, theirs: ChecklistState): ChecklistState {
  const fields = { ...mine.fields };
  for (const [k, e] of Object.entries(theirs.fields)) if (!fields[k] || e.t > fields[k].t) fields[k] = e;
  const actions = { ...mine.actions };
  for (const [id, a] of Object.entries(theirs.actions)) if (!actions[id] || a.t > actions[id].t) actions[id] = a;
  return { ...mine, fields, actions };
}

/** When the state was last changed, or 0 for an empty one. */
export function lastChanged(state: ChecklistState): number {
  let t = 0;
  for (const e of Object.values(state.fields)) t = Math.max(t, e.t);
  for (const a of Object.values(state.actions)) t = Math.max(t, a.t);
  return t;
}
