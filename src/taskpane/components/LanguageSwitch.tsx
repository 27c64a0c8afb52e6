import * as React from "react";
import { Field, Select } from "@fluentui/react-components";
import { LANGUAGES, Language, useLanguage, useStrings } from "../strings";

/** English or Cymraeg for the pane's own words; kept in this browser for the next time. */
export function LanguageSwitch() {
  const t = useStrings().language;
  const { language, choose } = useLanguage();
  if (!choose) return null;
  return (
    <Field label={t.label} hint={t.hint}>
      <Select value={language} onChange={(_, d) => choose(d.value as Language)}>
        {LANGUAGES.map((l) => (
          // Each name in its own language as well, so a reader of either can find theirs.
          <option key={l} value={l} lang={l === "cy" ? "cy" : "en"}>
            {t[l]}
          </option>
        ))}
      </Select>
    </Field>
  );
}
