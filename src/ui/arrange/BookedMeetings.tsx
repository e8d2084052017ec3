// The interview's booked conversations: move one to the chosen time, or cancel it with a note.
import { Body1, Button, Field, Subtitle2, Textarea } from "@fluentui/react-components";
import { useState } from "react";
import { useLocale, useT } from "../../app/i18n/I18nProvider";
import type { ArrangeModel } from "../../app/arrange/useArrange";
import { formatRangeInZone } from "../../domain/time/zones";
import { FailureNotice } from "../common/FailureNotice";
import { Notice } from "../common/Notice";
import { useArrangeStyles } from "./arrange.styles";

/** The list of booked meetings with their actions. */
export function BookedMeetings({
  model,
  contactName,
}: {
  model: ArrangeModel;
  contactName: string;
}) {
  const t = useT();
  const styles = useArrangeStyles();
  const [cancelling, setCancelling] = useState<{ eventId: string; message: string } | null>(null);
  const { rescheduling, cancelling: cancelState } = model;
  return (
    <section className={styles.group} aria-labelledby="meetings-heading">
      <Subtitle2 as="h3" id="meetings-heading">
        {t("arrange.meetingsHeading")}
      </Subtitle2>
      {model.events.length === 0 ? <Body1>{t("arrange.noMeetings")}</Body1> : null}
      <ul className={styles.meetings}>
        {model.events.map((event) => (
          <MeetingItem
            key={event.eventId}
            model={model}
            event={event}
            cancelling={cancelling?.eventId === event.eventId ? cancelling : null}
            setCancelling={setCancelling}
            contactName={contactName}
          />
        ))}
      </ul>
      <div role="status">
        {rescheduling.status === "done" ? (
          <Notice intent="success">{t("arrange.moved", { name: contactName })}</Notice>
        ) : null}
        {cancelState.status === "done" ? (
          <Notice intent="success">{t("arrange.cancelled", { name: contactName })}</Notice>
        ) : null}
      </div>
      {rescheduling.status === "error" ? (
        <FailureNotice failure={rescheduling.reason} wording="step" />
      ) : null}
      {cancelState.status === "error" ? (
        <FailureNotice failure={cancelState.reason} wording="step" />
      ) : null}
    </section>
  );
}

function MeetingItem({
  model,
  event,
  cancelling,
  setCancelling,
  contactName,
}: {
  model: ArrangeModel;
  event: ArrangeModel["events"][number];
  cancelling: { eventId: string; message: string } | null;
  setCancelling: (value: { eventId: string; message: string } | null) => void;
  contactName: string;
}) {
  const t = useT();
  const locale = useLocale();
  const styles = useArrangeStyles();
  const when = formatRangeInZone(
    new Date(event.start),
    new Date(event.end),
    model.userZone,
    locale,
  );
  return (
    <li className={styles.meeting}>
      <Body1>{t("arrange.meetingAt", { time: when })}</Body1>
      <div className={styles.row}>
        <Button
          disabledFocusable={!model.selected || model.rescheduling.status === "busy"}
          title={model.selected ? undefined : t("arrange.moveHint")}
          onClick={() => void model.reschedule(event.eventId)}
        >
          {t("arrange.moveTo")}
        </Button>
        <Button
          onClick={() =>
            setCancelling({ eventId: event.eventId, message: model.cancelMessage(event.eventId) })
          }
        >
          {t("arrange.cancel")}
        </Button>
      </div>
      {cancelling ? (
        <div className={styles.group}>
          <Field label={t("arrange.cancelMessage", { name: contactName })}>
            <Textarea
              className={styles.message}
              value={cancelling.message}
              onChange={(_, data) => setCancelling({ ...cancelling, message: data.value })}
            />
          </Field>
          <div className={styles.row}>
            <Button
              appearance="primary"
              disabled={model.cancelling.status === "busy"}
              onClick={() => {
                void model
                  .cancel(event.eventId, cancelling.message)
                  .then(() => setCancelling(null));
              }}
            >
              {t("arrange.cancelConfirm")}
            </Button>
            <Button onClick={() => setCancelling(null)}>{t("arrange.cancelKeep")}</Button>
          </div>
        </div>
      ) : null}
    </li>
  );
}
