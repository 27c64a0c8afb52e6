/** The scoring rules are kept in the workbook itself, so the next user sees the same ones. */
export const SETTINGS_KEY = "PlanScorecard.settings";

export async function saveSettings(context: Excel.RequestContext, json: string): Promise<void> {
  context.workbook.settings.add(SETTINGS_KEY, json);
  await context.sync();
}
