/**
 * The ribbon's function commands through their real entry point (commands.ts, as Office loads it), with a fake
 * Office: `displayDialogAsync` stubbed, `event.completed` a spy, Excel.run recorded. The commands must complete
 * when the notice is closed, after its timeout, on every error, and never twice.
 */
import {
  CLOSE_MESSAGE,
  COMMAND_LIMIT_MS,
  NOTICE_MS,
  NOTICE_SIZE,
  noticeUrl,
  showNotice,
} from "../../src/commands/ribbon";

jest.mock("../../src/adapters/excel/actions", () => ({ summarizeInExcel: jest.fn() }));
jest.mock("../../src/adapters/excel/prepare", () => ({ prepareInExcel: jest.fn() }));
import { summarizeInExcel } from "../../src/adapters/excel/actions";
import { prepareInExcel } from "../../src/adapters/excel/prepare";

type Handler = (arg: unknown) => void;

/** The part of Office the commands use; `opens` decides what each displayDialogAsync call answers. */
function fakeOffice(opens: "succeeded" | "failed" | "throws" = "succeeded", excelApi = "1.13") {
  const dialogs: {
    url: string;
    options: Office.DialogOptions;
    close: jest.Mock;
    handlers: Map<string, Handler>;
  }[] = [];
  const associated = new Map<string, (event: Office.AddinCommands.Event) => Promise<void>>();
  const office = {
    onReady: (cb: () => void) => {
      cb();
      return Promise.resolve();
    },
    actions: {
      associate: (id: string, fn: (event: Office.AddinCommands.Event) => Promise<void>) =>
        associated.set(id, fn),
    },
    EventType: {
      DialogMessageReceived: "dialogMessageReceived",
      DialogEventReceived: "dialogEventReceived",
    },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    context: {
      requirements: {
        isSetSupported: (set: string, version: string) =>
          set === "ExcelApi" && Number(version.split(".")[1]) <= Number(excelApi.split(".")[1]),
      },
      ui: {
        displayDialogAsync: jest.fn(
          (url: string, options: Office.DialogOptions, cb: (r: unknown) => void) => {
            if (opens === "throws") throw new Error("Office.context.ui is not available");
            if (opens === "failed")
              return cb({
                status: "failed",
                error: { code: 12009, message: "The user chose to ignore the dialog box." },
              });
            const d = { url, options, close: jest.fn(), handlers: new Map<string, Handler>() };
            dialogs.push(d);
            cb({
              status: "succeeded",
              value: {
                close: d.close,
                addEventHandler: (type: string, h: Handler) => d.handlers.set(type, h),
              },
            });
          }
        ),
      },
    },
  };
  return { office, dialogs, associated };
}

const run = jest.fn();
const flush = async () => {
  for (let i = 0; i < 10; i++) await Promise.resolve();
};

/** Loads commands.ts afresh against a fake Office and returns what it registered. */
function loadCommands(opens?: "succeeded" | "failed" | "throws", excelApi?: string) {
  const fake = fakeOffice(opens, excelApi);
  Object.assign(globalThis, {
    Office: fake.office,
    Excel: { run },
    window: { location: { origin: "https://localhost:3000" } },
  });
  jest.isolateModules(() => require("../../src/commands/commands"));
  return fake;
}

function click(fake: ReturnType<typeof fakeOffice>, id: string) {
  const event = { completed: jest.fn() };
  const done = fake.associated.get(id)!(event as unknown as Office.AddinCommands.Event);
  return { event, done };
}

beforeEach(() => {
  jest.useFakeTimers();
  run
    .mockReset()
    .mockImplementation((_options: unknown, batch: (context: unknown) => Promise<unknown>) =>
      batch({})
    );
  (summarizeInExcel as jest.Mock).mockReset().mockResolvedValue({
    report: { issues: [{ severity: "error" }, { severity: "warning" }] },
    written: [{ name: "Plan Issues" }],
    syncs: 5,
  });
  (prepareInExcel as jest.Mock).mockReset().mockResolvedValue({
    outcome: {
      added: 3,
      alreadyPrepared: 0,
      leftAlone: 0,
      sheets: [{ sheet: "Plan", added: 3 }],
    },
  });
});
afterEach(() => {
  jest.useRealTimers();
  delete (globalThis as Record<string, unknown>).Office;
  delete (globalThis as Record<string, unknown>).Excel;
  delete (globalThis as Record<string, unknown>).window;
});

