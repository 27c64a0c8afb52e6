/**
 * @jest-environment jsdom
 */
/** The pane's language (English, Cymraeg) and theme (Office's, the browser's, high contrast). */
import * as React from "react";
import { render, screen, fireEvent, waitFor } from "@testing-library/react";
import { webDarkTheme, webLightTheme, teamsHighContrastTheme } from "@fluentui/react-components";
import { App } from "../../src/taskpane/components/App";
import { PaneRoot } from "../../src/taskpane/components/PaneRoot";
import { excelHost } from "../../src/taskpane/hosts/excelHost";
import { en } from "../../src/taskpane/strings/en";
import { cy } from "../../src/taskpane/strings/cy";
import { languageFor } from "../../src/taskpane/strings";
import { EXCEL_GREEN, chooseTheme, contrast } from "../../src/taskpane/theme";
import { mockExcel, newSheet } from "../fixtures/excelMock";

const planSheet = () =>
  newSheet("Plan", [
    ["Corporate Plan 2016/17"],
    [],
    ["Ref", "Action", "Lead officer", "Target date", "Q1 status"],
    ["1", "Open the library", "Ann", "Jun-16", "On Target"],
    ["2", "Launch the app", "Bob", "Sep-16", "Maybe"],
  ]);

function inExcel(displayLanguage: string, officeTheme?: () => Record<string, unknown>) {
  const { mock } = mockExcel([planSheet()]);
  (globalThis as unknown as { Excel: unknown }).Excel = mock;
  return render(
    <PaneRoot displayLanguage={displayLanguage} officeTheme={officeTheme}>
      <App mode="excel" host={excelHost()} />
    </PaneRoot>
  );
}

beforeEach(() => localStorage.clear());

