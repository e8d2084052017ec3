// Styles of the questions views: narrow-pane first, tokens only (light, dark and high-contrast
// themes).
import { makeStyles, tokens } from "@fluentui/react-components";
import { outlinedCard, plainList } from "../common/layout.styles";

export const useQuestionsStyles = makeStyles({
  section: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    minWidth: "0",
  },
  group: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  list: { ...plainList, gap: tokens.spacingVerticalS },
  item: {
    ...outlinedCard,
    backgroundColor: tokens.colorNeutralBackground1,
    cursor: "grab",
  },
  dragging: {
    opacity: "0.6",
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorBrandStroke1}`,
  },
  dropTarget: {
    border: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`,
  },
  itemHead: {
    display: "flex",
    gap: tokens.spacingHorizontalS,
    alignItems: "flex-start",
  },
  number: {
    color: tokens.colorNeutralForeground3,
    minWidth: "1.5em",
  },
  text: {
    flexGrow: 1,
    minWidth: "0",
    overflowWrap: "anywhere",
  },
  actions: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalXS,
  },
  editor: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
  editorRow: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalS,
    alignItems: "center",
  },
  input: {
    flexGrow: 1,
    minWidth: "12em",
  },
  verdict: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    color: tokens.colorNeutralForeground2,
  },
  closed: {
    color: tokens.colorPaletteMarigoldForeground2,
  },
  warning: {
    color: tokens.colorPaletteRedForeground1,
  },
  open: {
    color: tokens.colorPaletteGreenForeground1,
  },
  bankQuestion: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
    paddingBlock: tokens.spacingVerticalXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
  },
  note: {
    color: tokens.colorNeutralForeground3,
  },
  visuallyHidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    margin: "-1px",
    padding: "0",
    overflow: "hidden",
    clip: "rect(0, 0, 0, 0)",
    whiteSpace: "nowrap",
    border: "0",
  },
});
