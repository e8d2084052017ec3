// Builds the demo directory from the organisation trees: names, titles, offices, managers,
// languages and working hours.
import type { DayOfWeek } from "@microsoft/microsoft-graph-types";
import type { TenantUser } from "../tenant";
import { NAME_POOLS, type Background } from "./demoNames";
import {
  ORGANISATIONS,
  SITES,
  type FixedPerson,
  type HoursStyle,
  type OrganisationSpec,
  type RoleSpec,
  type SiteKey,
  type WorkSite,
} from "./demoOrganisations";
import { SeededRandom } from "./random";

/** A working day as minutes after local midnight; `end` may pass 24:00 for night shifts. */
export interface WorkingDay {
  days: DayOfWeek[];
  startMinutes: number;
  endMinutes: number;
}

/** A directory user with what the other generators need to know about them. */
export interface DemoPerson {
  user: TenantUser & { userPrincipalName: string; mail: string };
  organisation: OrganisationSpec;
  role: RoleSpec;
  site: WorkSite;
  background: Background | "fixed";
  hours: WorkingDay;
  style: HoursStyle;
  manager: DemoPerson | undefined;
  reports: DemoPerson[];
}

const WEEKDAYS: DayOfWeek[] = ["monday", "tuesday", "wednesday", "thursday", "friday"];

/** "HH:mm:00.0000000" for minutes after midnight (wrapping past 24:00). */
export function timeOfDay(minutes: number): string {
  const wrapped = ((minutes % 1440) + 1440) % 1440;
  const hh = String(Math.floor(wrapped / 60)).padStart(2, "0");
  const mm = String(wrapped % 60).padStart(2, "0");
  return `${hh}:${mm}:00.0000000`;
}

/** Mail aliases are ASCII: accents folded, spaces and apostrophes dropped, hyphens kept. */
export function aliasPart(name: string): string {
  return name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9-]/g, "");
}

function workingDay(style: HoursStyle, random: SeededRandom): WorkingDay {
  switch (style) {
    case "academic": {
      const start = random.pick([540, 570, 600]);
      return {
        days: [...WEEKDAYS],
        startMinutes: start,
        endMinutes: start + random.pick([420, 480]),
      };
    }
    case "shift": {
      const kind = random.weighted([
        ["day", 6],
        ["night", 2],
        ["weekday", 2],
      ] as const);
      const days = random.chance(0.5)
        ? (["monday", "tuesday", "wednesday"] as DayOfWeek[])
        : (["thursday", "friday", "saturday"] as DayOfWeek[]);
      if (kind === "day") return { days, startMinutes: 420, endMinutes: 1140 };
      // Night shifts run 19:00 to 07:00, across midnight.
      if (kind === "night") return { days, startMinutes: 1140, endMinutes: 1860 };
      return { days: [...WEEKDAYS], startMinutes: 450, endMinutes: 930 };
    }
    case "student":
      return { days: [...WEEKDAYS], startMinutes: 540, endMinutes: 1020 };
    case "office": {
      const start = random.weighted([
        [480, 3],
        [510, 3],
        [540, 4],
      ] as const);
      const days = random.chance(0.08) ? WEEKDAYS.slice(0, 4) : [...WEEKDAYS];
      return { days, startMinutes: start, endMinutes: start + random.pick([480, 510]) };
    }
  }
}

const LANGUAGE_BY_BACKGROUND: Partial<Record<Background, string>> = { french: "fr-CA" };

