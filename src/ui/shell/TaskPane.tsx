// The Outlook task pane: who is on the open item, then the student's views.
import { useOpenPrepOnAppointment } from "../../app/meeting/useOpenPrepOnAppointment";
import { lazy } from "react";
import { LazyView } from "../common/LazyView";
import { withMessages } from "../../app/i18n/withMessages";
import { ShellPage } from "./ShellPage";

// The card pulls in avatars, badges and the interview store: loaded after the pane first paints.
const ItemPeople = lazy(() =>
  import("../contact/ItemPeople").then((m) => ({ default: m.ItemPeople })),
);
const ContactCardForItem = lazy(
  withMessages(() =>
    import("../contact/ContactCardForItem").then((m) => ({ default: m.ContactCardForItem })),
  ),
);

export function TaskPane() {
  useOpenPrepOnAppointment();
  return (
    <ShellPage surface="taskpane">
      <LazyView>
        <ItemPeople />
      </LazyView>
      <LazyView>
        <ContactCardForItem />
      </LazyView>
    </ShellPage>
  );
}