describe("the pane in Welsh", () => {
  it("speaks Welsh when Office's display language is cy-GB, and its own sentences follow", async () => {
    inExcel("cy-GB");
    const validate = await screen.findByRole("button", { name: "Dilysu'r cynllun" });
    expect(screen.getByRole("button", { name: "Cynhyrchu crynodeb" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Adnewyddu DPA" })).toBeTruthy();
    expect(screen.getByText("Rheolau")).toBeTruthy();
    expect(document.documentElement.lang).toBe("cy");
    fireEvent.click(validate);
    await waitFor(() =>
      expect(screen.getByTestId("counts").textContent).toMatch(
        /^2 cam gweithredu a 0 DPA wedi'u darllen \(Q1 2016\/17, ar 2016-06-30\): 1 gwall, /
      )
    );
    expect(screen.getByRole("heading", { name: "Materion" })).toBeTruthy();
    expect(
      screen.getByRole("region", { name: "Camau gweithredu yn ôl RAG" }).textContent
    ).toContain("Ar y targed: 1");
    // The core's issue messages stay English for now.
    expect(screen.getByText(/"Maybe" is not a status for Q1/)).toBeTruthy();
  });

  it("speaks English for any other display language", async () => {
    inExcel("en-GB");
    expect(await screen.findByRole("button", { name: "Validate plan" })).toBeTruthy();
    expect(document.documentElement.lang).toBe("en-GB");
  });

  it("switches language in Rules and keeps the choice for next time", async () => {
    const first = inExcel("en-GB");
    fireEvent.change(await screen.findByRole("combobox", { name: /Language/ }), {
      target: { value: "cy" },
    });
    expect(await screen.findByRole("button", { name: "Dilysu'r cynllun" })).toBeTruthy();
    first.unmount();
    inExcel("en-US");
    expect(await screen.findByRole("button", { name: "Dilysu'r cynllun" })).toBeTruthy();
    fireEvent.change(screen.getByRole("combobox", { name: /Iaith/ }), { target: { value: "en" } });
    expect(await screen.findByRole("button", { name: "Validate plan" })).toBeTruthy();
  });

  it("reads cy, cy-GB and cy_GB as Welsh, and nothing else", () => {
    expect(["cy", "cy-GB", "CY-gb", "cy_GB"].map(languageFor)).toEqual(["cy", "cy", "cy", "cy"]);
    expect(["en-GB", "cym", "", null, undefined, "fr-CY"].map(languageFor)).toEqual([
      "en",
      "en",
      "en",
      "en",
      "en",
      "en",
    ]);
  });
});

/** Every leaf of a strings object: text as is, a sentence function called with sample values. */
function leaves(o: unknown, path = ""): Map<string, string> {
  const out = new Map<string, string>();
  // A value that works as a number, a string and a list, so each sentence can be built.
  const sample = Object.assign(["Plan", "Q2"], { charAt: (i: number) => "Plan,Q2".charAt(i) });
  if (typeof o === "string") out.set(path, o);
  else if (typeof o === "function")
    out.set(path, String((o as (...a: unknown[]) => unknown)(...Array(o.length).fill(sample))));
  else
    for (const [k, v] of Object.entries(o as object))
      for (const [p, s] of leaves(v, path ? `${path}.${k}` : k)) out.set(p, s);
  return out;
}

/** Texts that are the same in both languages: the product's name, a sentence that is only names and numbers. */
const SAME_IN_BOTH = new Set(["header.title", "issues.sheetHeading"]);

describe("the Welsh strings", () => {
  const english = leaves(en);
  const welsh = leaves(cy);

  it("have every key English has, and no other (the compiler checks this too: cy is typed as Strings)", () => {
    expect([...welsh.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it("are never empty, and differ from English except for a short allow-list", () => {
    expect([...welsh].filter(([, v]) => v.trim() === "").map(([k]) => k)).toEqual([]);
    const same = [...welsh]
      .filter(([k, v]) => english.get(k) === v && !SAME_IN_BOTH.has(k))
      .map(([k]) => k);
    expect(same).toEqual([]);
    expect(SAME_IN_BOTH.size).toBeLessThanOrEqual(5);
  });
});

describe("the theme", () => {
  const DARK_GRAY = {
    bodyBackgroundColor: "#262626",
    bodyForegroundColor: "#FFFFFF",
    controlBackgroundColor: "#3A3A3A",
    controlForegroundColor: "#FFFFFF",
  };

  it("is dark for a dark Office theme, with Office's own background", () => {
    const chosen = chooseTheme({
      office: { ...DARK_GRAY, isDarkTheme: true },
      prefersDark: false,
      forcedColors: false,
    });
    expect(chosen.kind).toBe("dark");
    expect(chosen.theme.colorNeutralBackground1).toBe("#262626");
    expect(chosen.theme.colorBrandBackground).toBe(webDarkTheme.colorBrandBackground);
    // Without isDarkTheme (older hosts), the background's lightness decides.
    expect(chooseTheme({ office: DARK_GRAY, prefersDark: false, forcedColors: false }).kind).toBe(
      "dark"
    );
  });

  it("is light for Office's White theme whatever the browser prefers, and Excel green for Colorful", () => {
    const white = {
      bodyBackgroundColor: "#FFFFFF",
      bodyForegroundColor: "#262626",
      isDarkTheme: false,
    };
    expect(chooseTheme({ office: white, prefersDark: true, forcedColors: false }).kind).toBe(
      "light"
    );
    const colorful = chooseTheme({
      office: { ...white, colorful: true },
      prefersDark: false,
      forcedColors: false,
    });
    expect(colorful.kind).toBe("colorful");
    expect(colorful.theme.colorBrandBackground.toUpperCase()).toBe(EXCEL_GREEN);
    expect(
      contrast(colorful.theme.colorBrandBackground, colorful.theme.colorNeutralForegroundOnBrand)
    ).toBeGreaterThanOrEqual(4.5);
  });

  it("follows the browser outside Office, and high contrast everywhere", () => {
    expect(chooseTheme({ office: null, prefersDark: true, forcedColors: false }).theme).toBe(
      webDarkTheme
    );
    expect(chooseTheme({ office: null, prefersDark: false, forcedColors: false }).theme).toBe(
      webLightTheme
    );
    expect(
      chooseTheme({
        office: { ...DARK_GRAY, isDarkTheme: true },
        prefersDark: false,
        forcedColors: true,
      }).theme
    ).toBe(teamsHighContrastTheme);
  });

  it("ignores an unreadable pair of Office colours", () => {
    const chosen = chooseTheme({
      office: { bodyBackgroundColor: "#333333", bodyForegroundColor: "#444444", isDarkTheme: true },
      prefersDark: false,
      forcedColors: false,
    });
    expect(chosen.theme.colorNeutralBackground1).toBe(webDarkTheme.colorNeutralBackground1);
  });

  it("dresses the pane in Excel's dark theme and reads it again when the pane regains focus", async () => {
    let theme: Record<string, unknown> = { ...DARK_GRAY, isDarkTheme: true };
    const { container } = inExcel("en-GB", () => theme);
    await screen.findByRole("button", { name: "Validate plan" });
    const provider = container.querySelector("[data-theme]")!;
    expect(provider.getAttribute("data-theme")).toBe("dark");
    theme = { bodyBackgroundColor: "#FFFFFF", bodyForegroundColor: "#262626", isDarkTheme: false };
    fireEvent.focus(window);
    await waitFor(() => expect(provider.getAttribute("data-theme")).toBe("light"));
  });
});
