/** Excel's error codes, in words a user understands and can act on. */
const MESSAGES: Record<string, string> = {
  InvalidOperationInCellEditMode:
    "Excel is busy editing a cell. Press Enter or Esc to finish editing, then try again.",
  AccessDenied:
    "The workbook or a sheet is protected. Unprotect it (Review › Unprotect), then try again.",
  RequestPayloadSizeLimitExceeded:
    "The plan is too large for Excel on the web to send in one go. Try the desktop version of Excel, or split the plan across sheets.",
  ResponsePayloadSizeLimitExceeded:
    "The plan is too large for Excel on the web to send in one go. Try the desktop version of Excel, or split the plan across sheets.",
  ItemAlreadyExists: "A sheet or name the add-in needs already exists. Rename it and try again.",
  ItemNotFound: "A sheet the add-in expected has been renamed or deleted. Run the action again.",
  Conflict: "Someone else changed the workbook at the same moment. Try again.",
  InsertDeleteConflict: "Someone else changed the workbook at the same moment. Try again.",
  GeneralException: "Excel could not finish the change. Nothing was written; try again.",
};

export function excelErrorMessage(e: unknown): string {
  const code = (e as { code?: string })?.code;
  if (code && MESSAGES[code]) return MESSAGES[code];
  const message = e instanceof Error ? e.message : String(e);
  return `Excel reported a problem: ${message}`;
}
