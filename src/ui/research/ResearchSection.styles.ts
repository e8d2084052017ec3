// Styles of the research section: the notes box grows with the pane, conflicts side by side when
// there is room.
import { makeStyles, tokens } from "@fluentui/react-components";

export const useResearchStyles = makeStyles({
  section: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    minWidth: "0",
  },
  notes: { minHeight: "16rem" },
  status: {
    display: "flex",
    gap: tokens.spacingHorizontalS,
    alignItems: "center",
    flexWrap: "wrap",
  },
  muted: { color: tokens.colorNeutralForeground3 },
  versions: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fit, minmax(240px, 1fr))",
    gap: tokens.spacingHorizontalM,
  },
  version: {
    margin: "0",
    padding: tokens.spacingHorizontalS,
    whiteSpace: "pre-wrap",
    overflowWrap: "anywhere",
    fontFamily: tokens.fontFamilyBase,
    backgroundColor: tokens.colorNeutralBackground3,
    borderRadius: tokens.borderRadiusMedium,
    maxHeight: "14rem",
    overflowY: "auto",
  },
  row: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
});
