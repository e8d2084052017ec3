// Styles of the pipeline list: compact rows that stay readable at 320 px.
import { makeStyles, tokens } from "@fluentui/react-components";
import { plainList, pressableRow, viewColumn } from "../common/layout.styles";

export const usePipelineStyles = makeStyles({
  view: viewColumn,
  heading: { margin: "0" },
  toolbar: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "end", flexWrap: "wrap" },
  list: { ...plainList, gap: tokens.spacingVerticalXXS },
  row: {
    ...pressableRow,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    width: "100%",
    textAlign: "start",
    padding: tokens.spacingHorizontalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
  name: { fontWeight: tokens.fontWeightSemibold, overflowWrap: "anywhere" },
  muted: { color: tokens.colorNeutralForeground3, overflowWrap: "anywhere" },
  more: { alignSelf: "start" },
  line: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap", alignItems: "center" },
});
