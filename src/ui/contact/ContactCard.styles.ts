// Styles of the contact card: a narrow-first column, tokens only so every host theme works.
import { makeStyles, tokens } from "@fluentui/react-components";

export const useContactCardStyles = makeStyles({
  card: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
    minWidth: "0",
  },
  header: {
    display: "flex",
    gap: tokens.spacingHorizontalM,
    alignItems: "center",
    minWidth: "0",
  },
  titles: { display: "flex", flexDirection: "column", minWidth: "0", overflowWrap: "anywhere" },
  heading: { margin: "0", overflowWrap: "anywhere" },
  facts: {
    display: "grid",
    gridTemplateColumns: "max-content 1fr",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
    margin: "0",
  },
  factRow: { display: "contents" },
  term: { color: tokens.colorNeutralForeground3 },
  detail: { margin: "0", overflowWrap: "anywhere" },
  /** A titled group (reporting line, direct reports): the heading on its own line above its text. */
  group: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    gap: tokens.spacingVerticalXXS,
  },
  groupHeading: { margin: "0" },
  people: {
    listStyleType: "none",
    margin: "0",
    padding: "0",
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
  },
  actions: {
    display: "flex",
    gap: tokens.spacingHorizontalS,
    flexWrap: "wrap",
    alignItems: "center",
  },
  notes: {
    margin: "0",
    whiteSpace: "pre-wrap",
    overflowWrap: "anywhere",
    fontFamily: tokens.fontFamilyBase,
    maxHeight: "10rem",
    overflowY: "auto",
  },
  badges: { display: "flex", gap: tokens.spacingHorizontalXS, flexWrap: "wrap" },
});
