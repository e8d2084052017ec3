// Styles of "What I've learned": theme sections and answer cards that stay readable at 320 px.
import { makeStyles, tokens } from "@fluentui/react-components";
import { outlinedCard, plainList, viewColumn } from "../common/layout.styles";

export const useLearnedStyles = makeStyles({
  view: viewColumn,
  heading: { margin: "0" },
  subheading: {
    margin: "0",
    display: "flex",
    gap: tokens.spacingHorizontalS,
    alignItems: "center",
    flexWrap: "wrap",
  },
  muted: { color: tokens.colorNeutralForeground3 },
  toolbar: {
    display: "flex",
    gap: tokens.spacingHorizontalS,
    alignItems: "center",
    flexWrap: "wrap",
  },
  theme: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  list: { ...plainList, gap: tokens.spacingVerticalS },
  card: { ...outlinedCard, backgroundColor: tokens.colorNeutralBackground1 },
  question: { fontWeight: tokens.fontWeightSemibold, overflowWrap: "anywhere", margin: "0" },
  removed: { fontStyle: "italic", color: tokens.colorNeutralForeground3, margin: "0" },
  // Answers keep the line breaks the student typed.
  text: { whiteSpace: "pre-wrap", overflowWrap: "anywhere", margin: "0" },
  source: { color: tokens.colorNeutralForeground3, overflowWrap: "anywhere" },
  countTable: {
    borderCollapse: "collapse",
    "& th, & td": {
      textAlign: "start",
      padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
      borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    },
    "& td": { textAlign: "end" },
  },
});
