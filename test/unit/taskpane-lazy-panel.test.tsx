/**
 * @jest-environment jsdom
 */
/** Panels whose code is fetched on demand: a line while it comes, the panel once it is here, words if it cannot be fetched. */
import * as React from "react";
import { render, screen, waitFor } from "@testing-library/react";
import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { lazyPanel } from "../../src/taskpane/components/lazyPanel";

const wrap = (ui: React.ReactElement) =>
  render(<FluentProvider theme={webLightTheme}>{ui}</FluentProvider>);

const Hello = ({ who }: { who: string }) => <p>Hello {who}</p>;

describe("lazyPanel", () => {
  it("says it is loading, then shows the panel with its props", async () => {
    let loads = 0;
    const Panel = lazyPanel(async () => {
      loads++;
      return Hello;
    });
    wrap(<Panel who="Ann" />);
    expect(screen.getByText("Loading…")).toBeTruthy();
    expect(await screen.findByText("Hello Ann")).toBeTruthy();
    expect(screen.queryByText("Loading…")).toBeNull();
    // Fetched once: the next one shows at once.
    wrap(<Panel who="Bob" />);
    expect(screen.getByText("Hello Bob")).toBeTruthy();
    expect(loads).toBe(1);
  });

  it("shows a preloaded panel in the first render", async () => {
    const Panel = lazyPanel(async () => Hello);
    await Panel.preload();
    wrap(<Panel who="Cy" />);
    expect(screen.getByText("Hello Cy")).toBeTruthy();
  });

  it("says in words when the code cannot be fetched, and tries again the next time", async () => {
    let fail = true;
    const Panel = lazyPanel(async () => {
      if (fail) throw new Error("Loading chunk 9 failed.");
      return Hello;
    });
    await Panel.preload(); // a failed preload is not an error of its own
    const first = wrap(<Panel who="Dee" />);
    expect((await screen.findByRole("alert")).textContent).toBe(
      "This part of the pane could not be loaded: Loading chunk 9 failed."
    );
    first.unmount();
    fail = false;
    wrap(<Panel who="Dee" />);
    expect(await screen.findByText("Hello Dee")).toBeTruthy();
  });

  it("shows the panel when its code arrives after it rendered but before its effects ran", async () => {
    // Outside act, as in the browser: commit, then effects in a later task, with microtasks between.
    const actEnvironment = globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean };
    const was = actEnvironment.IS_REACT_ACT_ENVIRONMENT;
    actEnvironment.IS_REACT_ACT_ENVIRONMENT = false;
    let release = () => {};
    const Panel = lazyPanel(
      () => new Promise<typeof Hello>((resolve) => (release = () => resolve(Hello)))
    );
    /** Fetches and receives the code in the commit that first shows the panel. */
    const Arrives = () => {
      React.useLayoutEffect(() => {
        void Panel.preload();
        release();
      }, []);
      return null;
    };
    const div = document.body.appendChild(document.createElement("div"));
    const root = createRoot(div);
    try {
      root.render(
        <FluentProvider theme={webLightTheme}>
          <Panel who="Eve" />
          <Arrives />
        </FluentProvider>
      );
      await waitFor(() => expect(div.textContent).toBe("Hello Eve"));
    } finally {
      root.unmount();
      div.remove();
      actEnvironment.IS_REACT_ACT_ENVIRONMENT = was;
    }
  });
});
