// Working hours from Graph (getSchedule, mailboxSettings), named zones and custom zones alike.
import type { ScheduleInformation } from "@microsoft/microsoft-graph-types";
import { readCustomTimeZone } from "../domain/time/customZone";
import type { WorkingHours } from "../domain/time/workingHours";

/**
 * The working hours in a schedule answer, or null without them. A `#microsoft.graph.customTimeZone`
 * (resources/workinghours.md: timeZone is a timeZoneBase; resources/customtimezone.md) is kept
 * with its rules, so a mailbox on "Customized Time Zone" is read on its own clock, not the viewer's.
 */
export function toWorkingHours(info: ScheduleInformation | undefined): WorkingHours | null {
  const hours = info?.workingHours;
  if (!hours?.startTime || !hours.endTime) return null;
  const zone = hours.timeZone?.name;
  const custom = readCustomTimeZone(hours.timeZone);
  return {
    daysOfWeek: (hours.daysOfWeek ?? []).map(String),
    startTime: hours.startTime,
    endTime: hours.endTime,
    ...(zone ? { timeZone: zone } : {}),
    ...(custom ? { customTimeZone: custom } : {}),
  };
}
