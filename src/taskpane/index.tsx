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

async function start(): Promise<void> {
  const office = (globalThis as { Office?: typeof Office }).Office;
  const info = office ? await office.onReady() : null;
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
