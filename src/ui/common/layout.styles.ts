// Layout shapes shared by feature views: view column, plain lists, pressable rows; tokens only.
import { makeStyles, tokens, type GriffelStyle } from "@fluentui/react-components";

/** A feature view: one column that may shrink in a 320 px pane. */
export const viewColumn: GriffelStyle = {
  display: "flex",
  flexDirection: "column",
  gap: tokens.spacingVerticalM,
  minWidth: "0",
};

/** A list without bullets or indent, its items in a column (add the gap). */
export const plainList: GriffelStyle = {
  listStyleType: "none",
  margin: "0",
  padding: "0",
  display: "flex",
  flexDirection: "column",
};

/** A row that opens something: the theme's font, a hover tint and a focus ring. */
export const pressableRow: GriffelStyle = {
  cursor: "pointer",
  fontFamily: tokens.fontFamilyBase,
  fontSize: tokens.fontSizeBase300,
  ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
  ":focus-visible": {
    outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
    outlineOffset: "1px",
  },
};

/** A bordered card in a list: its content in a column, a thin neutral border. */
export const outlinedCard: GriffelStyle = {
  display: "flex",
  flexDirection: "column",
  gap: tokens.spacingVerticalXS,
  padding: tokens.spacingHorizontalS,
  borderRadius: tokens.borderRadiusMedium,
  border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
};

export const useLayoutStyles = makeStyles({
  plainList: { ...plainList, gap: tokens.spacingVerticalXS },
  section: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
});
