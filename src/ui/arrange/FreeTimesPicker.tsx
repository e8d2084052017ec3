// Free times: "Find times", offered slots as radios in both people's times, "Book interview".
import {
  Body1,
  Button,
  Caption1,
  Radio,
  RadioGroup,
  Spinner,
  Subtitle2,
} from "@fluentui/react-components";
import { useLocale, useT } from "../../app/i18n/I18nProvider";
import type { ArrangeModel } from "../../app/arrange/useArrange";
import type { Slot } from "../../domain/slots";
import { formatRangeInZone, formatInZone } from "../../domain/time/zones";
import { FailureNotice } from "../common/FailureNotice";
import { Notice } from "../common/Notice";
import { useArrangeStyles } from "./arrange.styles";

/** Four weeks: the "look further ahead" search, well inside Graph's 62-day limit. */
const LONGER_DAYS = 28;

/** The picker and the booking button. */
export function FreeTimesPicker({
  model,
  contactName,
}: {
  model: ArrangeModel;
  contactName: string;
}) {
  const t = useT();
  const locale = useLocale();
  const styles = useArrangeStyles();
  const { times, booking, selected } = model;
  const result = times.status === "done" ? times.result : null;
  const unreadable = result?.reason === "contact-calendar-unreadable";

  const label = (slot: Slot) => {
    const mine = formatRangeInZone(slot.start, slot.end, result?.userZone ?? "UTC", locale);
    const theirs = formatRangeInZone(slot.start, slot.end, result?.contactZone ?? "UTC", locale);
    return (
      <span className={styles.slotLabel}>
        <span>{t("arrange.slotYou", { time: mine })}</span>
        {!unreadable && result && result.contactZone !== result.userZone ? (
          <span>{t("arrange.slotThem", { name: contactName, time: theirs })}</span>
        ) : null}
        {slot.tentativeConflict ? (
          <Caption1 className={styles.note}>{t("arrange.slotTentative")}</Caption1>
        ) : null}
      </span>
    );
  };

  return (
    <section className={styles.group} aria-labelledby="times-heading">
      <Subtitle2 as="h3" id="times-heading">
        {t("arrange.timesHeading")}
      </Subtitle2>
      <div className={styles.row}>
        <Button
          appearance="primary"
          disabled={times.status === "busy"}
          onClick={() => void model.findTimes()}
        >
          {t("arrange.findTimes")}
        </Button>
        {result ? (
          <Button onClick={() => void model.findTimes({ days: LONGER_DAYS })}>
            {t("arrange.searchLonger")}
          </Button>
        ) : null}
        {times.status === "busy" ? <Spinner size="tiny" label={t("arrange.finding")} /> : null}
      </div>
      {times.status === "error" ? <FailureNotice failure={times.reason} wording="step" /> : null}
      {result ? (
        <div role="status">
          {unreadable ? (
            <Notice intent="warning">{t("arrange.unreadable")}</Notice>
          ) : result.reason === "no-overlap" ? (
            <Body1>
              {t("arrange.noSlots", {
                days: Math.round(
                  (result.window.end.getTime() - result.window.start.getTime()) / 86_400_000,
                ),
              })}
            </Body1>
          ) : result.reason === "no-working-hours-overlap" ? (
            <Body1>{t("arrange.noWorkingOverlap")}</Body1>
          ) : result.reason === "window-too-short" ? (
            <Body1>{t("arrange.windowTooShort")}</Body1>
          ) : null}
        </div>
      ) : null}
      {result && result.slots.length > 0 ? (
        <RadioGroup
          aria-label={unreadable ? t("arrange.slotsLegendOwn") : t("arrange.slotsLegend")}
          value={selected?.start.toISOString() ?? ""}
          onChange={(_, data) => model.select(data.value)}
        >
          {result.slots.map((slot) => (
            <Radio
              key={slot.start.toISOString()}
              value={slot.start.toISOString()}
              label={label(slot)}
            />
          ))}
        </RadioGroup>
      ) : null}
      {unreadable && result && result.slots.length > 0 ? (
        <Button onClick={() => model.proposeSlots(result.slots.slice(0, 3))}>
          {t("arrange.proposeTimes")}
        </Button>
      ) : null}
      <div className={styles.row}>
        <Button
          appearance="primary"
          disabledFocusable={!selected || booking.status === "busy"}
          aria-describedby={selected ? undefined : "book-hint"}
          onClick={() => void model.book()}
        >
          {t("arrange.book")}
        </Button>
        {booking.status === "busy" ? <Spinner size="tiny" label={t("arrange.booking")} /> : null}
        {!selected ? (
          <Caption1 id="book-hint" className={styles.note}>
            {t("arrange.bookHint")}
          </Caption1>
        ) : null}
      </div>
      <div role="status">
        {booking.status === "done" ? (
          <Notice intent="success">
            {t("arrange.booked", {
              time: formatInZone(booking.result.start, model.userZone, locale),
              name: contactName,
            })}
          </Notice>
        ) : null}
      </div>
      {booking.status === "error" ? (
        booking.reason.kind === "too-large" ? (
          <Notice intent="error">{t("arrange.tooLarge")}</Notice>
        ) : (
          <FailureNotice failure={booking.reason} wording="step" />
        )
      ) : null}
    </section>
  );
}
