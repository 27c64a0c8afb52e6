/**
 * What a form or template prints in cells still to be filled in: a list's prompt, or a hint of
 * the kind of entry wanted ("Text Field", "Date", "Please choose from the drop down menu below."),
 * or a report template's field ("${table:vuln.name}", "{{owner}}", "<<Due date>>").
 * A row of these is furniture, not a record (parse/rowKinds.ts `isPrompt`).
 */
export const FORM_HINTS =
  /^(please\s+(select|choose|pick|enter|use|insert|provide|complete)\b.*|select\s+from\s+(the\s+)?(drop[\s-]?down|list)\b.*|(free\s+)?text(\s+field)?|date(\s+field)?|number(\s+field)?|numeric|yes\s*\/\s*no|drop[\s-]?down(\s+list)?|enter\s+(text|date|a\s+date|value)|dd\s*\/\s*mm\s*\/\s*yy(yy)?|mm\s*\/\s*dd\s*\/\s*yy(yy)?|\$\{[^}]*\}|\{\{[^}]*\}\}|<<[^>]*>>|champ\s+(texte|date|num[ée]rique|liste|binaire)\b[\s\S]*)\.?$/i;

/**
 * The labels down the side of a field dictionary printed above a return's own header ("Treasury
 * Column Title (Field ID)", "Required/Optional?", "Field definition", "Data Type", "Max Length"):
 * rows that describe the columns, not records.
 */
export const FIELD_DICTIONARY_LABEL =
  /^(required\s*\/\s*optional\??|field (definition|name|id|description)\b.*|(treasury |template )?column (title|label|name)\b.*|data ?type|max(imum)? length|list values|suggested validations?|partner guidance|format|example|valid values|mandatory or optional\??|treasury template reference)\s*$/i;

/** "(Calculated)", "(Dropdown)", "(Text Entry)", "(Drop-down list)", "(Auto)", "(Formula)" closing a header. */
export const FILL_IN_NOTE =
  /\s*\((calculated|auto(matic)?|formula|drop[\s-]?down( list| menu)?|select( from list)?|text( entry)?|free text|enter text|pick list)\)\s*$/i;

/** A column of links to where a record is kept elsewhere ("URL link on ONS risk tool"). */
export const LINK_HEADER = /\b(url|urls|hyperlinks?|web links?|links? to)\b|\burl link\b/i;
