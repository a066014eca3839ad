import type { Checklist, FeedData, FrameworkNode, ScaleOption } from '@scorecard-kit/core';
import { toCsv } from '@scorecard-kit/core/rules';
import { field, key, liveActions, type ChecklistState } from './state.js';

export interface SpecQuestion {
  id: string;
  text: string;
  guidance?: string | undefined;
  /** Indicator ids the question is asked of (QA questions). */
  indicators: string[];
  answers: ScaleOption[];
  evidence: boolean;
}

export interface SpecSection {
  id: string;
  title: string;
  questions: SpecQuestion[];
  comments: { id: string; label: string }[];
  graded: boolean;
}

/** A checklist as the forms use it: the audit tool's, or a framework node's QA questions. */
export interface ChecklistSpec {
  id: string;
  title: string;
  record: { id: string; label: string }[];
  grades: { value: number; label: string; descriptor?: string | undefined }[];
  sections: SpecSection[];
  actions: boolean;
}

export function auditSpec(c: Checklist): ChecklistSpec {
  const answers = c.answers ?? [
    { value: 'yes', label: 'Yes' },
    { value: 'no', label: 'No' },
    { value: 'n-a', label: 'N/A' },
  ];
  return {
    id: c.id,
    title: c.title,
    record: c.record ?? [],
    grades: c.grades ?? [],
    sections: c.sections.map((s) => ({
      id: s.id,
      title: s.title,
      questions: s.questions.map((q) => ({
        id: q.id,
        text: q.text,
        guidance: q.guidance,
        indicators: [],
        answers: q.answers ?? answers,
        evidence: q.evidence ?? true,
      })),
      comments: s.comments ?? [],
      graded: s.graded ?? false,
    })),
    actions: c.actions ?? false,
  };
}

/** The QA questions of a framework node (and of every node beneath it), as one section. */
export function qaSpec(feed: FeedData, node: FrameworkNode): ChecklistSpec {
  // parseFeed gives the default scale (Assured ... Not yet reviewed) when the feed has none.
  const scale = feed.qaScale;
  const ids: string[] = [];
  const walk = (n: FrameworkNode) => {
    for (const q of n.questions) if (!ids.includes(q)) ids.push(q);
    n.children.forEach(walk);
  };
  walk(node);
  const questions = ids.map((id) => {
    const q = feed.questions.get(id)!;
    return { id, text: q.text, guidance: q.guidance, indicators: (q.indicators ?? []).filter((i) => feed.indicators.has(i)), answers: scale, evidence: true };
  });
  return {
    id: `qa:${node.id}`,
    title: node.title,
    record: [],
    grades: [],
    sections: [{ id: node.id, title: node.title, questions, comments: [], graded: false }],
    actions: true,
  };
}

/** Every field key the checklist has, so that answers to anything else can be found and kept aside. */
export function knownKeys(spec: ChecklistSpec): Set<string> {
  const keys = new Set<string>([key.overall, key.complete]);
  for (const r of spec.record) keys.add(key.record(r.id));
  for (const s of spec.sections) {
    for (const q of s.questions) [key.answer(q.id), key.notes(q.id), key.evidence(q.id)].forEach((k) => keys.add(k));
    for (const c of s.comments) keys.add(key.comment(s.id, c.id));
    if (s.graded) keys.add(key.grade(s.id));
  }
  return keys;
}

/** Answers the checklist no longer asks for (the feed changed since they were written): never dropped, only listed. */
export function orphanKeys(state: ChecklistState, spec: ChecklistSpec): string[] {
  const known = knownKeys(spec);
  return Object.keys(state.fields).filter((k) => !known.has(k) && state.fields[k]!.v !== null && state.fields[k]!.v !== '');
}

export interface Progress {
  questions: number;
  answered: number;
  /** Answers by scale value. */
  counts: Map<string, number>;
  openActions: number;
  overdue: number;
  /** "7 of 12 reviewed, 2 not assured, 3 actions open, 1 overdue". */
  words: string;
}

