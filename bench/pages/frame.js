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
  // When the update itself waited past a frame, all of it counts.
  return frameStart >= updated ? updated - t0 + (end - frameStart) : end - t0;
}

/** The time `host` (an <sc-feed>) has its feed ready, checked and indexed: where first-paint clocks start, marked for the trace. */
export function feedReady(host) {
  return new Promise((resolve) =>
    host.addEventListener(
      'sc-feed-load',
      () => {
        performance.mark('bench:render:start');
        resolve(performance.now());
      },
      { once: true },
    ),
  );
}

/**
 * The first render after a feed is ready, to the screen: from `sc-feed-load` on `host` until the
 * widgets have updated (`updated()` resolves), plus the work of the frame that paints them; the wait
 * for vsync between the two is left out, as in toNextFrame. The frame is asked for as the feed is
 * ready, before any widget asks for one of its own, so work a widget leaves for after that frame
 * (the rest of a big tree's rows) is not counted in it.
 */
export function firstFrame(host, updated) {
  return new Promise((resolve, reject) => host.addEventListener('sc-feed-load', () => measure().then(resolve, reject), { once: true }));
  async function measure() {
    performance.mark('bench:render:start');
    const t0 = performance.now();
    let frameStart = 0;
    const painted = new Promise((r) =>
      requestAnimationFrame(() => {
        frameStart = performance.now();
        setTimeout(() => r(performance.now()), 0);
      }),
    );
    await updated();
    const done = performance.now();
    const end = await painted;
    if (frameStart >= done) return done - t0 + (end - frameStart);
    // The update ran past that frame: all of it counts, to the end of the frame after it.
    const next = await new Promise((r) => requestAnimationFrame(() => setTimeout(() => r(performance.now()), 0)));
    return next - t0;
  }
}
