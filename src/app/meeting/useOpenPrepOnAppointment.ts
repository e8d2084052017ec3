// In the Outlook task pane, selecting a meeting opens its prep sheet (the "prep" view).
import { useEffect } from "react";
import { useNavigation } from "../navigation";
import { useHostItem } from "../useHostItem";

/** Goes to the "prep" view each time the pane lands on another appointment. */
export function useOpenPrepOnAppointment(): void {
  const item = useHostItem();
  const { go } = useNavigation();
  const appointment =
    item.status === "ready" && item.item.kind === "appointment"
      ? (item.item.itemId ?? "new")
      : null;
  useEffect(() => {
    if (appointment) go({ view: "prep" });
  }, [appointment, go]);
}
