// Step 4's state: the request mail, free times, booking, moving and cancelling, for one interview.
import { useInterview, type InterviewState } from "../interviews/useInterview";
import { useServices } from "../services";
import { useArrangeSettings, type ArrangeSettings } from "./settings";
import { useBooking, type BookingModel } from "./useBooking";
import { useFreeTimes, type FreeTimesModel } from "./useFreeTimes";
import { useMe } from "./useMe";
import { useMeetingChanges, type MeetingChangesModel } from "./useMeetingChanges";
import { useRequestMail, type RequestMailModel } from "./useRequestMail";

/** Everything the arrange section shows and does. */
export interface ArrangeModel
  extends Omit<FreeTimesModel, "contactZone">, RequestMailModel, BookingModel, MeetingChangesModel {
  interview: InterviewState;
  settings: ArrangeSettings;
  changeSettings(changes: Partial<ArrangeSettings>): void;
}

/** Holds step 4 for the interview `contactId`: one hook per task, over the same interview. */
export function useArrange(contactId: string): ArrangeModel {
  const { user } = useServices();
  const me = useMe();
  const { state: interview, update, show } = useInterview(contactId);
  const [settings, changeSettings] = useArrangeSettings();
  const ready = interview.status === "ready" ? interview : null;
  const studentName = me?.displayName ?? user?.displayName ?? user?.userPrincipalName ?? "";

  const { contactZone, ...times } = useFreeTimes(
    me?.email ?? user?.userPrincipalName,
    ready?.contact.email ?? undefined,
    settings,
  );
  const request = useRequestMail(ready, update, show, settings, studentName, contactZone);
  const booking = useBooking(
    contactId,
    ready,
    show,
    settings,
    studentName,
    times.selected,
    times.userZone,
  );
  const changes = useMeetingChanges(
    ready,
    update,
    studentName,
    times.selected,
    times.userZone,
    contactZone,
  );

  return { interview, settings, changeSettings, ...times, ...request, ...booking, ...changes };
}
