// Where an interaction's time goes, from a Chromium trace: style, layout, paint and the rest on the
// page's main thread between two user-timing marks the bench page sets
// (`performance.mark('bench:NAME:start')` … `'bench:NAME:end'`), so the next bottleneck is visible.

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string };
}

export const TRACE_CATEGORIES = ['toplevel', 'devtools.timeline', 'blink.user_timing', 'disabled-by-default-devtools.timeline'];

const KIND: Record<string, 'style' | 'layout' | 'paint'> = {
  UpdateLayoutTree: 'style',
  RecalculateStyles: 'style',
  Layout: 'layout',
  PrePaint: 'paint',
  Paint: 'paint',
  Layerize: 'paint',
  UpdateLayer: 'paint',
  UpdateLayerTree: 'paint',
  CompositeLayers: 'paint',
  Commit: 'paint',
};

const TASKS = new Set(['RunTask', 'ThreadControllerImpl::RunTask']);

export interface Breakdown {
  /** The main thread's busy time in the window: every task it ran. */
  busy: number;
  style: number;
  layout: number;
  paint: number;
}

/** Milliseconds of each kind of work in the window NAME marks; null when the marks are missing. */
export function breakdownOf(trace: { traceEvents: TraceEvent[] }, name: string): Breakdown | null {
  const mark = (which: string) => trace.traceEvents.find((e) => e.name === `bench:${name}:${which}`);
  const start = mark('start');
  const end = mark('end');
  if (!start || !end) return null;
  const main = trace.traceEvents.find((e) => e.ph === 'M' && e.name === 'thread_name' && e.pid === start.pid && e.args?.name === 'CrRendererMain');
  const inWindow = (e: TraceEvent) => e.ph === 'X' && e.pid === start.pid && (!main || e.tid === main.tid) && e.ts >= start.ts && e.ts <= end.ts;
  // Tasks are "RunTask" events, most with a "ThreadControllerImpl::RunTask" inside; the one that
  // runs a script the bench sends (page.evaluate, and so the click it makes) has only the outer
  // event. Busy time is the union of both kinds, and a task that began before the window's first
  // mark (the one that sets it) counts only from the mark.
  const tasks = trace.traceEvents
    .filter((e) => e.ph === 'X' && e.pid === start.pid && (!main || e.tid === main.tid) && TASKS.has(e.name))
    .map((e) => [Math.max(start.ts, e.ts), Math.min(end.ts, e.ts + (e.dur ?? 0))] as const)
    .filter(([a, b]) => b > a)
    .sort((x, y) => x[0] - y[0]);
  let busy = 0;
  let reached = -Infinity;
  for (const [a, b] of tasks) {
    if (b <= reached) continue;
    busy += (b - Math.max(a, reached)) / 1000;
    reached = b;
  }
  const events = trace.traceEvents.filter((e) => inWindow(e) && KIND[e.name]).sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const out: Breakdown = { busy, style: 0, layout: 0, paint: 0 };
  // Events nest (a layout inside a pre-paint): each is counted once, as the innermost kind, by taking
  // a nested event's time out of the event it sits in.
  const open: TraceEvent[] = [];
  for (const e of events) {
    while (open.length && open.at(-1)!.ts + open.at(-1)!.dur! <= e.ts) open.pop();
    const dur = (e.dur ?? 0) / 1000;
    const parent = open.at(-1);
    if (parent) out[KIND[parent.name]!] -= dur;
    out[KIND[e.name]!] += dur;
    open.push(e);
  }
  return out;
}

/**
 * The breakdown in words. Script that runs in microtasks (Lit's updates) has no event of its own in
 * these categories, so script is given as the main thread's busy time less style, layout and paint.
 */
export const breakdownWords = (b: Breakdown | null) =>
  b
    ? `main thread busy ${b.busy.toFixed(1)} ms: script and other ${Math.max(0, b.busy - b.style - b.layout - b.paint).toFixed(1)} ms, style ${b.style.toFixed(1)} ms, layout ${b.layout.toFixed(1)} ms, paint ${b.paint.toFixed(1)} ms (one traced run)`
    : 'no trace';
