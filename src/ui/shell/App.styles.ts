// Page-level layout styles: full height, the host's background, narrow-pane friendly.
import { makeStyles, tokens } from "@fluentui/react-components";

export const useAppStyles = makeStyles({
  root: {
    minHeight: "100vh",
    boxSizing: "border-box",
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    // Names, titles and notes from the directory may be one unbroken 5,000-letter word: any text
    // may break anywhere rather than widen the pane (inherited by every view).
    overflowWrap: "anywhere",
  },
  page: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    minWidth: "0",
    maxWidth: "960px",
    marginInline: "auto",
  },
  header: {
    display: "flex",
    alignItems: "baseline",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
    flexWrap: "wrap",
  },
  /** Tabs wrap onto a second line in a 320 px pane instead of being cut off. */
  tabs: { flexWrap: "wrap" },
});
