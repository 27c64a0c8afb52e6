/** The scoring rules are kept in the workbook itself, so the next user sees the same ones. */
import { Config, readConfig } from "../../core/config";

export const SETTINGS_KEY = "PlanScorecard.settings";

export async function saveSettings(context: Excel.RequestContext, json: string): Promise<void> {
  context.workbook.settings.add(SETTINGS_KEY, json);
  await context.sync();
}

/** The rules to use: the ones given (chosen in the pane), else the ones saved in the workbook, if they read. */
export function configFrom(
  saved: string | null,
  given?: Config
): { config?: Config; problem?: string } {
  if (given) return { config: given };
  if (!saved) return {};
  try {
    const r = readConfig(JSON.parse(saved));
    return r.ok ? { config: r.config } : { problem: r.message };
  } catch (e) {
    return { problem: (e as Error).message };
  }
}