/** Builds every directory user, deterministically from a fixed seed so ids stay stable from day to day. */
export function buildDirectory(): DemoPerson[] {
  const random = new SeededRandom("northfield-directory-v1");
  const people: DemoPerson[] = [];
  const displayNames = new Set<string>();
  const aliases = new Set<string>();

  function uniqueAlias(wanted: string, domain: string): string {
    let alias = wanted;
    for (let n = 2; aliases.has(`${alias}@${domain}`); n += 1) alias = `${wanted}${n}`;
    aliases.add(`${alias}@${domain}`);
    return alias;
  }

  function generatedName(site: WorkSite): {
    givenName: string;
    surname: string;
    background: Background;
  } {
    for (let attempt = 0; ; attempt += 1) {
      const background = random.weighted(site.mix);
      const pool = NAME_POOLS[background];
      const givenName = random.pick(pool.given);
      const surname = random.pick(pool.family);
      if (!displayNames.has(`${givenName} ${surname}`) || attempt > 50) {
        return { givenName, surname, background };
      }
    }
  }

  function addRole(
    organisation: OrganisationSpec,
    spec: RoleSpec,
    managers: readonly DemoPerson[],
    inheritedSite: SiteKey,
  ): void {
    const siteKey = spec.site ?? inheritedSite;
    const site = SITES[siteKey];
    const holders: DemoPerson[] = [];
    for (let slot = 0; slot < spec.count; slot += 1) {
      const fixed: FixedPerson | undefined = spec.people?.[slot];
      const generated = fixed === undefined ? generatedName(site) : undefined;
      const givenName = fixed?.givenName ?? generated?.givenName ?? "";
      const surname = fixed?.surname ?? generated?.surname ?? "";
      const displayName = fixed?.displayName ?? `${givenName} ${surname}`;
      displayNames.add(displayName);
      const alias = uniqueAlias(
        fixed?.alias ?? `${aliasPart(givenName)}.${aliasPart(surname)}`,
        organisation.domain,
      );
      const upn = `${alias}@${organisation.domain}`;
      const background = generated?.background ?? "fixed";
      const prefersFrench =
        (generated !== undefined &&
          LANGUAGE_BY_BACKGROUND[generated.background] !== undefined &&
          random.chance(0.6)) ||
        random.chance(spec.frenchShare ?? 0);
      const preferredLanguage =
        fixed?.preferredLanguage ??
        (prefersFrench && site.country === "Canada" ? "fr-CA" : site.language);
      const style = spec.hours ?? "office";
      const usual = workingDay(style, random);
      const hours = fixed?.workingDay ?? usual;
      const manager = managers.length > 0 ? managers[slot % managers.length] : undefined;
      const isStudent = style === "student" && spec.title === "Student";
      const phoneDigits = site.phonePrefix.startsWith("+1") ? 2 : 3;
      const phone = `${site.phonePrefix}${String(random.int(0, 10 ** phoneDigits - 1)).padStart(phoneDigits, "0")}`;
      const user: DemoPerson["user"] = {
        id: random.guid(),
        userPrincipalName: upn,
        mail: upn,
        displayName,
        givenName,
        surname,
        jobTitle: spec.title,
        department: spec.department,
        officeLocation: spec.office === "" ? null : spec.office,
        companyName: organisation.companyName,
        city: site.city,
        country: site.country,
        businessPhones: isStudent ? [] : [phone],
        preferredLanguage,
        managerId: manager?.user.id ?? null,
        accountEnabled: true,
        mailboxSettings: {
          timeZone: site.timeZone,
          language: { locale: preferredLanguage },
          workingHours: {
            daysOfWeek: hours.days,
            startTime: timeOfDay(hours.startMinutes),
            endTime: timeOfDay(hours.endMinutes),
            timeZone: { name: site.timeZone },
          },
        },
      };
      const person: DemoPerson = {
        user,
        organisation,
        role: spec,
        site,
        background,
        hours,
        style,
        manager,
        reports: [],
      };
      manager?.reports.push(person);
      people.push(person);
      holders.push(person);
    }
    for (const child of spec.reports ?? []) addRole(organisation, child, holders, siteKey);
  }

  for (const organisation of ORGANISATIONS) {
    for (const root of organisation.roots) addRole(organisation, root, [], organisation.site);
  }
  return people;
}
