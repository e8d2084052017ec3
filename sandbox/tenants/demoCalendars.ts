// The demo calendars: four weeks of believable busy time for everyone, laid out from a given day.
import type { DayOfWeek } from "@microsoft/microsoft-graph-types";
import type { TenantAttendee, TenantEvent } from "../tenant";
import type { DemoPerson } from "./demoDirectory";
import { timeOfDay } from "./demoDirectory";
import type { SeededRandom } from "./random";
import { ALL_DAYS } from "../calendar/workingHours";

/** How far ahead the calendars are filled. */
export const CALENDAR_DAYS = 28;

/** Public holidays most of the tenant keeps (Christmas, Boxing Day, New Year's Day). */
const HOLIDAYS = new Set(["12-25", "12-26", "01-01"]);

/** "YYYY-MM-DD" plus n days (calendar arithmetic on dates only, no zone involved). */
export function addDays(date: string, days: number): string {
  const [y = 0, m = 1, d = 1] = date.split("-").map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

const weekdays = new Map<string, DayOfWeek>();

/** The day of the week of a date (remembered: the generators ask about the same few dozen dates). */
function weekdayOf(date: string): DayOfWeek {
  let weekday = weekdays.get(date);
  if (weekday === undefined) {
    const [y = 0, m = 1, d = 1] = date.split("-").map(Number);
    weekday = ALL_DAYS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()] ?? "sunday";
    weekdays.set(date, weekday);
  }
  return weekday;
}

/** Things people do, by organisation, for the meetings they hold alone or with outsiders. */
const SUBJECTS: Record<string, readonly string[]> = {
  academic: [
    "Office hours",
    "Graduate student meeting",
    "Faculty council",
    "Grant writing",
    "Seminar series",
    "Curriculum committee",
    "Lab meeting",
    "Thesis committee",
  ],
  career: [
    "Student appointment",
    "Student appointment",
    "Employer call",
    "Workshop: Résumés that get read",
    "Workshop: Information interviews",
    "Case consult",
    "Career fair planning",
  ],
  "Northfield University": [
    "Project check-in",
    "Budget review",
    "Policy working group",
    "Vendor call",
    "Training session",
    "Service review",
  ],
  "Lakeshore General Hospital": [
    "Patient care rounds",
    "Infection control training",
    "Quality committee",
    "Staff scheduling",
    "Case review",
    "Unit huddle",
  ],
  "Harbour Bank": [
    "Client meeting",
    "Portfolio review",
    "Risk committee",
    "Market update",
    "Compliance training",
    "Quarterly forecast",
  ],
  "Cedarline Software": [
    "Sprint planning",
    "Design review",
    "Backlog refinement",
    "Customer call",
    "Architecture sync",
    "Focus time",
    "Retrospective",
  ],
  "City of Fairhaven": [
    "Council briefing",
    "Site visit",
    "Public consultation",
    "Permit review",
    "Budget committee",
    "Stakeholder meeting",
  ],
  "Open Doors Community Services": [
    "Client intake",
    "Donor call",
    "Program check-in",
    "Grant deadline prep",
    "Volunteer orientation",
    "Board prep",
  ],
  student: ["Study group", "Club meeting", "Tutorial", "Group project"],
};

const PERSONAL = ["Dentist appointment", "Doctor's appointment", "School pickup", "Physio"];

/** Courses by department: code and name; students take three or four of them. */
const COURSES: Record<string, readonly string[]> = {
  Biology: [
    "BIOL 2040 Genetics",
    "BIOL 2550 Ecology",
    "CHEM 2210 Organic Chemistry",
    "BIOL 3120 Cell Biology",
    "STAT 2000 Biostatistics",
  ],
  "Computer Science": [
    "COMP 2100 Data Structures",
    "COMP 2600 Databases",
    "MATH 2200 Discrete Mathematics",
    "COMP 3300 Operating Systems",
  ],
  Psychology: [
    "PSYC 2100 Research Methods",
    "PSYC 2400 Developmental Psychology",
    "PSYC 3100 Cognitive Psychology",
    "STAT 2000 Statistics",
  ],
  Business: [
    "BUSI 2010 Financial Accounting",
    "BUSI 2300 Marketing",
    "BUSI 2500 Organizational Behaviour",
    "ECON 2100 Microeconomics",
  ],
  Nursing: [
    "NURS 2100 Health Assessment",
    "NURS 2200 Pathophysiology",
    "NURS 2300 Clinical Practice I",
  ],
  History: [
    "HIST 2200 Canada since 1867",
    "HIST 2500 Indigenous Histories",
    "HIST 3100 The Atlantic World",
  ],
};

