import { flash } from './flash';

const COUNT_MS = 900;

const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)');

/** A challenge-wide count that rolls up to its new value, so the room sees it grow; it jumps when motion is reduced. */
export class Counter {
  private shown = 0;
  private target = 0;
  private frame = 0;

  constructor(private readonly element: HTMLElement) {}

  set(value: number): void {
    if (value === this.target) return;
    const from = this.shown;
    this.target = value;
    cancelAnimationFrame(this.frame);
    if (reducedMotion.matches || from > value) {
      this.show(value);
      return;
    }
    flash(this.element);
    const started = performance.now();
    const step = (now: number) => {
      const progress = Math.min(1, (now - started) / COUNT_MS);
      this.show(Math.round(from + (value - from) * (1 - (1 - progress) ** 3)));
      if (progress < 1) this.frame = requestAnimationFrame(step);
    };
    this.frame = requestAnimationFrame(step);
  }

  private show(value: number): void {
    this.shown = value;
    this.element.textContent = String(value);
  }
}
