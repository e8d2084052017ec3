// The Outlook task pane: who is on the open item, then the student's views.
import { useOpenPrepOnAppointment } from "../../app/meeting/useOpenPrepOnAppointment";
import { lazy } from "react";
import { useAfterFirstPaint } from "../common/afterPaint";
import { LazyView } from "../common/LazyView";
import { withMessages } from "../../app/i18n/withMessages";
import { ShellPage } from "./ShellPage";

// The card pulls in avatars, badges and the interview store: requested only once the pane's first
// view (the Find box) has painted, so its download and parsing do not delay it.
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
  const painted = useAfterFirstPaint();
  return (
    <ShellPage surface="taskpane">
      {painted ? (
        <>
          <LazyView>
            <ItemPeople />
          </LazyView>
          <LazyView>
            <ContactCardForItem />
          </LazyView>
        </>
      ) : null}
    </ShellPage>
  );
}
