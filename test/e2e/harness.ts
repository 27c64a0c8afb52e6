/**
 * What the browser tests share: Debian's chromium driven by playwright-core (never a downloaded
 * browser), the built page served from dist/ on a free port, and pages that refuse, and record,
 * any request that is not for localhost.
 */
import { chromium, Browser, Page } from "playwright-core";
import { existsSync, promises as fs } from "node:fs";
import * as path from "node:path";
import type { Server } from "node:http";

const { startServer } = require("../../scripts/serve.js") as {
  startServer(port?: number): Promise<Server>;
};

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
/** Where the tests save their screenshots. */
export const OUT = path.resolve(__dirname, "../../test-output");
const haveBrowser = existsSync(CHROMIUM);
if (!haveBrowser && process.env.CI)
  throw new Error(`${CHROMIUM} is missing: .ci/run installs Debian's chromium for these tests`);
/** `describe`, or `describe.skip` where there is no chromium (outside CI). */
export const describeInBrowser = haveBrowser ? describe : describe.skip;

/** A page whose refused requests (anything not on 127.0.0.1) are listed in `outside`. */
export type WatchedPage = Page & { outside: string[] };

export interface BrowserHarness {
  /** Opens `url` (a path on the local server) in a new 420×1100 context. */
  openPage(url?: string, options?: { acceptDownloads?: boolean }): Promise<WatchedPage>;
  close(): Promise<void>;
}

/** Serves dist/, launches chromium and makes test-output/. */
export async function startBrowser(): Promise<BrowserHarness> {
  const server = await startServer(0);
  const address = server.address();
  const base = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
  let browser: Browser | undefined;
  try {
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    });
    await fs.mkdir(OUT, { recursive: true });
  } catch (e) {
    await browser?.close();
    await new Promise((r) => server.close(r));
    throw e;
  }
  const launched = browser;

  return {
    async openPage(url = "/index.html", { acceptDownloads = false } = {}) {
      const context = await launched.newContext({
        acceptDownloads,
        viewport: { width: 420, height: 1100 },
      });
      const page = (await context.newPage()) as WatchedPage;
      // The page makes no network calls of its own: anything not on localhost is refused and recorded.
      const outside: string[] = [];
      await page.route("**/*", (route) => {
        const u = new URL(route.request().url());
        if (u.hostname === "127.0.0.1") return route.continue();
        outside.push(u.href);
        return route.abort();
      });
      page.outside = outside;
      await page.goto(base + url);
      return page;
    },
    async close() {
      await launched.close();
      await new Promise((r) => server.close(r));
    },
  };
}
