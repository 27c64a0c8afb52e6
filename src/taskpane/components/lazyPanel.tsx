/**
 * Parts of the pane that are not needed for its first paint (the results, the roll-up, the rules)
 * are separate chunks, fetched when they are first shown, or earlier with `preload()` (when a run
 * starts, say) so they are usually there by the time they are needed. A panel whose code is
 * already loaded renders at once; until then it shows a line saying it is on its way, and if its
 * code cannot be fetched (the network went away), says so in words and leaves the rest of the pane.
 *
 * Not React.lazy and Suspense: a panel whose code is here renders in the same pass (no fallback
 * flash after a preload), and the pane's component tests need no `act` around their renders.
 */
import * as React from "react";
import { Text } from "@fluentui/react-components";
import { useStrings } from "../strings";

export interface LazyPanel<P> {
  (props: P): React.ReactNode;
  /** Starts fetching the panel's code (once); resolves when it is there, or could not be fetched. */
  preload(): Promise<void>;
}

export function lazyPanel<P extends object>(
  load: () => Promise<React.ComponentType<P>>
): LazyPanel<P> {
  let loaded: React.ComponentType<P> | null = null;
  let pending: Promise<React.ComponentType<P>> | null = null;
  const fetchOnce = () =>
    (pending ??= load().then(
      (c) => (loaded = c),
      (e) => {
        pending = null; // tried again the next time it is shown
        throw e;
      }
    ));

  const Panel = (props: P) => {
    const t = useStrings().app;
    const [, arrived] = React.useState(0);
    const [failed, setFailed] = React.useState<string | null>(null);
    const Component = loaded;
    React.useEffect(() => {
      // What this render showed, not `loaded` now: the code may have arrived between the two.
      if (Component) return undefined;
      let live = true;
      fetchOnce().then(
        () => live && arrived((n) => n + 1),
        (e) => live && setFailed(e instanceof Error ? e.message : String(e))
      );
      return () => {
        live = false;
      };
    }, [Component]);
    if (Component) return <Component {...props} />;
    if (failed !== null) return <Text role="alert">{t.loadFailed(failed)}</Text>;
    return <Text size={200}>{t.loading}</Text>;
  };
  Panel.preload = () =>
    fetchOnce().then(
      () => undefined,
      () => undefined
    );
  return Panel;
}
