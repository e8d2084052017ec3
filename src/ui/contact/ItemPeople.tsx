// The people on the Outlook item the pane is open on (sender and recipients, or attendees).
import { Body1, Persona, Spinner, Subtitle2 } from "@fluentui/react-components";
import { useMemo } from "react";
import { uniquePeople, type MailPerson } from "../../domain/person";
import type { HostItem } from "../../hosts/types";
import { useT } from "../../app/i18n/I18nProvider";
import { useHostItem } from "../../app/useHostItem";
import { useServices } from "../../app/services";
import { useLayoutStyles } from "../common/layout.styles";

/** Everyone on the item except the signed-in user, sender first. */
export function peopleOnItem(item: HostItem, self: string | undefined): MailPerson[] {
  const me = self?.toLowerCase();
  const all =
    item.kind === "message-read"
      ? [...(item.from ? [item.from] : []), ...item.to, ...item.cc]
      : item.kind === "message-compose"
        ? [...item.to, ...item.cc]
        : item.kind === "appointment"
          ? [...(item.organizer ? [item.organizer] : []), ...item.attendees]
          : [];
  return uniquePeople(all).filter((p) => p.emailAddress.toLowerCase() !== me);
}

export function ItemPeople({ onSelect }: { onSelect?: (person: MailPerson) => void }) {
  const state = useHostItem();
  const { user } = useServices();
  const t = useT();
  const styles = useLayoutStyles();
  const people = useMemo(
    () => (state.status === "ready" ? peopleOnItem(state.item, user?.userPrincipalName) : []),
    [state, user],
  );
  if (state.status === "loading") return <Spinner size="tiny" label={t("app.loading")} />;
  if (state.status === "error") return <Body1 role="alert">{t("item.unreadable")}</Body1>;
  if (state.item.kind === "none" || people.length === 0) return <Body1>{t("item.none")}</Body1>;
  const heading = state.item.kind === "appointment" ? "item.meetingHeading" : "item.peopleHeading";
  return (
    <section className={styles.section} aria-label={t(heading)}>
      <Subtitle2 as="h2">{t(heading)}</Subtitle2>
      <ul className={styles.plainList}>
        {people.map((person) => (
          <li key={person.emailAddress}>
            <Persona
              name={person.displayName}
              secondaryText={person.emailAddress}
              onClick={onSelect ? () => onSelect(person) : undefined}
            />
          </li>
        ))}
      </ul>
    </section>
  );
}
