// The bench's breakdown of an interaction (bench/trace.ts), on a trace written by hand: the main
// thread's busy time counts each task once, including the one a script sent by the bench runs in
// (a "RunTask" with no inner event), and only from the window's first mark.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { breakdownOf } from '../../bench/trace.js';

const MAIN = { pid: 1, tid: 7 };
const x = (name: string, ts: number, dur: number) => ({ name, ph: 'X', ts, dur, ...MAIN });
const mark = (name: string, ts: number) => ({ name, ph: 'I', ts, ...MAIN });

describe('the bench breakdown', () => {
  it('counts every task once, from the mark, and style, layout and paint inside them', () => {
    const trace = {
      traceEvents: [
        { name: 'thread_name', ph: 'M', ts: 0, ...MAIN, args: { name: 'CrRendererMain' } },
        // The script the bench sent: it began 1 ms before the mark and ends 3 ms after it.
        x('RunTask', 0, 4000),
        mark('bench:node:start', 1000),
        // A frame: a task with its inner event (one task, 4 ms), with 1 ms of style, 2 ms of layout and 0.3 ms of paint.
        x('RunTask', 5000, 4000),
        x('ThreadControllerImpl::RunTask', 5000, 4000),
        x('UpdateLayoutTree', 5500, 1000),
        x('Layout', 6500, 2000),
        x('Paint', 8600, 300),
        // Another thread's work is not the main thread's.
        { ...x('RunTask', 5000, 4000), tid: 8 },
        mark('bench:node:end', 10000),
        // After the window.
        x('RunTask', 10500, 1000),
      ],
    };
    const b = breakdownOf(trace, 'node')!;
    // 3 ms of the script's task inside the window, and the frame's 4 ms.
    assert.equal(b.busy, 7);
    assert.equal(b.style, 1);
    assert.equal(b.layout, 2);
    assert.equal(b.paint, 0.3);
  });

  it('is null when the marks are missing', () => {
    assert.equal(breakdownOf({ traceEvents: [] }, 'node'), null);
  });
});
