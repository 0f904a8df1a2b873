/** The built site served locally and a Chromium to browse it, for one browser test file. */
import { afterAll, beforeAll } from "vitest";
import type { Browser } from "playwright-core";
import { launchChromium } from "./browser.ts";
import { serveDist, type StaticServer } from "./server.ts";

export interface Site {
  /** The server's origin, e.g. http://127.0.0.1:40123. */
  readonly url: string;
  readonly browser: Browser;
}

/** Starts both before the file's tests and closes them after; call at the top level of a test file. */
export function useSite(): Site {
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    server = await serveDist();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get url() {
      return server!.url;
    },
    get browser() {
      return browser!;
    },
  };
}