/** How far a checklist has got, in numbers and in words. `today` is YYYY-MM-DD. */
export function progress(state: ChecklistState, spec: ChecklistSpec, today: string, notDone: readonly string[] = ['not-reviewed']): Progress {
  const questions = spec.sections.flatMap((s) => s.questions);
  const counts = new Map<string, number>();
  let answered = 0;
  for (const q of questions) {
    const a = field(state, key.answer(q.id));
    if (typeof a !== 'string' || !a) continue;
    counts.set(a, (counts.get(a) ?? 0) + 1);
    if (!notDone.includes(a)) answered++;
  }
  const open = liveActions(state).filter((a) => !a.done);
  const overdue = open.filter((a) => a.due && a.due < today).length;
  const labels = new Map(questions.flatMap((q) => q.answers.map((o) => [o.value, o.label.toLowerCase()] as const)));
  const parts = [`${answered} of ${questions.length} ${spec.grades.length ? 'answered' : 'reviewed'}`];
  for (const [value, n] of counts) if (!notDone.includes(value) && /not|^no$/.test(value)) parts.push(`${n} ${labels.get(value) ?? value}`);
  parts.push(`${open.length} ${open.length === 1 ? 'action' : 'actions'} open`);
  if (overdue) parts.push(`${overdue} overdue`);
  return { questions: questions.length, answered, counts, openActions: open.length, overdue, words: parts.join(', ') };
}

/** Something to finish before the checklist can be marked complete, and the field to go to. */
export interface Gap {
  /** The id of the form control to link to. */
  target: string;
  message: string;
}

/** What is missing before the audit can be marked complete; never stops a draft being saved. */
export function gaps(state: ChecklistState, spec: ChecklistSpec): Gap[] {
  const out: Gap[] = [];
  for (const s of spec.sections) {
    const unanswered = s.questions.filter((q) => !field(state, key.answer(q.id)));
    if (unanswered.length) {
      out.push({
        target: `q-${unanswered[0]!.id}`,
        message: `${s.title}: ${unanswered.length} of ${s.questions.length} ${s.questions.length === 1 ? 'question has' : 'questions have'} no answer`,
      });
    }
    if (s.graded && spec.grades.length && field(state, key.grade(s.id)) === null)
      out.push({ target: `grade-${s.id}`, message: `${s.title}: choose a grade for this section` });
  }
  if (spec.grades.length && field(state, key.overall) === null) out.push({ target: 'overall', message: 'Choose the overall judgement' });
  for (const a of liveActions(state)) {
    if (!a.text.trim()) out.push({ target: `action-${a.id}-text`, message: 'An action has no description: say what is to be done, or remove it' });
    if (!a.due) out.push({ target: `action-${a.id}-due`, message: `Give a date for completion for the action "${a.text.trim() || 'with no description'}"` });
  }
  return out;
}

/** The answers as CSV: a line per question, record detail, comment, grade and action. */
export function stateCsv(state: ChecklistState, spec: ChecklistSpec): string {
  const rows: (string | number | null)[][] = [['Part', 'Item', 'Answer', 'Notes', 'Evidence', 'Owner', 'Date for completion', 'Done']];
  const text = (k: string) => {
    const v = field(state, k);
    return v === null ? '' : String(v);
  };
  for (const r of spec.record) rows.push(['Record', r.label, text(key.record(r.id)), '', '', '', '', '']);
  for (const s of spec.sections) {
    for (const q of s.questions) {
      const a = text(key.answer(q.id));
      rows.push([s.title, q.text, q.answers.find((o) => o.value === a)?.label ?? a, text(key.notes(q.id)), text(key.evidence(q.id)), '', '', '']);
    }
    for (const c of s.comments) rows.push([s.title, c.label, text(key.comment(s.id, c.id)), '', '', '', '', '']);
    if (s.graded) rows.push([s.title, 'Grade', gradeLabel(spec, field(state, key.grade(s.id))), '', '', '', '', '']);
  }
  if (spec.grades.length) rows.push(['Overall', 'Overall judgement', gradeLabel(spec, field(state, key.overall)), '', '', '', '', '']);
  const questionText = new Map(spec.sections.flatMap((s) => s.questions.map((q) => [q.id, q.text] as const)));
  for (const a of liveActions(state))
    rows.push(['Action', a.question ? (questionText.get(a.question) ?? a.question) : '', a.text, '', '', a.owner, a.due, a.done ? 'Yes' : 'No']);
  return toCsv(rows);
}

function gradeLabel(spec: ChecklistSpec, v: unknown): string {
  const g = spec.grades.find((x) => x.value === v);
  return g ? `${g.value} ${g.label}` : '';
}
