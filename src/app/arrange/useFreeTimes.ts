// "Find times": both calendars' free times for the interview, and the one the user picked.
import { useCallback, useState } from "react";
import type { Slot } from "../../domain/slots";
import { useServices } from "../services";
import { useAction, type Action } from "./action";
import { browserZone, findInterviewTimes, type FreeTimes } from "./freeTimes";
import type { ArrangeSettings } from "./settings";

/** The free times as found, the picked slot, and the zones times are written in. */
export interface FreeTimesModel {
  findTimes(options?: { days?: number }): Promise<void>;
  times: Action<FreeTimes>;
  selected: Slot | null;
  select(startIso: string): void;
  /** The zone times are written in for the user. */
  userZone: string;
  /** The zone times are written in for the contact (the user's when theirs is unknown). */
  contactZone: string;
}

/** Looks for times with `contactEmail` as `userEmail`, by the user's preferences. */
export function useFreeTimes(
  userEmail: string | undefined,
  contactEmail: string | undefined,
  settings: ArrangeSettings,
): FreeTimesModel {
  const { graph, now } = useServices();
  const [times, run] = useAction<FreeTimes>("Calendars.ReadWrite");
  const [selectedIso, setSelectedIso] = useState<string | null>(null);

  const findTimes = useCallback(
    async (options: { days?: number } = {}) => {
      if (!contactEmail || !userEmail) return;
      setSelectedIso(null);
      await run(async () => {
        const result = await findInterviewTimes(graph, {
          userEmail,
          contactEmail,
          now: now(),
          days: options.days ?? settings.searchDays,
          durationMinutes: settings.durationMinutes,
          bufferMinutes: settings.bufferMinutes,
          fallbackZone: browserZone(),
        });
        return { status: "done", result };
      });
    },
    [userEmail, contactEmail, graph, now, settings, run],
  );

  const found = times.status === "done" ? times.result : null;
  const userZone = found ? found.userZone : browserZone();
  const selected = found?.slots.find((s) => s.start.toISOString() === selectedIso) ?? null;
  return {
    findTimes,
    times,
    selected,
    select: setSelectedIso,
    userZone,
    contactZone: found ? found.contactZone : userZone,
  };
}
