import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * The host's width in whole pixels, kept up to date by a ResizeObserver. Unlike Lit Labs'
 * ResizeController it asks for an update only when the width changes: the map's height follows
 * its content (a chosen area's panel appears), and redrawing 153 councils for that would be waste.
 */
export class WidthController implements ReactiveController {
  #measured = 0;
  readonly #observer: ResizeObserver;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
    this.#observer = new ResizeObserver((entries) => {
      const width = Math.floor(entries[entries.length - 1]!.contentRect.width);
      if (width !== this.#measured) {
        this.#measured = width;
        host.requestUpdate();
      }
    });
  }

  /**
   * The width now. Until the observer has reported, it is measured on the spot, so that a first
   * render can draw: an element slotted into a parent that has not rendered yet has no width when
   * it connects, but has one by the time it renders.
   */
  get value(): number {
    if (!this.#measured) this.#measured = Math.floor(this.host.getBoundingClientRect().width);
    return this.#measured;
  }

  hostConnected(): void {
    this.#observer.observe(this.host);
  }

  hostDisconnected(): void {
    this.#observer.disconnect();
  }
}