const BUILDINGS: Record<string, string> = {
  BIOL: "Life Sciences Building",
  CHEM: "Chemistry Building",
  STAT: "Innovation Centre",
  COMP: "Innovation Centre",
  MATH: "Innovation Centre",
  PSYC: "Humanities Hall",
  BUSI: "Commerce Building",
  ECON: "Commerce Building",
  NURS: "Health Sciences Centre",
  HIST: "Humanities Hall",
};

/** One class meeting pattern: which days, when, how long. */
interface ClassSlot {
  course: string;
  days: DayOfWeek[];
  start: number;
  length: number;
  kind: "Lecture" | "Lab";
}

/** The default persona's fixed timetable, so the demo tells the same story every day. */
const AVERY_TIMETABLE: ClassSlot[] = [
  {
    course: "BIOL 2040 Genetics",
    days: ["monday", "wednesday", "friday"],
    start: 630,
    length: 50,
    kind: "Lecture",
  },
  {
    course: "STAT 2000 Biostatistics",
    days: ["tuesday", "thursday"],
    start: 600,
    length: 80,
    kind: "Lecture",
  },
  {
    course: "CHEM 2210 Organic Chemistry",
    days: ["tuesday", "thursday"],
    start: 780,
    length: 80,
    kind: "Lecture",
  },
  { course: "BIOL 2550 Ecology", days: ["wednesday"], start: 840, length: 180, kind: "Lab" },
];

interface Occasion {
  subject: string;
  date: string;
  start: number;
  end: number;
  zone: string;
  showAs: NonNullable<TenantEvent["showAs"]>;
  location?: string;
  online?: boolean;
  sensitivity?: "normal" | "private";
  isAllDay?: boolean;
  /** Everyone on the invitation; the first is the organizer. */
  participants?: DemoPerson[];
}

