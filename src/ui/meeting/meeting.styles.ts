// Styles of the meeting step: a narrow column first (320 px pane), the timekeeper readable at a
// glance.
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
  timer: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  clock: {
    fontSize: tokens.fontSizeHero700,
    lineHeight: tokens.lineHeightHero700,
    fontWeight: tokens.fontWeightSemibold,
    fontVariantNumeric: "tabular-nums",
  },
  nudge: {
    color: tokens.colorPaletteMarigoldForeground2,
    fontWeight: tokens.fontWeightSemibold,
  },
  staticBar: {
    // Reduced motion: a bar that jumps, never slides.
    "& *": { transitionProperty: "none", animationName: "none" },
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
