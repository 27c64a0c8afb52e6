import * as React from "react";
import { FluentProvider } from "@fluentui/react-components";
import { ChosenTheme, OfficeThemeColours, chooseTheme } from "../theme";
import {
  Language,
  LanguageContext,
  Strings,
  StringsContext,
  en,
  languageFor,
  loadStrings,
  saveLanguage,
  savedLanguage,
} from "../strings";

export interface PaneRootProps {
  /** `Office.context.displayLanguage` in Excel, `navigator.language` on the web page. */
  displayLanguage: string | null | undefined;
  /** Reads Office's theme now; absent on the web page, where the browser's colour scheme is followed. */
  officeTheme?: () => OfficeThemeColours | null;
  children: React.ReactNode;
}

const media = (query: string): MediaQueryList | null =>
  typeof window !== "undefined" && typeof window.matchMedia === "function"
    ? window.matchMedia(query)
    : null;

/** The theme now, and again whenever it may have changed. */
export function usePaneTheme(officeTheme: PaneRootProps["officeTheme"]): ChosenTheme {
  const read = React.useCallback(
    () =>
      chooseTheme({
        office: officeTheme?.() ?? null,
        prefersDark: !!media("(prefers-color-scheme: dark)")?.matches,
        forcedColors: !!media("(forced-colors: active)")?.matches,
      }),
    [officeTheme]
  );
  const [chosen, setChosen] = React.useState(read);
  React.useEffect(() => {
    const update = () =>
      setChosen((was) => {
        const now = read();
        // A new object each read: keep the old one unless something changed, so the tree is not restyled for nothing.
        return now.kind === was.kind &&
          now.theme.colorNeutralBackground1 === was.theme.colorNeutralBackground1
          ? was
          : now;
      });
    const queries = [media("(prefers-color-scheme: dark)"), media("(forced-colors: active)")];
    queries.forEach((q) => q?.addEventListener?.("change", update));
    // Excel raises no event when the Office theme changes (Outlook's OfficeThemeChanged is Outlook's
    // alone): read it again when the user comes back to the pane.
    window.addEventListener("focus", update);
    document.addEventListener("visibilitychange", update);
    // A change between the first render and now raised no event we heard.
    update();
    return () => {
      queries.forEach((q) => q?.removeEventListener?.("change", update));
      window.removeEventListener("focus", update);
      document.removeEventListener("visibilitychange", update);
    };
  }, [read]);
  return chosen;
}

/** The pane's frame: its theme and its language, chosen before anything is shown. */
export function PaneRoot({ displayLanguage, officeTheme, children }: PaneRootProps) {
  const [language, setLanguage] = React.useState<Language>(
    () => savedLanguage() ?? languageFor(displayLanguage)
  );
  const [strings, setStrings] = React.useState<Strings | null>(language === "en" ? en : null);
  const chosen = usePaneTheme(officeTheme);

  React.useEffect(() => {
    let live = true;
    loadStrings(language).then(
      (s) => live && setStrings(s),
      () => live && setStrings(en)
    );
    return () => {
      live = false;
    };
  }, [language]);

  React.useEffect(() => {
    if (strings) document.documentElement.lang = strings.lang;
  }, [strings]);

  const choice = React.useMemo(
    () => ({
      language,
      choose: (l: Language) => {
        saveLanguage(l);
        setLanguage(l);
      },
    }),
    [language]
  );

  return (
    <FluentProvider
      theme={chosen.theme}
      style={{ minHeight: "100vh", colorScheme: chosen.kind === "dark" ? "dark" : "light" }}
      data-theme={chosen.kind}
    >
      {strings && (
        <LanguageContext.Provider value={choice}>
          <StringsContext.Provider value={strings}>{children}</StringsContext.Provider>
        </LanguageContext.Provider>
      )}
    </FluentProvider>
  );
}
