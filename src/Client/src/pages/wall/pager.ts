import { t } from '../../i18n/i18n';
import { h } from '../../ui/dom';

const DEFAULT_SECONDS = 12;
/** The smallest share of the TV type a card may shrink to when a framework has very many competences. */
const MIN_FIT = 0.7;

/** Seconds per page from `?pageSeconds=`, so a venue can set its own pace; 12 s otherwise: long enough to find your team. */
function pageSeconds(): number {
  const asked = Number(new URLSearchParams(location.search).get('pageSeconds'));
  return Number.isFinite(asked) && asked >= 1 && asked <= 120 ? asked : DEFAULT_SECONDS;
}

/**
 * Shows a TV's worth of team cards at a time and turns to the next page at a calm, fixed pace, so that every team is on
 * screen once per cycle for the same time, in name order. How many cards fit is measured, not assumed: a framework with
 * more competences makes taller cards and so fewer per page. On a phone (list mode) every card shows and the page scrolls.
 */
export class Pager {
  readonly indicator = h('p', { class: 'wall-pager', hidden: true });
  private pages: HTMLElement[][] = [];
  private page = 0;
  private turn = -1;
  private timer: number | undefined;
  private readonly milliseconds = pageSeconds() * 1000;

  /** @param onCycle called each time the wall comes back to its first page: a calm moment for a kiosk to reload. */
  constructor(
    private readonly grid: HTMLElement,
    private readonly paging: () => boolean,
    private readonly onCycle: () => void = () => undefined,
  ) {}

  /** The cards changed (or the screen did): cut them into pages again, staying on the page shown if it still exists. */
  refresh(): void {
    const cards = [...this.grid.querySelectorAll<HTMLElement>(':scope > .team-card')];
    if (cards.length === 0) return;
    if (this.paging()) {
      this.pages = split(cards, this.perPage(cards));
    } else {
      this.grid.style.removeProperty('--card-fit');
      this.pages = [cards];
    }
    this.page = Math.min(this.page, this.pages.length - 1);
    this.show(false);
    this.schedule();
  }

  /**
   * How many cards fit on the screen: whole rows of the grid's columns, each as tall as the tallest card. When not even
   * one row fits, the cards' type shrinks until it does: smaller text beats a card cut off at the bottom.
   */
  private perPage(cards: HTMLElement[]): number {
    for (const card of cards) card.hidden = false;
    this.grid.classList.add('measuring');
    this.grid.style.removeProperty('--card-fit');
    const style = getComputedStyle(this.grid);
    const columns = Math.max(1, style.gridTemplateColumns.split(' ').filter(Boolean).length);
    const gap = parseFloat(style.rowGap) || 0;
    const room = this.grid.clientHeight - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom);
    const tallest = () => Math.max(...cards.map((card) => card.offsetHeight));
    let fit = 1;
    for (let height = tallest(); height > room && fit > MIN_FIT; height = tallest()) {
      fit = Math.max(MIN_FIT, fit * (room / height) * 0.98);
      this.grid.style.setProperty('--card-fit', fit.toFixed(3));
    }
    const rows = Math.max(1, Math.floor((room + gap) / (tallest() + gap)));
    this.grid.classList.remove('measuring');
    return columns * rows;
  }

  /** One steady timer while there is more than one page: a change on the wall never restarts the page's time. */
  private schedule(): void {
    if (this.pages.length > 1) {
      this.timer ??= window.setInterval(() => this.next(), this.milliseconds);
    } else {
      window.clearInterval(this.timer);
      this.timer = undefined;
    }
  }

  private next(): void {
    this.page = (this.page + 1) % this.pages.length;
    this.show(true);
    if (this.page === 0) this.onCycle();
  }

  /** Shows the current page; `turned` when the pace moved on, not when the same page was only redrawn. */
  private show(turned: boolean): void {
    const visible = new Set(this.pages[this.page]);
    for (const card of this.pages.flat()) card.hidden = !visible.has(card);
    const count = this.pages.length;
    this.indicator.hidden = count <= 1;
    this.indicator.replaceChildren(
      h('span', { class: 'wall-pager-text' }, t('wall.page', { page: this.page + 1, pages: count })),
      ...this.pages.map((_, index) => h('span', { class: index === this.page ? 'wall-pager-dot current' : 'wall-pager-dot' })),
    );
    if (turned || this.turn < 0) this.turn++;
    this.grid.dataset.page = String(this.page + 1);
    this.grid.dataset.pages = String(count);
    this.grid.dataset.turn = String(this.turn);
  }
}

/** Splits the cards into the fewest pages that hold them, as even as can be: no last page with a lonely card. */
function split(cards: HTMLElement[], perPage: number): HTMLElement[][] {
  const count = Math.max(1, Math.ceil(cards.length / perPage));
  const pages: HTMLElement[][] = [];
  let start = 0;
  for (let index = 0; index < count; index++) {
    const size = Math.floor(cards.length / count) + (index < cards.length % count ? 1 : 0);
    pages.push(cards.slice(start, start + size));
    start += size;
  }
  return pages;
}
