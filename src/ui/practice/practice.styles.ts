// Styles of the practice run: one narrow column (320 px pane first), the clock readable at a glance.
import { makeStyles, tokens } from "@fluentui/react-components";

export const usePracticeStyles = makeStyles({
  column: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    minWidth: "0",
  },
  panel: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    minWidth: "0",
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  booked: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
  },
  // Date and time side by side when they fit; a 320 px pane stacks them.
  when: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fit, minmax(140px, 1fr))",
    gap: tokens.spacingHorizontalS,
    alignItems: "start",
  },
  preview: {
    margin: "0",
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    "& dt": { fontWeight: tokens.fontWeightSemibold },
    "& dd": { margin: `0 0 ${tokens.spacingVerticalS} 0`, overflowWrap: "anywhere" },
  },
  body: {
    whiteSpace: "pre-wrap",
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  question: { overflowWrap: "anywhere", margin: "0" },
  row: {
    display: "flex",
    gap: tokens.spacingHorizontalS,
    flexWrap: "wrap",
    alignItems: "center",
  },
  muted: { color: tokens.colorNeutralForeground3 },
  error: { color: tokens.colorPaletteRedForeground1 },
});
