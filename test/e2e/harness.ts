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

/**
 * A page whose refused requests (anything not on 127.0.0.1) are listed in `outside`, and whose
 * console errors and uncaught exceptions are listed in `errors` with the script they came from.
 */
export type WatchedPage = Page & { outside: string[]; errors: { text: string; from: string }[] };

/** Where the pane loads office.js from in Office (the store requires Microsoft's CDN). */
export const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
/** The same library from the @microsoft/office-js package, served in place of the CDN's. */
export const OFFICE_JS_PACKAGE = require.resolve("@microsoft/office-js/dist/office.js");

export interface BrowserHarness {
  /**
   * Opens `url` (a path on the local server) in a new 420×1100 context. With `officeJs: "only"`, the
   * CDN's office.js is answered with the package's, and what the library asks for beyond is refused;
   * with `"package"`, every file it asks of the CDN is answered from the package when it has one.
   */
  openPage(
    url?: string,
    options?: { acceptDownloads?: boolean; officeJs?: "only" | "package" }
  ): Promise<WatchedPage>;
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
    async openPage(url = "/index.html", { acceptDownloads = false, officeJs = undefined } = {}) {
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
        if (officeJs && u.href === OFFICE_JS_CDN)
          return route.fulfill({ path: OFFICE_JS_PACKAGE, contentType: "text/javascript" });
        const local = path.join(path.dirname(OFFICE_JS_PACKAGE), u.pathname.split("/").pop() ?? "");
        if (
          officeJs === "package" &&
          u.href.startsWith(path.dirname(OFFICE_JS_CDN)) &&
          existsSync(local)
        )
          return route.fulfill({ path: local, contentType: "text/javascript" });
        outside.push(u.href);
        return route.abort();
      });
      page.outside = outside;
      page.errors = [];
      page.on("console", (m) => {
        if (m.type() === "error") page.errors.push({ text: m.text(), from: m.location().url });
      });
      page.on("pageerror", (e) => page.errors.push({ text: String(e), from: e.stack ?? "" }));
      await page.goto(base + url);
      return page;
    },
    async close() {
      await launched.close();
      await new Promise((r) => server.close(r));
    },
  };
}
