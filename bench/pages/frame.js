// The work an interaction costs to reach the screen, in milliseconds: the time from the input until
// the widgets have updated, plus the frame's own work (other animation-frame callbacks, style,
// layout, paint) until a task can run after it. The wait for the display's next vsync between the
// two is left out: it is not work, and at 60 Hz it alone can be up to 16.7 ms.
// `act` may return a promise (the widgets' updateComplete); it must not wait for a frame itself.
export async function toNextFrame(act) {
  let frameStart = 0;
  const painted = new Promise((r) =>
    requestAnimationFrame(() => {
      frameStart = performance.now();
      setTimeout(() => r(performance.now()), 0);
    }),
  );
  const t0 = performance.now();
  await act();
  const updated = performance.now();
  const end = await painted;
  if (frameStart >= updated) return updated - t0 + (end - frameStart);
  // The update ran past that frame: all of it counts, to the end of the frame after it.
  const next = await new Promise((r) => requestAnimationFrame(() => setTimeout(() => r(performance.now()), 0)));
  return next - t0;
}

/**
 * The first render after a feed is ready, to the screen, as toNextFrame times a change: from
 * `sc-feed-load` on `host` until `updated()` resolves (the widgets have drawn), plus the work of
 * the frame that paints them. The frame is asked for as the feed is ready, before any widget asks
 * for one of its own, so work a widget leaves for after that frame (the rest of a big tree's rows,
 * a long chart's bars) is not counted in it. Marked for the trace.
 */
export function firstFrame(host, updated) {
  return new Promise((resolve, reject) =>
    host.addEventListener(
      'sc-feed-load',
      () => {
        performance.mark('bench:render:start');
        toNextFrame(updated).then(resolve, reject);
      },
      { once: true },
    ),
  );
}