describe("ribbon commands", () => {
  it("registers the four functions the manifest names", () => {
    const fake = loadCommands();
    expect([...fake.associated.keys()]).toEqual([
      "validatePlan",
      "generateSummary",
      "refreshKpis",
      "preparePlan",
    ]);
  });

  it("runs Excel with delayForCellEdit, so a click during a cell edit waits instead of failing", async () => {
    const fake = loadCommands();
    click(fake, "generateSummary");
    click(fake, "preparePlan");
    await flush();
    expect(run.mock.calls.map((c) => c[0])).toEqual([
      { delayForCellEdit: true },
      { delayForCellEdit: true },
    ]);
    expect((summarizeInExcel as jest.Mock).mock.calls[0]![1]).toBe("generate");
  });

  it("is one undo step where ExcelApi 1.20 is supported, and runs plainly again if Excel answers UndoNotSupported", async () => {
    const fake = loadCommands("succeeded", "1.20");
    click(fake, "generateSummary");
    await flush();
    expect(run.mock.calls.map((c) => c[0])).toEqual([
      { delayForCellEdit: true, mergeUndoGroup: true },
    ]);

    run
      .mockReset()
      .mockImplementationOnce(() =>
        Promise.reject(Object.assign(new Error("undo"), { code: "UndoNotSupported" }))
      )
      .mockImplementation((_options: unknown, batch: (context: unknown) => Promise<unknown>) =>
        batch({})
      );
    const again = click(fake, "preparePlan");
    await flush();
    expect(run.mock.calls.map((c) => c[0])).toEqual([
      { delayForCellEdit: true, mergeUndoGroup: true },
      { delayForCellEdit: true },
    ]);
    fake.dialogs[1]!.handlers.get("dialogEventReceived")!({ error: 12006 });
    await again.done;
    expect(new URL(fake.dialogs[1]!.url).searchParams.get("kind")).toBe("done");
    expect(again.event.completed).toHaveBeenCalledTimes(1);
  });

  it("completes when the user presses Close on the notice, and not before", async () => {
    const fake = loadCommands();
    const { event, done } = click(fake, "validatePlan");
    await flush();
    expect(fake.dialogs).toHaveLength(1);
    const url = new URL(fake.dialogs[0]!.url);
    expect(url.origin + url.pathname).toBe("https://localhost:3000/notice.html");
    expect(url.searchParams.get("message")).toBe(
      "Plan checked: 1 error, 1 warning. Each one is listed with its cell on the Plan Issues sheet."
    );
    expect(url.searchParams.get("kind")).toBe("done");
    expect(fake.dialogs[0]!.options).toEqual({ ...NOTICE_SIZE, displayInIframe: true });
    expect(event.completed).not.toHaveBeenCalled();

    fake.dialogs[0]!.handlers.get("dialogMessageReceived")!({
      message: CLOSE_MESSAGE,
      origin: "https://localhost:3000",
    });
    await done;
    expect(fake.dialogs[0]!.close).toHaveBeenCalledTimes(1);
    expect(event.completed).toHaveBeenCalledTimes(1);
  });

  it("completes when the user closes the notice with its X (DialogEventReceived 12006)", async () => {
    const fake = loadCommands();
    const { event, done } = click(fake, "preparePlan");
    await flush();
    fake.dialogs[0]!.handlers.get("dialogEventReceived")!({ error: 12006 });
    await done;
    expect(event.completed).toHaveBeenCalledTimes(1);
    expect(new URL(fake.dialogs[0]!.url).searchParams.get("message")).toMatch(
      /^Status drop-downs and RAG colours added to 3 cells on Plan/
    );
  });

  it("closes the notice and completes after the timeout when nobody closes it", async () => {
    const fake = loadCommands();
    const { event, done } = click(fake, "refreshKpis");
    await flush();
    jest.advanceTimersByTime(NOTICE_MS - 1);
    expect(event.completed).not.toHaveBeenCalled();
    jest.advanceTimersByTime(1);
    await done;
    expect(fake.dialogs[0]!.close).toHaveBeenCalledTimes(1);
    expect(event.completed).toHaveBeenCalledTimes(1);
  });

  it("on an Excel error shows the problem in words and still completes", async () => {
    (summarizeInExcel as jest.Mock).mockRejectedValue(
      Object.assign(new Error("locked"), { code: "AccessDenied" })
    );
    const fake = loadCommands();
    const { event, done } = click(fake, "generateSummary");
    await flush();
    const url = new URL(fake.dialogs[0]!.url);
    expect(url.searchParams.get("kind")).toBe("problem");
    expect(url.searchParams.get("message")).toBe(
      "The workbook or a sheet is protected. Unprotect it (Review › Unprotect), then try again."
    );
    fake.dialogs[0]!.handlers.get("dialogEventReceived")!({ error: 12006 });
    await done;
    expect(event.completed).toHaveBeenCalledTimes(1);
  });

  it("completes at once when the notice cannot open (ignored pop-up on the web, 12009) or Office throws", async () => {
    for (const opens of ["failed", "throws"] as const) {
      const fake = loadCommands(opens);
      const { event, done } = click(fake, "validatePlan");
      await done;
      expect({ opens, completed: event.completed.mock.calls.length }).toEqual({
        opens,
        completed: 1,
      });
    }
  });

  it("completes when Excel.run itself throws before the batch runs", async () => {
    run.mockImplementation(() => {
      throw new Error("Excel is not defined");
    });
    const fake = loadCommands();
    const { event, done } = click(fake, "validatePlan");
    await flush();
    fake.dialogs[0]!.handlers.get("dialogMessageReceived")!({ message: CLOSE_MESSAGE });
    await done;
    expect(new URL(fake.dialogs[0]!.url).searchParams.get("message")).toBe(
      "Excel reported a problem: Excel is not defined"
    );
    expect(event.completed).toHaveBeenCalledTimes(1);
  });

  it("never completes twice: Close, then the X event, then the timeout", async () => {
    const fake = loadCommands();
    const { event, done } = click(fake, "generateSummary");
    await flush();
    const d = fake.dialogs[0]!;
    d.handlers.get("dialogMessageReceived")!({ message: CLOSE_MESSAGE });
    d.handlers.get("dialogEventReceived")!({ error: 12006 });
    d.handlers.get("dialogMessageReceived")!({ message: CLOSE_MESSAGE });
    jest.advanceTimersByTime(COMMAND_LIMIT_MS * 2);
    await done;
    expect(d.close).toHaveBeenCalledTimes(1);
    expect(event.completed).toHaveBeenCalledTimes(1);
  });

  it("ignores other messages from the notice", async () => {
    const fake = loadCommands();
    const { event } = click(fake, "generateSummary");
    await flush();
    fake.dialogs[0]!.handlers.get("dialogMessageReceived")!({ message: "something else" });
    await flush();
    expect(event.completed).not.toHaveBeenCalled();
    jest.advanceTimersByTime(NOTICE_MS);
    await flush();
    expect(event.completed).toHaveBeenCalledTimes(1);
  });

  it("completes before Office's five-minute limit when Excel never answers (a cell edit left open)", async () => {
    run.mockImplementation(() => new Promise(() => undefined));
    const fake = loadCommands();
    const { event } = click(fake, "generateSummary");
    jest.advanceTimersByTime(COMMAND_LIMIT_MS - 1);
    await flush();
    expect(event.completed).not.toHaveBeenCalled();
    jest.advanceTimersByTime(1);
    await flush();
    expect(event.completed).toHaveBeenCalledTimes(1);
    expect(COMMAND_LIMIT_MS).toBeLessThan(5 * 60_000);
    expect(fake.dialogs).toHaveLength(0);
  });

  it("does not complete twice if event.completed throws (Office already let go)", async () => {
    const fake = loadCommands();
    const event = {
      completed: jest.fn(() => {
        throw new Error("gone");
      }),
    };
    const done = fake.associated.get("validatePlan")!(
      event as unknown as Office.AddinCommands.Event
    );
    await flush();
    fake.dialogs[0]!.handlers.get("dialogEventReceived")!({ error: 12006 });
    await expect(done).resolves.toBeUndefined();
    jest.advanceTimersByTime(COMMAND_LIMIT_MS);
    expect(event.completed).toHaveBeenCalledTimes(1);
  });
});

describe("showNotice and noticeUrl", () => {
  it("puts the title, message and kind in the query, encoded", () => {
    const url = new URL(
      noticeUrl("https://host", { title: "T & co", message: "a <b>&c</b>", kind: "problem" })
    );
    expect([
      url.searchParams.get("title"),
      url.searchParams.get("message"),
      url.searchParams.get("kind"),
    ]).toEqual(["T & co", "a <b>&c</b>", "problem"]);
  });

  it("resolves after the timeout given, closing the dialog", async () => {
    const { office, dialogs } = fakeOffice();
    const shown = showNotice(office as never, "https://host/notice.html", 1000);
    jest.advanceTimersByTime(1000);
    await shown;
    expect(dialogs[0]!.close).toHaveBeenCalledTimes(1);
  });
});
