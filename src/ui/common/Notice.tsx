// A short notice (success, warning, error, info) in theme tokens; errors are screen-reader alerts.
import { Body1, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";

/**
 * The notice box and its colours. `urgent` (status-warning colours) and `info` are the shell's
 * notices about the host and sign-in; the others are the feature views'.
 */
export const useNoticeStyles = makeStyles({
  base: {
    display: "block",
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  success: {
    backgroundColor: tokens.colorPaletteGreenBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorPaletteGreenBorder1}`,
    color: tokens.colorNeutralForeground1,
  },
  warning: {
    backgroundColor: tokens.colorPaletteYellowBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorPaletteYellowBorder1}`,
    color: tokens.colorNeutralForeground1,
  },
  error: {
    backgroundColor: tokens.colorPaletteRedBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorPaletteRedBorder1}`,
    color: tokens.colorNeutralForeground1,
  },
  urgent: {
    backgroundColor: tokens.colorStatusWarningBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorStatusWarningBorder1}`,
    color: tokens.colorNeutralForeground1,
  },
  info: {
    backgroundColor: tokens.colorNeutralBackground3,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    color: tokens.colorNeutralForeground1,
  },
});

/** The notice; an error one carries role="alert" so it is announced at once. */
export function Notice({
  intent,
  children,
}: {
  intent: "success" | "warning" | "error";
  children: ReactNode;
}) {
  const styles = useNoticeStyles();
  return (
    <Body1
      as="p"
      role={intent === "error" ? "alert" : undefined}
      className={mergeClasses(styles.base, styles[intent])}
    >
      {children}
    </Body1>
  );
}