/** Lays out every calendar of the tenant for the four weeks from `today`. */
export function buildCalendars(
  people: readonly DemoPerson[],
  today: Date,
  random: SeededRandom,
): TenantEvent[] {
  const events: TenantEvent[] = [];
  const away = new Map<DemoPerson, Set<string>>();

  // The same calendar dates in every zone: the day's UTC date, so one day gives one tenant
  // whatever the hour (taking each zone's local date would shift Singapore at 16:00 UTC).
  const first = today.toISOString().slice(0, 10);
  const dates = Array.from({ length: CALENDAR_DAYS }, (_, i) => addDays(first, i));

  function works(person: DemoPerson, date: string): boolean {
    return (
      person.hours.days.includes(weekdayOf(date)) &&
      !HOLIDAYS.has(date.slice(5)) &&
      !(away.get(person)?.has(date) ?? false)
    );
  }

  function attendeeOf(person: DemoPerson, response: string): TenantAttendee {
    return {
      type: "required",
      emailAddress: { address: person.user.mail, name: person.user.displayName },
      status: { response },
    };
  }

  function add(occasion: Occasion, owners: readonly DemoPerson[]): void {
    const uid = `040000008200E00074C5B7101A82E008${random.base64(24)}`;
    const endDate =
      occasion.end >= 1440
        ? addDays(occasion.date, Math.floor(occasion.end / 1440))
        : occasion.date;
    const organizer = occasion.participants?.[0];
    // Written once per occasion; every copy shares the strings.
    const startDateTime = occasion.isAllDay
      ? `${occasion.date}T00:00:00.0000000`
      : `${occasion.date}T${timeOfDay(occasion.start)}`;
    const endDateTime = occasion.isAllDay
      ? `${endDate}T00:00:00.0000000`
      : `${endDate}T${timeOfDay(occasion.end)}`;
    const online = occasion.online === true;
    const place = online ? "Microsoft Teams Meeting" : (occasion.location ?? "");
    for (const owner of owners) {
      const isOrganizer = organizer === undefined || organizer === owner;
      const tentativeCopy = !isOrganizer && random.chance(0.15);
      const host = organizer ?? owner;
      // Defaults (not cancelled, normal sensitivity, not online) are left for the reader to fill.
      const event: TenantEvent = {
        id: `AAMkAGNvcnRoZmllbGQ${random.base64(40)}`,
        owner: owner.user.userPrincipalName,
        iCalUId: uid,
        subject: occasion.subject,
        start: { dateTime: startDateTime, timeZone: occasion.zone },
        end: { dateTime: endDateTime, timeZone: occasion.zone },
        showAs: tentativeCopy && occasion.showAs === "busy" ? "tentative" : occasion.showAs,
        isAllDay: occasion.isAllDay === true,
        organizer: { emailAddress: { address: host.user.mail, name: host.user.displayName } },
        isOrganizer,
      };
      if (occasion.sensitivity === "private") event.sensitivity = "private";
      if (online) {
        event.isOnlineMeeting = true;
        event.onlineMeetingProvider = "teamsForBusiness";
      }
      if (place !== "") event.location = { displayName: place };
      if (occasion.participants !== undefined) {
        event.responseStatus = {
          response: isOrganizer ? "organizer" : tentativeCopy ? "tentativelyAccepted" : "accepted",
        };
        event.attendees = occasion.participants
          .filter((person) => person !== organizer)
          .map((person) => attendeeOf(person, person === owner ? "accepted" : "none"));
      }
      events.push(event);
    }
  }

  const onDuty = (person: DemoPerson): boolean => person.style !== "student";

  // 1. Time away first, so nothing else is booked on those days.
  for (const person of people) {
    if (!onDuty(person)) continue;
    const days = new Set<string>();
    if (random.chance(0.18)) {
      const start = random.int(0, CALENDAR_DAYS - 4);
      const length = random.weighted([
        [1, 4],
        [2, 2],
        [3, 2],
        [5, 1],
      ] as const);
      const firstAway = dates[start] ?? dates[0] ?? "";
      const french = person.user.preferredLanguage === "fr-CA";
      const subject = random.pick(
        french
          ? ["Vacances", "Congé personnel", "Colloque à Montréal"]
          : ["Vacation", "Personal day", "Conference travel", "Away: family visit"],
      );
      add(
        {
          subject,
          date: firstAway,
          start: 0,
          end: length * 1440,
          zone: person.site.timeZone,
          showAs: "oof",
          isAllDay: true,
        },
        [person],
      );
      for (let i = 0; i < length; i += 1) days.add(addDays(firstAway, i));
    }
    away.set(person, days);
    if (random.chance(0.06)) {
      const date = random.pick(dates);
      if (!days.has(date)) {
        add(
          {
            subject: "Working from home",
            date,
            start: 0,
            end: 1440,
            zone: person.site.timeZone,
            showAs: "workingElsewhere",
            isAllDay: true,
          },
          [person],
        );
      }
    }
  }

  // 2. Team rhythms: daily stand-ups, a weekly team meeting, fortnightly one-to-ones.
  for (const manager of people) {
    if (manager.reports.length === 0 || !onDuty(manager)) continue;
    const zone = manager.site.timeZone;
    const team = [manager, ...manager.reports.filter((person) => person.site === manager.site)];
    // Stand-ups suit small teams; big ones meet weekly instead.
    if (team.length >= 3 && team.length <= 7 && random.chance(0.4)) {
      const start = Math.ceil((manager.hours.startMinutes + 30) / 15) * 15;
      const subject =
        manager.organisation.companyName === "Lakeshore General Hospital"
          ? "Morning huddle"
          : "Daily stand-up";
      for (const date of dates) {
        const present = team.filter((person) => works(person, date));
        if (present.length >= 2 && present.includes(manager)) {
          add(
            {
              subject,
              date,
              start,
              end: start + 15,
              zone,
              showAs: "busy",
              online: true,
              participants: present,
            },
            present,
          );
        }
      }
    }
    if (manager.reports.length >= 2) {
      const weekday = random.pick<DayOfWeek>(["tuesday", "wednesday", "thursday"]);
      const start = manager.hours.startMinutes + random.int(2, 5) * 60;
      for (const date of dates) {
        if (weekdayOf(date) !== weekday || !works(manager, date)) continue;
        const present = team.filter((person) => works(person, date));
        add(
          {
            subject: `${manager.user.department ?? "Team"} team meeting`,
            date,
            start,
            end: start + 60,
            zone,
            showAs: "busy",
            location: manager.user.officeLocation ?? "",
            online: random.chance(0.4),
            participants: present,
          },
          present,
        );
      }
    }
    for (const report of manager.reports) {
      if (!random.chance(0.6)) continue;
      const weekday = random.pick<DayOfWeek>([
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
      ]);
      const parity = random.int(0, 1);
      const start = manager.hours.startMinutes + random.int(1, 12) * 30;
      dates.forEach((date, index) => {
        if (weekdayOf(date) !== weekday || Math.floor(index / 7) % 2 !== parity) return;
        if (!works(manager, date) || !works(report, date)) return;
        add(
          {
            subject: `${manager.user.givenName} / ${report.user.givenName} 1:1`,
            date,
            start,
            end: start + 30,
            zone,
            showAs: "busy",
            online: report.site !== manager.site,
            location: manager.user.officeLocation ?? "",
            participants: [manager, report],
          },
          [manager, report],
        );
      });
    }
  }

  // 3. Everyone's own meetings and appointments.
  for (const person of people) {
    const zone = person.site.timeZone;
    if (person.style === "student") {
      addTimetable(person);
      continue;
    }
    const pool =
      person.user.department === "Career Centre"
        ? SUBJECTS.career
        : person.style === "academic"
          ? SUBJECTS.academic
          : SUBJECTS[person.organisation.companyName];
    for (const date of dates) {
      if (!works(person, date)) continue;
      const { startMinutes, endMinutes } = person.hours;
      if (endMinutes > 1440) {
        // Night shifts: a handover at the start, nothing else booked.
        add(
          {
            subject: "Shift handover",
            date,
            start: startMinutes,
            end: startMinutes + 30,
            zone,
            showAs: "busy",
            location: person.user.officeLocation ?? "",
          },
          [person],
        );
        continue;
      }
      // Advisors see students all day; most people have a meeting or two.
      const count =
        person.user.jobTitle === "Career Advisor"
          ? random.int(2, 5)
          : random.weighted([
              [0, 45],
              [1, 37],
              [2, 15],
              [3, 3],
            ] as const);
      for (let i = 0; i < count; i += 1) {
        const length = random.pick([30, 30, 60, 60, 90]);
        const slots = Math.floor((endMinutes - startMinutes - length) / 30);
        if (slots < 0) continue;
        const start = startMinutes + random.int(0, slots) * 30;
        const personal = random.chance(0.06);
        add(
          {
            subject: personal
              ? random.pick(PERSONAL)
              : random.pick(pool ?? SUBJECTS["Northfield University"] ?? []),
            date,
            start,
            end: start + length,
            zone,
            showAs: personal
              ? "busy"
              : random.weighted([
                  ["busy", 70],
                  ["tentative", 22],
                  ["free", 5],
                  ["workingElsewhere", 3],
                ] as const),
            sensitivity: personal ? "private" : "normal",
            location: personal ? "" : (person.user.officeLocation ?? ""),
            online: !personal && random.chance(0.35),
          },
          [person],
        );
      }
    }
  }

  // 4. The personas' story: Avery has an advising appointment with Maya later this week or next.
  const avery = people.find(
    (person) => person.user.userPrincipalName === "avery.chen@northfield.example",
  );
  const maya = people.find(
    (person) => person.user.userPrincipalName === "maya.okafor@northfield.example",
  );
  if (avery !== undefined && maya !== undefined) {
    const date = dates
      .slice(2)
      .find((day) => works(maya, day) && works(avery, day) && !HOLIDAYS.has(day.slice(5)));
    if (date !== undefined) {
      add(
        {
          subject: "Career advising: planning information interviews",
          date,
          start: 690,
          end: 720,
          zone: maya.site.timeZone,
          showAs: "busy",
          location: "Student Centre 2nd floor",
          participants: [maya, avery],
        },
        [maya, avery],
      );
    }
  }

  function addTimetable(student: DemoPerson): void {
    const zone = student.site.timeZone;
    const isAvery = student.user.userPrincipalName === "avery.chen@northfield.example";
    const courses = COURSES[student.user.department ?? ""] ?? [];
    const timetable: ClassSlot[] = isAvery
      ? AVERY_TIMETABLE
      : random
          .shuffle(courses)
          .slice(0, random.int(3, 4))
          .map((course) =>
            random.chance(0.5)
              ? {
                  course,
                  days: ["monday", "wednesday", "friday"],
                  start: random.pick([570, 630, 690, 810]),
                  length: 50,
                  kind: "Lecture",
                }
              : {
                  course,
                  days: ["tuesday", "thursday"],
                  start: random.pick([600, 780, 870]),
                  length: 80,
                  kind: "Lecture",
                },
          );
    const extras = SUBJECTS.student ?? [];
    for (const date of dates) {
      if (HOLIDAYS.has(date.slice(5))) continue;
      const weekday = weekdayOf(date);
      for (const slot of timetable) {
        if (!slot.days.includes(weekday)) continue;
        const code = slot.course.slice(0, 4);
        add(
          {
            subject: `${slot.course} — ${slot.kind}`,
            date,
            start: slot.start,
            end: slot.start + slot.length,
            zone,
            showAs: "busy",
            location: `${BUILDINGS[code] ?? "Main Campus"} ${random.int(1, 3)}${String(random.int(1, 40)).padStart(2, "0")}`,
          },
          [student],
        );
      }
      if (student.hours.days.includes(weekday) && random.chance(0.25)) {
        const start = random.pick([900, 960, 1020]);
        add(
          {
            subject: random.pick(extras),
            date,
            start,
            end: start + 60,
            zone,
            showAs: "tentative",
            location: "Main Library group room",
          },
          [student],
        );
      }
      if (isAvery && weekday === "thursday") {
        add(
          {
            subject: "Shift at the library café",
            date,
            start: 1050,
            end: 1230,
            zone,
            showAs: "tentative",
            location: "Main Library café",
          },
          [student],
        );
      }
    }
  }

  return events;
}
