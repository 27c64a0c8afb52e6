/**
 * What a form or template prints in cells still to be filled in: a list's prompt, or a hint of
 * the kind of entry wanted ("Text Field", "Date", "Please choose from the drop down menu below."),
 * or a report template's field ("${table:vuln.name}", "{{owner}}", "<<Due date>>").
 * A row of these is furniture, not a record (parse/rowKinds.ts `isPrompt`).
 */
export const FORM_HINTS =
  /^(please\s+(select|choose|pick|enter|use|insert|provide|complete)\b.*|select\s+from\s+(the\s+)?(drop[\s-]?down|list)\b.*|(free\s+)?text(\s+field)?|date(\s+field)?|number(\s+field)?|numeric|yes\s*\/\s*no|drop[\s-]?down(\s+list)?|enter\s+(text|date|a\s+date|value)|dd\s*\/\s*mm\s*\/\s*yy(yy)?|mm\s*\/\s*dd\s*\/\s*yy(yy)?|\$\{[^}]*\}|\{\{[^}]*\}\}|<<[^>]*>>)\.?$/i;
