/** Browser pages lent to concurrent tests one at a time: most of a page test is waiting, so a few run at once. */
import type { Browser, BrowserContextOptions, Page } from "playwright-core";

/** How many of a file's concurrent tests run at once (Vitest's maxConcurrency, set from this in vitest.config.ts). */
export const CONCURRENCY = 4;

export class PagePool {
  private readonly free: Page[] = [];
  private readonly waiting: ((page: Page) => void)[] = [];

  /** A context of its own for each page, so pages lent to concurrent tests share no state. */
  static async open(browser: Browser, options: BrowserContextOptions, size = CONCURRENCY): Promise<PagePool> {
    const pool = new PagePool();
    for (let i = 0; i < size; i++) pool.free.push(await (await browser.newContext(options)).newPage());
    return pool;
  }

  async close(): Promise<void> {
    await Promise.all(this.free.map((page) => page.context().close()));
  }

  /** Runs `use` with a page no other test is using, and then lends that page to the next test waiting. */
  async use<T>(use: (page: Page) => Promise<T>): Promise<T> {
    const page = this.free.pop() ?? (await new Promise<Page>((resolve) => this.waiting.push(resolve)));
    try {
      return await use(page);
    } finally {
      const next = this.waiting.shift();
      if (next) next(page);
      else this.free.push(page);
    }
  }
}
