// The one timekeeper of the meeting and the practice run: elapsed against the booked length at a
// glance, a polite nudge before the end and at it.
import { Body1, Caption1, ProgressBar, Switch } from "@fluentui/react-components";
import { useT } from "../../app/i18n/I18nProvider";
import { useNudgeSound, useReducedMotion, useTimekeeper } from "../../app/meeting/useTimekeeper";
import { formatClock, type TimekeeperState } from "../../domain/timekeeper";
import { useTimekeeperStyles } from "./timekeeper.styles";

/** Where the meeting's and the practice's clocks differ. */
export interface TimekeeperOptions {
  /**
   * Offer the opt-in sound at the nudges (the meeting, where the student looks at the other
   * person, not the pane). Default true.
   */
  soundSwitch?: boolean;
  /**
   * Say "This meeting has ended" once the overtime window has passed (a booked meeting). A
   * practice started by a press has no booked end to speak of: it keeps counting the overtime.
   * Default true.
   */
  endedLine?: boolean;
}

type DetailKey =
  "meeting.timer.before" | "meeting.timer.overtime" | "meeting.timer.over" | "meeting.timer.left";

/** The line under the clock for a reading, as a message key and its value. */
function detailOf(state: TimekeeperState, endedLine: boolean): { key: DetailKey; time?: string } {
  switch (state.phase) {
    case "before":
      return { key: "meeting.timer.before", time: formatClock(state.startsInMs) };
    case "overtime":
      return { key: "meeting.timer.overtime", time: formatClock(state.overtimeMs) };
    case "over":
      return endedLine
        ? { key: "meeting.timer.over" }
        : { key: "meeting.timer.overtime", time: formatClock(state.overtimeMs) };
    default:
      return { key: "meeting.timer.left", time: formatClock(state.remainingMs) };
  }
}

/**
 * Shows the clock from booked times. The clock itself is a timer region (not read out every
 * second); only the nudges are announced, politely, when they change.
 */
export function Timekeeper({
  start,
  end,
  tickMs,
  soundSwitch = true,
  endedLine = true,
}: { start: Date; end: Date; tickMs?: number } & TimekeeperOptions) {
  const t = useT();
  const styles = useTimekeeperStyles();
  const state = useTimekeeper(start, end, tickMs);
  const reduced = useReducedMotion();
  const booked = formatClock(end.getTime() - start.getTime());
  const detail = detailOf(state, endedLine);
  return (
    <section className={styles.timer}>
      <div role="timer" aria-label={t("meeting.timer.label")}>
        <div className={styles.clock}>{formatClock(state.elapsedMs)}</div>
        <Body1>
          {t("meeting.timer.elapsed", { elapsed: formatClock(state.elapsedMs), booked })}
        </Body1>
        <Caption1 block>
          {detail.time === undefined ? t(detail.key) : t(detail.key, { time: detail.time })}
        </Caption1>
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
      {soundSwitch ? <SoundSwitch nudge={state.nudge} /> : null}
    </section>
  );
}

/** The sound switch, with the hook that plays the tone: no switch, no sound. */
function SoundSwitch({ nudge }: { nudge: TimekeeperState["nudge"] }) {
  const t = useT();
  const { sound, setSound } = useNudgeSound(nudge);
  return (
    <Switch
      checked={sound}
      onChange={(_, data) => setSound(data.checked)}
      label={t("meeting.timer.sound")}
    />
  );
}
