// Styles of the advisors' tab: one column in a narrow pane, cards, CSS bar charts; tokens only.
import { makeStyles, tokens } from "@fluentui/react-components";
import { plainList } from "../common/layout.styles";

export const useAdvisorStyles = makeStyles({
  view: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: "0" },
  heading: { margin: "0" },
  // Three tabs do not fit a 320 px pane on one line: they wrap rather than scroll the page sideways.
  tabs: { flexWrap: "wrap" },
  row: {
    display: "flex",
    gap: tokens.spacingHorizontalS,
    flexWrap: "wrap",
    alignItems: "end",
    // A select is as wide as its longest option (an industry of one 5,000-letter word): cap it.
    "& > *": { maxWidth: "100%", minWidth: "0" },
    "& .fui-Select, & select": { maxWidth: "100%", minWidth: "0", textOverflow: "ellipsis" },
  },
  grow: { flexGrow: 1, minWidth: "160px" },
  list: { ...plainList, gap: tokens.spacingVerticalS },
  card: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    overflowWrap: "anywhere",
  },
  cardTitle: { margin: "0", fontSize: tokens.fontSizeBase400 },
  muted: { color: tokens.colorNeutralForeground3 },
  badges: { display: "flex", gap: tokens.spacingHorizontalXS, flexWrap: "wrap" },
  form: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  table: {
    borderCollapse: "collapse",
    width: "100%",
    "& th, & td": {
      textAlign: "start",
      padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
      borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
      verticalAlign: "top",
    },
  },
  chart: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    margin: "0",
  },
  barRow: {
    display: "grid",
    gridTemplateColumns: "minmax(80px, 35%) 1fr auto",
    gap: tokens.spacingHorizontalS,
    alignItems: "center",
  },
  barLabel: { overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" },
  barTrack: {
    display: "block",
    height: "14px",
    backgroundColor: tokens.colorNeutralBackground3,
    borderRadius: tokens.borderRadiusSmall,
    "@media (forced-colors: active)": { outline: "1px solid CanvasText" },
  },
  barFill: {
    fill: tokens.colorBrandBackground,
    "@media (forced-colors: active)": { fill: "Highlight" },
  },
  barFillFull: { fill: tokens.colorPaletteRedBackground3 },
  visuallyHidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    overflow: "hidden",
    clipPath: "inset(50%)",
    whiteSpace: "nowrap",
  },
  questionText: { margin: "0" },
  field: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  // Arrow-only buttons need no text-sized minimum width, so a row of four fits 320 px.
  arrow: { minWidth: "32px" },
  actions: { display: "flex", gap: tokens.spacingHorizontalXS, flexWrap: "wrap" },
});
