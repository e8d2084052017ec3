// Styles of the find view: one column in a 320 px pane, tokens only.
import { makeStyles, tokens } from "@fluentui/react-components";
import { plainList, pressableRow, viewColumn } from "../common/layout.styles";

export const useFindStyles = makeStyles({
  view: viewColumn,
  // Griffel's display would win over the hidden attribute's.
  hidden: { display: "none" },
  heading: { margin: "0" },
  // A label over its input, spaced as Fluent's Field spaces them.
  field: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  filters: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fit, minmax(140px, 1fr))",
    gap: tokens.spacingHorizontalS,
  },
  row: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap", alignItems: "center" },
  results: { ...plainList, gap: tokens.spacingVerticalXXS },
  result: {
    ...pressableRow,
    display: "flex",
    gap: tokens.spacingHorizontalS,
    alignItems: "center",
    width: "100%",
    textAlign: "start",
    padding: tokens.spacingHorizontalS,
    border: `${tokens.strokeWidthThin} solid transparent`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: "transparent",
    color: tokens.colorNeutralForeground1,
    "@media (forced-colors: active)": { border: "1px solid ButtonText" },
  },
  resultText: { display: "flex", flexDirection: "column", minWidth: "0", flexGrow: 1 },
  resultName: { fontWeight: tokens.fontWeightSemibold, overflowWrap: "anywhere" },
  resultDetail: { color: tokens.colorNeutralForeground3, overflowWrap: "anywhere" },
  badges: { display: "flex", gap: tokens.spacingHorizontalXS, flexWrap: "wrap" },
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});
