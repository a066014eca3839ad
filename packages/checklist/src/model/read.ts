import { STATE_FORMAT, STATE_VERSION, type ActionItem, type ChecklistState, type Entry } from './state.js';

export interface ReadResult {
  state: ChecklistState | null;
  /** What was wrong, each naming where: empty when the state was read whole. */
  problems: string[];
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const isValue = (x: unknown) => x === null || typeof x === 'string' || typeof x === 'boolean' || (typeof x === 'number' && Number.isFinite(x));

/**
 * Reads saved answers (a draft from the browser's storage, or an imported file), checking every
 * part. A file that is not checklist answers at all, or is from a newer version, gives no state;
 * single bad fields or actions are left out and named, the rest kept.
 */
export function readState(input: unknown): ReadResult {
  let data = input;
  if (typeof input === 'string') {
    try {
      data = JSON.parse(input);
    } catch (e) {
      return { state: null, problems: [`It is not valid JSON: ${e instanceof Error ? e.message : String(e)}.`] };
    }
  }
  if (!isObject(data)) return { state: null, problems: ['It is not a JSON object, so it cannot be checklist answers.'] };
  if (data.format !== STATE_FORMAT) {
    return {
      state: null,
      problems: [
        `It is not a Scorecard Kit checklist export: "format" should be "${STATE_FORMAT}"${data.format === undefined ? ' and is missing' : `, not ${JSON.stringify(data.format).slice(0, 60)}`}.`,
      ],
    };
  }
  if (typeof data.version !== 'number' || !Number.isInteger(data.version)) return { state: null, problems: ['"version" is missing or not a whole number.'] };
  if (data.version > STATE_VERSION) {
    return {
      state: null,
      problems: [
        `It was saved by a newer version of Scorecard Kit (answers format ${data.version}; this page reads up to ${STATE_VERSION}). Open it on a page with the newer kit.`,
      ],
    };
  }
  const problems: string[] = [];
  if (typeof data.checklist !== 'string' || !data.checklist)
    return { state: null, problems: ['"checklist" is missing: it should name the checklist the answers are for.'] };
  const fields: Record<string, Entry> = {};
  if (data.fields !== undefined && !isObject(data.fields)) problems.push('"fields" is not an object; no answers could be read from it.');
  for (const [k, e] of Object.entries(isObject(data.fields) ? data.fields : {})) {
    if (isObject(e) && isValue(e.v) && typeof e.t === 'number' && Number.isFinite(e.t)) fields[k] = { v: e.v as Entry['v'], t: e.t };
    else problems.push(`fields["${k}"] is not a value with a time ({"v": ..., "t": ...}); it was left out.`);
  }
  const actions: Record<string, ActionItem> = {};
  if (data.actions !== undefined && !isObject(data.actions)) problems.push('"actions" is not an object; no actions could be read from it.');
  for (const [id, a] of Object.entries(isObject(data.actions) ? data.actions : {})) {
    const ok =
      isObject(a) &&
      typeof a.text === 'string' &&
      typeof a.owner === 'string' &&
      typeof a.due === 'string' &&
      (a.due === '' || /^\d{4}-\d{2}-\d{2}$/.test(a.due)) &&
      typeof a.done === 'boolean' &&
      typeof a.t === 'number' &&
      (a.question === undefined || typeof a.question === 'string') &&
      (a.deleted === undefined || typeof a.deleted === 'boolean');
    if (ok)
      actions[id] = {
        id,
        text: a.text as string,
        owner: a.owner as string,
        due: a.due as string,
        done: a.done as boolean,
        question: a.question as string | undefined,
        deleted: a.deleted as boolean | undefined,
        t: a.t as number,
      };
    else problems.push(`actions["${id}"] needs text, owner, due (YYYY-MM-DD or ""), done (true or false) and t; it was left out.`);
  }
  return {
    state: {
      format: STATE_FORMAT,
      version: STATE_VERSION,
      feed: typeof data.feed === 'string' ? data.feed : '',
      checklist: data.checklist,
      ...(typeof data.period === 'string' ? { period: data.period } : {}),
      fields,
      actions,
    },
    problems,
  };
}
