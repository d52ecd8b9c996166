/** How soon a section that could not load (no wifi) tries again; well inside the 5 s a pupil waits after the wifi returns. */
const RETRY_MS = 2_000;

/** A section that loads from the server; it answers whether it could. */
export type SectionLoad = () => Promise<boolean>;

/**
 * Keeps every section of the tablet page filled. The browser's `online` event is not reliable on school wifi, so a
 * section that could not load is tried again on a timer until it can; every section reloads when the connection
 * returns and when the page becomes visible again (a tablet taken out of a drawer).
 */
export class SectionReloads {
  private readonly sections: SectionLoad[] = [];
  private readonly failing = new Set<SectionLoad>();
  private timer: number | undefined;
  private readonly reloadAll = () => this.all();
  private readonly onVisible = () => {
    if (document.visibilityState === 'visible') this.all();
  };

  constructor() {
    window.addEventListener('online', this.reloadAll);
    document.addEventListener('visibilitychange', this.onVisible);
  }

  /** Adds a section and loads it now. */
  add(load: SectionLoad): void {
    this.sections.push(load);
    void this.run(load);
  }

  all(): void {
    for (const load of this.sections) void this.run(load);
  }

  stop(): void {
    window.removeEventListener('online', this.reloadAll);
    document.removeEventListener('visibilitychange', this.onVisible);
    window.clearTimeout(this.timer);
    this.sections.length = 0;
    this.failing.clear();
  }

  private async run(load: SectionLoad): Promise<void> {
    const loaded = await load().catch(() => false);
    if (loaded) this.failing.delete(load);
    else if (this.sections.includes(load)) this.failing.add(load);
    if (this.failing.size > 0 && this.timer === undefined) {
      this.timer = window.setTimeout(() => {
        this.timer = undefined;
        for (const failed of [...this.failing]) void this.run(failed);
      }, RETRY_MS);
    }
  }
}
