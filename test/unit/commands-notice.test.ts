/**
 * @jest-environment jsdom
 *
 * The notice page the ribbon commands open: text only (never HTML), a Close button that tells the command
 * through messageParent once Office is ready, Escape does the same, and it is built into dist/.
 */
import { readFileSync } from "node:fs";
import * as path from "node:path";

const ROOT = path.resolve(__dirname, "../..");
const html = readFileSync(path.join(ROOT, "src/commands/notice.html"), "utf8");
const script = /<script>([\s\S]*?)<\/script>/.exec(html)![1]!;

function open(query: Record<string, string>, office?: unknown) {
  window.history.replaceState(null, "", `/notice.html?${new URLSearchParams(query).toString()}`);
  document.documentElement.innerHTML = /<html[^>]*>([\s\S]*)<\/html>/
    .exec(html)![1]!
    .replace(/<script[\s\S]*?<\/script>/g, "");
  (globalThis as Record<string, unknown>).Office = office;
  new Function(script)();
}

afterEach(() => {
  delete (globalThis as Record<string, unknown>).Office;
});

describe("notice.html", () => {
  it("shows the title and message as text, marks a problem, and focuses Close", () => {
    open({
      title: "Plan Scorecard could not finish",
      message: "<img src=x onerror=alert(1)> Unprotect it",
      kind: "problem",
    });
    expect(document.getElementById("title")!.textContent).toBe("Plan Scorecard could not finish");
    expect(document.getElementById("message")!.textContent).toBe(
      "<img src=x onerror=alert(1)> Unprotect it"
    );
    expect(document.querySelector("img")).toBeNull();
    expect(document.body.className).toBe("problem");
    expect(document.activeElement).toBe(document.getElementById("close"));
  });

  it("Close and Escape send the close message once Office is ready", async () => {
    const messageParent = jest.fn();
    open(
      { message: "Updated Plan Summary." },
      { onReady: () => Promise.resolve(), context: { ui: { messageParent } } }
    );
    (document.getElementById("close") as HTMLButtonElement).click();
    document
      .getElementById("close")!
      .dispatchEvent(new KeyboardEvent("keydown", { key: "Escape", bubbles: true }));
    await new Promise((r) => setTimeout(r, 0));
    expect(messageParent.mock.calls).toEqual([["close"], ["close"]]);
  });

  it("is readable in a small dialog: wraps long words, scrolls long text, has a high-contrast style and loads office.js", () => {
    expect(html).toMatch(/overflow-wrap:\s*anywhere/);
    expect(html).toMatch(/#message\s*\{[^}]*overflow-y:\s*auto/);
    expect(html).toMatch(/@media \(forced-colors:\s*active\)/);
    expect(html).toMatch(/@media \(prefers-color-scheme:\s*dark\)/);
    expect(html).toMatch(/font:\s*15px/);
    expect(html).toContain("appsforoffice.microsoft.com/lib/1/hosted/office.js");
  });
});
