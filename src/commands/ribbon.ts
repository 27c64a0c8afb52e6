/**
 * How a ribbon command tells the user what happened, and when it tells Office it is done.
 *
 * A function command's runtime ends when it calls `event.completed()` (or after five minutes),
 * and Office queues further clicks of the same button until then ("Runtimes in Office Add-ins";
 * "Create add-in commands with the add-in only manifest"). A notice opened from that runtime
 * may close with it on some clients (office-js issue #428), so the command completes only when
 * the notice is closed (its Close button, the dialog's X) or after NOTICE_MS, and at once when
 * the notice cannot be opened. Every path completes exactly once; none can leave the ribbon busy.
 */

/** Long enough to read two sentences twice; short enough that a second click is not held up. */
export const NOTICE_MS = 30_000;
/** Office ends a function command after five minutes; complete a little before, whatever is pending. */
export const COMMAND_LIMIT_MS = 4.5 * 60_000;
/** Percent of the screen: room for a heading, three wrapped lines and the Close button on a laptop. */
export const NOTICE_SIZE = { height: 36, width: 32 };
/** What the notice page sends with `messageParent` when its Close button is pressed. */
export const CLOSE_MESSAGE = "close";

/** The part of Office the commands use, so tests can pass a fake one. */
export interface OfficeLike {
  context: { ui: Pick<Office.UI, "displayDialogAsync"> };
  EventType: { DialogMessageReceived: Office.EventType; DialogEventReceived: Office.EventType };
  AsyncResultStatus: { Succeeded: Office.AsyncResultStatus };
}

export interface Notice {
  title: string;
  message: string;
  /** A failure reads differently from a result, in words and not only in colour. */
  kind: "done" | "problem";
}

export function noticeUrl(origin: string, notice: Notice): string {
  const q = new URLSearchParams({
    title: notice.title,
    message: notice.message,
    kind: notice.kind,
  });
  return `${origin}/notice.html?${q.toString()}`;
}

/**
 * Shows the notice and resolves when it is closed, when NOTICE_MS pass (closing it), or at once
 * when it cannot be shown (a pop-up the user ignored on the web: 12009). Never rejects.
 */
export function showNotice(office: OfficeLike, url: string, timeoutMs = NOTICE_MS): Promise<void> {
  return new Promise((resolve) => {
    let dialog: Office.Dialog | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let settled = false;
    const finish = (close: boolean) => {
      if (settled) return;
      settled = true;
      if (timer !== undefined) clearTimeout(timer);
      if (close) {
        try {
          dialog?.close();
        } catch {
          // Already gone: nothing to close.
        }
      }
      resolve();
    };
    try {
      office.context.ui.displayDialogAsync(
        url,
        { ...NOTICE_SIZE, displayInIframe: true },
        (result) => {
          if (result.status !== office.AsyncResultStatus.Succeeded) return finish(false);
          dialog = result.value;
          dialog.addEventHandler(office.EventType.DialogMessageReceived, (arg) => {
            if ("message" in arg && arg.message === CLOSE_MESSAGE) finish(true);
          });
          // 12006: the user closed it with the X; any other dialog event means it is gone too.
          dialog.addEventHandler(office.EventType.DialogEventReceived, () => finish(false));
          timer = setTimeout(() => finish(true), timeoutMs);
        }
      );
    } catch {
      finish(false);
    }
  });
}

/**
 * Runs one ribbon command: the work, then its notice, then `event.completed()` exactly once —
 * also when the work throws, the notice fails, or COMMAND_LIMIT_MS pass first.
 */
export async function runRibbonCommand(
  office: OfficeLike,
  event: Pick<Office.AddinCommands.Event, "completed">,
  origin: string,
  work: () => Promise<Notice>,
  explain: (e: unknown) => Notice
): Promise<void> {
  let completed = false;
  const complete = () => {
    if (completed) return;
    completed = true;
    clearTimeout(limit);
    try {
      event.completed();
    } catch {
      // Office has already let go of the event; there is nothing left to tell it.
    }
  };
  const limit = setTimeout(complete, COMMAND_LIMIT_MS);
  try {
    let notice: Notice;
    try {
      notice = await work();
    } catch (e) {
      notice = explain(e);
    }
    if (!completed) await showNotice(office, noticeUrl(origin, notice));
  } catch {
    // Building the notice failed: the command still ends.
  } finally {
    complete();
  }
}
