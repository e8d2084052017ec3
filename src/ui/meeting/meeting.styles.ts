// Styles of the meeting step: a narrow column first (320 px pane); the timekeeper's are in
// ui/common/timekeeper.styles.ts.
import { makeStyles, tokens } from "@fluentui/react-components";

export const useMeetingStyles = makeStyles({
  column: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    minWidth: "0",
  },
  block: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    minWidth: "0",
  },
  summary: { whiteSpace: "pre-wrap", overflowWrap: "anywhere", margin: "0" },
  list: { margin: "0", paddingLeft: tokens.spacingHorizontalL },
  checklist: {
    listStyleType: "none",
    margin: "0",
    padding: "0",
    display: "flex",
    flexDirection: "column",
  },
  row: {
    display: "flex",
    gap: tokens.spacingHorizontalS,
    flexWrap: "wrap",
    alignItems: "center",
  },
  referralForm: {
    display: "grid",
    // Two columns only when each input fits its natural width (about 190 px); a 320 px pane
    // stacks them instead of pushing the email field past the edge.
    gridTemplateColumns: "repeat(auto-fit, minmax(220px, 1fr))",
    gap: tokens.spacingHorizontalS,
    alignItems: "end",
  },
  muted: { color: tokens.colorNeutralForeground3 },
  warning: { color: tokens.colorPaletteRedForeground1 },
});
