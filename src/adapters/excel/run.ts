/**
 * `Excel.run` for a whole one-click action, as one undo step where Excel can (ExcelApi 1.20's
 * `mergeUndoGroup`); elsewhere, and when an API in the run cannot be grouped, a plain run.
 * The manifest asks for ExcelApi 1.13, so the newer option is used only behind `isSetSupported`.
 */
export function undoGroupSupported(): boolean {
  try {
    return (
      typeof Office !== "undefined" &&
      !!Office.context?.requirements?.isSetSupported("ExcelApi", "1.20")
    );
  } catch {
    return false;
  }
}

export async function runAsOneUndoStep<T>(
  work: (context: Excel.RequestContext) => Promise<T>
): Promise<T> {
  if (!undoGroupSupported()) return Excel.run(work);
  try {
    return await Excel.run({ mergeUndoGroup: true }, work);
  } catch (e) {
    // An API in the run does not support undo: the write rolled its temporary sheets back, so run it plainly.
    if ((e as { code?: string })?.code === "UndoNotSupported") return Excel.run(work);
    throw e;
  }
}
