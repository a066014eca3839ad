// How the tiles of a grid of hundreds keep each frame short: a deferred tile draws in full only
// when it first comes near the viewport; after that, a change (a new period) is drawn at once only
// by the tiles on screen, and by the others a few at a time when the page is idle, or as soon as
// they come on screen. Printing draws every tile as it is now.

/** Tiles waiting to come near the viewport for the first time, with what to do then. */
const waiting = new Map<Element, () => void>();
let near: IntersectionObserver | undefined;

/** Tiles drawn, watched for whether they are on screen; and those with a change still to draw. */
const onScreen = new WeakMap<Element, boolean>();
const behind = new Map<Element, () => void>();
let visible: IntersectionObserver | undefined;

/** Tiles caught up per idle moment: each draws in about a millisecond. */
const PER_IDLE = 8;
let scheduled = false;

/** Calls `then` once, when `el` comes within a screen's height of the viewport. */
export function whenNear(el: Element, then: () => void): void {
  if (typeof IntersectionObserver === 'undefined') return then();
  near ??= new IntersectionObserver((entries) => entries.forEach((e) => e.isIntersecting && reveal(e.target)), { rootMargin: '100% 0px' });
  waiting.set(el, then);
  near.observe(el);
}

function reveal(el: Element) {
  near?.unobserve(el);
  waiting.get(el)?.();
  waiting.delete(el);
}

/** From now on, keeps track of whether `el` is on screen (until `forget`). */
export function watchOnScreen(el: Element): void {
  if (typeof IntersectionObserver === 'undefined') return;
  visible ??= new IntersectionObserver((entries) => {
    for (const e of entries) {
      onScreen.set(e.target, e.isIntersecting);
      if (e.isIntersecting) catchUp(e.target);
    }
  });
  visible.observe(el);
}

/** Whether `el` is off screen, as last seen; a tile not yet known about counts as on screen. */
export function offScreen(el: Element): boolean {
  return onScreen.get(el) === false;
}

/** Has `draw` run for `el` when the page is next idle, or when it comes on screen, whichever is first. */
export function drawLater(el: Element, draw: () => void): void {
  behind.set(el, draw);
  if (scheduled) return;
  scheduled = true;
  idle(drain);
}

function catchUp(el: Element) {
  const draw = behind.get(el);
  behind.delete(el);
  draw?.();
}

function drain() {
  scheduled = false;
  for (const el of [...behind.keys()].slice(0, PER_IDLE)) catchUp(el);
  if (behind.size && !scheduled) {
    scheduled = true;
    idle(drain);
  }
}

const idle = (fn: () => void) => (typeof requestIdleCallback === 'function' ? requestIdleCallback(fn, { timeout: 1000 }) : setTimeout(fn, 50));

/** Stops watching `el` (it left the page). */
export function forget(el: Element): void {
  near?.unobserve(el);
  visible?.unobserve(el);
  waiting.delete(el);
  behind.delete(el);
  onScreen.delete(el);
}

// A printed board pack shows every tile in full, and as it is now.
globalThis.addEventListener?.('beforeprint', () => {
  [...waiting.keys()].forEach(reveal);
  [...behind.keys()].forEach(catchUp);
});
