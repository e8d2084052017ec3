// Styles of the shared timekeeper: the clock readable at a glance in a 320 px pane, a bar that
// never slides when the user asked for less motion.
import { makeStyles, tokens } from "@fluentui/react-components";

export const useTimekeeperStyles = makeStyles({
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
});
