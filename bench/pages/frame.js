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
