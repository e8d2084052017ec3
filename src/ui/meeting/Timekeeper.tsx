// The timekeeper: elapsed against the booked length at a glance, a polite nudge before the end and
// at it.
import { Body1, Caption1, ProgressBar, Switch } from "@fluentui/react-components";
import { useT } from "../../app/i18n/I18nProvider";
import { useNudgeSound, useReducedMotion, useTimekeeper } from "../../app/meeting/useTimekeeper";
import { formatClock } from "../../domain/timekeeper";
import { useMeetingStyles } from "./meeting.styles";

/**
 * Shows the meeting's clock from its booked times. The clock itself is a timer region (not read
 * out every second); only the nudges are announced, politely, when they change.
 */
export function Timekeeper({ start, end, tickMs }: { start: Date; end: Date; tickMs?: number }) {
  const t = useT();
  const styles = useMeetingStyles();
  const state = useTimekeeper(start, end, tickMs);
  const reduced = useReducedMotion();
  const { sound, setSound } = useNudgeSound(state.nudge);
  const booked = formatClock(end.getTime() - start.getTime());
  let detail: string;
  switch (state.phase) {
    case "before":
      detail = t("meeting.timer.before", { time: formatClock(state.startsInMs) });
      break;
    case "overtime":
      detail = t("meeting.timer.overtime", { time: formatClock(state.overtimeMs) });
      break;
    case "over":
      detail = t("meeting.timer.over");
      break;
    default:
      detail = t("meeting.timer.left", { time: formatClock(state.remainingMs) });
  }
  return (
    <section className={styles.timer}>
      <div role="timer" aria-label={t("meeting.timer.label")}>
        <div className={styles.clock}>{formatClock(state.elapsedMs)}</div>
        <Body1>
          {t("meeting.timer.elapsed", { elapsed: formatClock(state.elapsedMs), booked })}
        </Body1>
        <Caption1 block>{detail}</Caption1>
      </div>
      <ProgressBar
        className={reduced ? styles.staticBar : undefined}
        value={state.fraction}
        max={1}
        thickness="large"
        color={state.phase === "overtime" || state.phase === "over" ? "warning" : "brand"}
        aria-label={t("meeting.timer.progress")}
      />
      <div role="status" aria-live="polite" className={styles.nudge}>
        {state.nudge ? t(`meeting.timer.nudge.${state.nudge}`) : ""}
      </div>
      <Switch
        checked={sound}
        onChange={(_, data) => setSound(data.checked)}
        label={t("meeting.timer.sound")}
      />
    </section>
  );
}
