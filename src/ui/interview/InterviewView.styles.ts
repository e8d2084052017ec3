// Styles of one interview: header with name, stage and next step, then its sections.
import { makeStyles, tokens } from "@fluentui/react-components";

export const useInterviewStyles = makeStyles({
  view: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: "0" },
  header: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    minWidth: "0",
  },
  heading: {
    margin: "0",
    overflowWrap: "anywhere",
    // The heading takes focus when an interview opens: a ring in the theme's focus colour shows it.
    ":focus-visible": {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: tokens.spacingHorizontalXXS,
      borderRadius: tokens.borderRadiusSmall,
    },
  },
  muted: { color: tokens.colorNeutralForeground3, overflowWrap: "anywhere" },
  row: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap", alignItems: "center" },
});
