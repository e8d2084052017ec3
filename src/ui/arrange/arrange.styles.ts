// Styles of the arrange section: stacked groups for a 320 px pane, tokens only.
import { makeStyles, tokens } from "@fluentui/react-components";
import { outlinedCard, plainList } from "../common/layout.styles";

export const useArrangeStyles = makeStyles({
  section: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalL,
    minWidth: "0",
  },
  group: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    minWidth: "0",
  },
  row: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalS,
    alignItems: "center",
  },
  slotLabel: {
    display: "flex",
    flexDirection: "column",
  },
  note: {
    color: tokens.colorNeutralForeground3,
  },
  meetings: { ...plainList, gap: tokens.spacingVerticalS },
  meeting: {
    ...outlinedCard,
  },
  message: {
    minHeight: "12em",
  },
});
