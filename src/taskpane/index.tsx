/**
 * Starts the pane. Inside Excel it works on the open workbook; anywhere else
 * (a plain browser tab) it switches to file mode.
 */
import * as React from "react";
import { createRoot } from "react-dom/client";
import { App, AppProps, RollupInExcelPanel } from "./components/App";
import { fileHost } from "./hosts/fileHost";
import { PaneRoot } from "./components/PaneRoot";
import { readOfficeTheme } from "./theme";

function saveFile(name: string, bytes: Uint8Array): void {
  const blob = new Blob([bytes as BlobPart], {
    type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  });
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Inside Office: its display language and theme; on the web page: the browser's (PaneRoot follows prefers-color-scheme). */
function render(props: AppProps, office?: typeof Office): void {
  const root = createRoot(document.getElementById("container")!);
  root.render(
    <PaneRoot
      displayLanguage={office ? office.context.displayLanguage : navigator.language}
      officeTheme={office ? () => readOfficeTheme(office) : undefined}
    >
      <App {...props} />
    </PaneRoot>
  );
}

/**
 * Office puts its host in the pane's address (`_host_Info`) or its window's name, or frames the pane
 * (Office on the web). Outside Office, office.js resolves onReady only once it has fetched a file
 * from Microsoft's CDN, so where that is blocked the page would wait for ever: it waits a moment.
 */
function officeInfo(office: typeof Office): Promise<{ host: Office.HostType | null } | null> {
  const inOffice =
    /[?&]_host_Info=/i.test(location.search) ||
    /_host_Info/i.test(window.name) ||
    window.parent !== window;
  if (inOffice) return office.onReady();
  return Promise.race([
    office.onReady(),
    new Promise<null>((resolve) => setTimeout(() => resolve(null), OUTSIDE_OFFICE_WAIT_MS)),
  ]);
}
const OUTSIDE_OFFICE_WAIT_MS = 1500;

async function start(): Promise<void> {
  const office = (globalThis as { Office?: typeof Office }).Office;
  const info = office ? await officeInfo(office) : null;
  if (office && info?.host === office.HostType.Excel) {
    // The roll-up panel shows from the start in Excel: fetched with the Excel host, not after it.
    const [{ excelHost }] = await Promise.all([
      import(/* webpackChunkName: "excel" */ "./hosts/excelHost"),
      RollupInExcelPanel.preload(),
    ]);
    render({ mode: "excel", host: excelHost() }, office);
  } else {
    render({
      mode: "file",
      openFile: fileHost,
      save: saveFile,
      // The roll-up's code is loaded only when several files are opened.
      rollup: async (files, options) =>
        (await import(/* webpackChunkName: "rollup" */ "./hosts/rollupHost")).rollupFiles(
          files,
          options
        ),
    });
  }
}

start();
