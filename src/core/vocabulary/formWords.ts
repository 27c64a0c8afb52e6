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

/**
 * A sheet named as the lists a form's drop-downs take their choices from ("Lookup Data", "Lists",
 * "Dropdowns", "Data Validation"): its columns are choices, never a plan, whatever their headers say.
 */
export const LOOKUP_TAB =
  /^\s*(look[\s-]?ups?( data| lists?| tables?| values)?|(drop[\s-]?downs?|pick ?lists?|validation|data validation|reference) ?(data|lists?|values)?|lists?( of values| of choices)?|lov|choices|options)\s*$/i;

/**
 * The labels of a document's control block on its cover ("Owner | Lee Montgomery | Version | 2",
 * "Author", "Prog. Director", "Version Date"): a form's labels down the side, never the work's titles.
 */
export const DOCUMENT_CONTROL_LABEL =
  /^(version( (number|no\.?|date|issue date|control))?|authors?|owner|document (owner|reference|ref|status|title|file ?name|name|number|id|type|classification)|status|approved by|approvers?|reviewers?|classification|issue date|date of issue|release date|programme|project|programme (manager|director|lead)|project (manager|director|lead)|prog\.? director|senior responsible owner|sro|distribution|circulation|review date|next review date|effective date)\s*:?\s*$/i;

/**
 * A template's line under its header saying what goes in each column ("The state uses this column to…",
 * "Enter the priority indicated by the requestor.", "From Change Request Form"): guidance, not a record.
 */
export const COLUMN_INSTRUCTION =
  /\b(this|each) column\b|^\s*(please\s+)?(enter|insert|select|choose|provide|type|fill in|complete|describe|specify|identify|explain|summari[sz]e|outline|indicate|assign|give|detail)\s+(the|a|an|any|your|each|all|date|status|name|details|here|if|whether|who|when|what|how|why|which|y\b|yes|\d)|^\s*from (the )?[a-z ]{0,40}\bform\b|^\s*\((e\.g\.|eg\b|optional\b|high, medium, low\b)|^\s*(calculated|auto(matic(ally)?)?( calculated| filled| populated)?|formula|drop[\s-]?down|free text)\s*\.?\s*$/i;
