// The Outlook task pane: who is on the open item, then the student's views.
import { useOpenPrepOnAppointment } from "../../app/meeting/useOpenPrepOnAppointment";
import { useAppStyles } from "./App.styles";
import { HostProblem } from "./HostProblem";
import { ContactCardForItem } from "../interview/ContactCardForItem";
import { ItemPeople } from "./ItemPeople";
import { PageHeader } from "./PageHeader";
import { ViewNav } from "./ViewNav";

export function TaskPane() {
  const styles = useAppStyles();
  useOpenPrepOnAppointment();
  return (
    <main className={styles.page}>
      <PageHeader />
      <HostProblem />
      <ItemPeople />
      <ContactCardForItem />
      <ViewNav surface="taskpane" />
    </main>
  );
}
