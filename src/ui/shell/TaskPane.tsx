// The Outlook task pane: who is on the open item, then the student's views.
import { useOpenPrepOnAppointment } from "../../app/meeting/useOpenPrepOnAppointment";
import { useAppStyles } from "./App.styles";
import { HostProblemNotice } from "./HostProblemNotice";
import { lazy } from "react";
import { LazyView } from "../common/LazyView";
import { withMessages } from "../../app/i18n/withMessages";
import { PageHeader } from "./PageHeader";
import { ViewNav } from "./ViewNav";

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
  const styles = useAppStyles();
  useOpenPrepOnAppointment();
  return (
    <main className={styles.page}>
      <PageHeader />
      <HostProblemNotice />
      <LazyView>
        <ItemPeople />
      </LazyView>
      <LazyView>
        <ContactCardForItem />
      </LazyView>
      <ViewNav surface="taskpane" />
    </main>
  );
}
