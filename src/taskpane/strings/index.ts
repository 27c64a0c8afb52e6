/**
 * The pane's language: which one, where the choice is kept, and the strings for it.
 * English is in the first download; Welsh is its own chunk, fetched only when chosen.
 */
import * as React from "react";
import { en, Strings } from "./en";

export type { Strings } from "./en";
export { en } from "./en";

export const LANGUAGES = ["en", "cy"] as const;
export type Language = (typeof LANGUAGES)[number];

/** "cy-GB", "cy" → Welsh; anything else (or nothing) → English. */
export function languageFor(tag: string | null | undefined): Language {
  return /^cy(-|_|$)/i.test(tag?.trim() ?? "") ? "cy" : "en";
}

export async function loadStrings(language: Language): Promise<Strings> {
  if (language === "cy") return (await import(/* webpackChunkName: "strings-cy" */ "./cy")).cy;
  return en;
}

/**
 * The user's own choice, kept in this browser (per person, not per workbook: two people sharing a
 * plan may read the pane in different languages). Where storage is refused it lasts the session.
 */
const KEY = "planScorecard.language";
let sessionChoice: Language | null = null;

export function savedLanguage(): Language | null {
  try {
    const v = globalThis.localStorage?.getItem(KEY);
    if (v === "en" || v === "cy") return v;
  } catch {
    // storage refused (private mode, policy): fall through to the session's choice
  }
  return sessionChoice;
}

export function saveLanguage(language: Language): void {
  sessionChoice = language;
  try {
    globalThis.localStorage?.setItem(KEY, language);
  } catch {
    // kept for the session only
  }
}

export const StringsContext = React.createContext<Strings>(en);

/** The pane's words in the chosen language. */
export function useStrings(): Strings {
  return React.useContext(StringsContext);
}

export interface LanguageChoice {
  language: Language;
  /** Undefined where the pane is rendered without a language switch (component tests). */
  choose?(language: Language): void;
}

export const LanguageContext = React.createContext<LanguageChoice>({ language: "en" });

export function useLanguage(): LanguageChoice {
  return React.useContext(LanguageContext);
}
