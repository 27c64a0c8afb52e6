/**
 * The pane's Risks section: open risks counted by RAG, and the heat map of the current assessment
 * (likelihood by impact), each cell a button that lists the risks in it, each risk taking the user
 * to its row. Colour is never the only signal: counts and words say the same.
 */
import * as React from "react";
import { Button, Divider, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { ScoredRisk } from "../../core/risks";
import { defaultBands, ragOfScore, scaleKey } from "../../core/risks/score";
import { RAG_STYLE } from "../../core/sheets/palette";
import type { CellRef } from "../host";
import { CellLink, clip } from "./CellLink";
import { RagOverview } from "./RagOverview";
import { RagWord } from "./RagWord";
import { usePlainTableStyles } from "./plainTable";
import { useStrings } from "../strings";

const useStyles = makeStyles({
  box: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  map: { borderCollapse: "collapse", fontSize: tokens.fontSizeBase200 },
  cell: {
    width: "2.2em",
    height: "2em",
    textAlign: "center",
    padding: 0,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralBackground1}`,
    "@media (forced-colors: active)": { border: "1px solid CanvasText" },
  },
  count: { minWidth: 0, width: "100%", height: "100%", padding: 0, fontWeight: "inherit" },
  axis: { fontWeight: tokens.fontWeightRegular, paddingRight: tokens.spacingHorizontalS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

export interface RiskViewProps {
  risks: ScoredRisk[];
  onSelect?(at: CellRef): void;
}

/** The scale most open risks are on: the map's. */
function mapScale(open: ScoredRisk[]): { likelihood: number; impact: number } {
  const n = new Map<string, number>();
  for (const r of open) n.set(scaleKey(r.scale), (n.get(scaleKey(r.scale)) ?? 0) + 1);
  const top = [...n].sort((a, b) => b[1] - a[1])[0]?.[0] ?? "5x5";
  const [likelihood, impact] = top.split("x").map(Number);
  return { likelihood, impact };
}

export function RiskView({ risks, onSelect }: RiskViewProps) {
  const styles = useStyles();
  const table = usePlainTableStyles();
  const t = useStrings();
  const [chosen, setChosen] = React.useState<{ l: number; i: number } | null>(null);
  if (risks.length === 0) return null;
  const open = risks.filter((r) => r.status !== "closed");
  const closed = risks.length - open.length;
  const scale = mapScale(open);
  const onScale = open.filter((r) => scaleKey(r.scale) === scaleKey(scale));
  const bands = onScale[0]?.score.bands ?? defaultBands(scale);
  const inCell = (l: number, i: number) =>
    onScale.filter((r) => r.score.likelihood === l && r.score.impact === i);
  const count = (rag: "red" | "amber" | "green" | "grey") =>
    open.filter((r) => r.score.rag === rag).length;
  const likelihoods = Array.from({ length: scale.likelihood }, (_, k) => scale.likelihood - k);
  const impacts = Array.from({ length: scale.impact }, (_, k) => k + 1);
  const listed = chosen ? inCell(chosen.l, chosen.i) : [];
  return (
    <section className={styles.box} aria-labelledby="risks-title">
      <Divider />
      <Text as="h2" weight="semibold" id="risks-title">
        {t.risks.title}
      </Text>
      <RagOverview
        title={t.risks.byRag}
        items={[
          { rag: "red", word: t.rag.red, count: count("red") },
          { rag: "amber", word: t.rag.amber, count: count("amber") },
          { rag: "green", word: t.rag.green, count: count("green") },
          { rag: "grey", word: t.risks.notAssessed, count: count("grey") },
        ]}
      />
      {closed > 0 && <Text size={200}>{t.risks.closed(closed)}</Text>}
      <table className={styles.map}>
        <caption className={table.caption}>{t.risks.map(scale.likelihood, scale.impact)}</caption>
        <thead>
          <tr>
            <td />
            {impacts.map((i) => (
              <th key={i} scope="col" className={styles.axis} aria-label={t.risks.impact(i)}>
                {i}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {likelihoods.map((l) => (
            <tr key={l}>
              <th scope="row" className={styles.axis}>
                {t.risks.likelihood(l)}
              </th>
              {impacts.map((i) => {
                const band = RAG_STYLE[ragOfScore(l * i, bands)];
                const n = inCell(l, i).length;
                const pressed = chosen?.l === l && chosen.i === i;
                return (
                  <td
                    key={i}
                    className={styles.cell}
                    style={{ background: `#${band.fill}`, color: `#${band.color}` }}
                    data-band={ragOfScore(l * i, bands)}
                  >
                    {n > 0 && (
                      <Button
                        appearance="transparent"
                        size="small"
                        className={styles.count}
                        style={{ color: `#${band.color}` }}
                        aria-label={t.risks.cell(l, i, n)}
                        aria-pressed={pressed}
                        onClick={() => setChosen(pressed ? null : { l, i })}
                      >
                        {n}
                      </Button>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      {open.length > onScale.length && (
        <Text size={200}>{t.risks.otherScale(open.length - onScale.length)}</Text>
      )}
      {chosen && listed.length > 0 && (
        <section aria-label={t.risks.inCell(chosen.l, chosen.i)}>
          <Text weight="semibold">{t.risks.inCell(chosen.l, chosen.i)}</Text>
          <ul className={styles.list}>
            {listed.map((r) => (
              <li key={`${r.sheet}!${r.row}`}>
                <CellLink
                  at={{ sheet: r.sheet, cell: r.cells.title ?? `A${r.row}` }}
                  onSelect={onSelect}
                >
                  {r.id ? `${r.id} ` : ""}
                  {clip(r.title)}
                </CellLink>{" "}
                {r.score.rag && (
                  <RagWord
                    rag={r.score.rag}
                    figure={r.score.score === null ? undefined : String(r.score.score)}
                  />
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
    </section>
  );
}
