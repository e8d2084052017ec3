// Reads and validates a tenant file, naming each bad field (e.g. "users[3].userPrincipalName is
// missing").
import { readFileSync } from "node:fs";
import type { TenantFile } from "./tenant";
import { toIana } from "./calendar/zones";

/** Graph's wall-clock dateTime ("2026-12-01T09:00:00[.fffffff]"), checked as a real calendar date. */
function isWallClock(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d{1,7})?Z?$/.exec(text);
  if (!match) return false;
  const [y = 0, mo = 0, d = 0, h = 0, mi = 0, s = 0] = match.slice(1).map((p) => Number(p ?? 0));
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCMonth() === mo - 1 && date.getUTCDate() === d && h < 24 && mi < 60 && s < 60;
}

/** A tenant file that cannot be used; `problems` lists every bad field found. */
export class TenantFileError extends Error {
  constructor(
    readonly problems: string[],
    source = "tenant",
  ) {
    super(`Invalid ${source}: ${problems.join("; ")}`);
    this.name = "TenantFileError";
  }
}

type Rec = Record<string, unknown>;

function isRecord(v: unknown): v is Rec {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

const OPTIONAL_USER_STRINGS = [
  "mail",
  "givenName",
  "surname",
  "jobTitle",
  "department",
  "officeLocation",
  "companyName",
  "city",
  "country",
  "preferredLanguage",
  "managerId",
  "mobilePhone",
];

/**
 * Checks that a parsed tenant file has the shape sandbox/tenant.ts declares. Unknown fields are kept.
 * @throws TenantFileError listing every problem, each naming its field.
 */
export function validateTenant(raw: unknown, source?: string): TenantFile {
  const problems: string[] = [];
  if (!isRecord(raw)) throw new TenantFileError(["the file is not a JSON object"], source);

  const requireString = (obj: Rec, key: string, where: string) => {
    const v = obj[key];
    if (v === undefined || v === null) problems.push(`${where}.${key} is missing`);
    else if (typeof v !== "string" || v.trim() === "") {
      problems.push(`${where}.${key} must be a non-empty string`);
    }
  };
  const optionalString = (obj: Rec, key: string, where: string) => {
    const v = obj[key];
    if (v !== undefined && v !== null && typeof v !== "string") {
      problems.push(`${where}.${key} must be a string or null`);
    }
  };
  // Demo tenants hold thousands of events in a handful of zones: check each zone name once.
  const zoneOk = new Map<string, boolean>();
  const checkZone = (zone: unknown, where: string) => {
    if (typeof zone !== "string") return problems.push(`${where} is missing`);
    let ok = zoneOk.get(zone);
    if (ok === undefined) {
      try {
        toIana(zone);
        ok = true;
      } catch {
        ok = false;
      }
      zoneOk.set(zone, ok);
    }
    if (!ok) problems.push(`${where} "${zone}" is not a Windows or IANA time zone name`);
    return ok ? undefined : false;
  };

  if (raw.organization !== undefined) {
    if (!isRecord(raw.organization)) problems.push("organization must be an object");
    else {
      requireString(raw.organization, "id", "organization");
      requireString(raw.organization, "displayName", "organization");
    }
  }

  const userKeys = new Map<string, string>();
  if (!Array.isArray(raw.users)) {
    problems.push(raw.users === undefined ? "users is missing" : "users must be an array");
  } else {
    raw.users.forEach((user: unknown, i) => {
      const where = `users[${i}]`;
      if (!isRecord(user)) return problems.push(`${where} must be an object`);
      requireString(user, "id", where);
      requireString(user, "userPrincipalName", where);
      requireString(user, "displayName", where);
      for (const key of OPTIONAL_USER_STRINGS) optionalString(user, key, where);
      const upn = user.userPrincipalName;
      if (typeof upn === "string" && upn !== "" && !upn.includes("@")) {
        problems.push(`${where}.userPrincipalName "${upn}" must look like name@domain`);
      }
      for (const key of ["id", "userPrincipalName", "mail"] as const) {
        const v = user[key];
        if (typeof v !== "string" || v === "") continue;
        const seen = userKeys.get(v.toLowerCase());
        if (seen && !(key === "mail" && seen === `${where}.userPrincipalName`)) {
          problems.push(`${where}.${key} "${v}" is already used by ${seen}`);
        } else userKeys.set(v.toLowerCase(), `${where}.${key}`);
      }
      if (
        user.businessPhones !== undefined &&
        !(
          Array.isArray(user.businessPhones) &&
          user.businessPhones.every((p) => typeof p === "string")
        )
      ) {
        problems.push(`${where}.businessPhones must be an array of strings`);
      }
      if (
        user.photo !== undefined &&
        !(typeof user.photo === "string" && user.photo.startsWith("data:image/"))
      ) {
        problems.push(`${where}.photo must be a data:image/...;base64 URL`);
      }
      const settings = user.mailboxSettings;
      if (settings !== undefined) {
        if (!isRecord(settings)) problems.push(`${where}.mailboxSettings must be an object`);
        else {
          if (settings.timeZone !== undefined) {
            checkZone(settings.timeZone, `${where}.mailboxSettings.timeZone`);
          }
          const hours = settings.workingHours;
          if (hours !== undefined && !isRecord(hours)) {
            problems.push(`${where}.mailboxSettings.workingHours must be an object`);
          } else if (isRecord(hours) && isRecord(hours.timeZone) && "bias" in hours.timeZone) {
            // A customTimeZone (resources/customtimezone.md) is named "Customized Time Zone" and
            // read by its bias and rules, not its name.
            if (typeof hours.timeZone.bias !== "number") {
              problems.push(`${where}.mailboxSettings.workingHours.timeZone.bias must be a number`);
            }
          } else if (
            isRecord(hours) &&
            isRecord(hours.timeZone) &&
            hours.timeZone.name !== undefined
          ) {
            checkZone(hours.timeZone.name, `${where}.mailboxSettings.workingHours.timeZone.name`);
          }
        }
      }
      return undefined;
    });
  }
  const isUser = (key: unknown) => typeof key === "string" && userKeys.has(key.toLowerCase());

  if (raw.events !== undefined) {
    if (!Array.isArray(raw.events)) problems.push("events must be an array");
    else {
      raw.events.forEach((event: unknown, i) => {
        const where = `events[${i}]`;
        if (!isRecord(event)) return problems.push(`${where} must be an object`);
        if (event.owner === undefined) problems.push(`${where}.owner is missing`);
        else if (!isUser(event.owner)) {
          problems.push(`${where}.owner "${String(event.owner)}" is not a user of the tenant`);
        }
        for (const end of ["start", "end"] as const) {
          const value = event[end];
          if (!isRecord(value)) {
            problems.push(`${where}.${end} is missing`);
            continue;
          }
          if (typeof value.dateTime !== "string") {
            problems.push(`${where}.${end}.dateTime is missing`);
            continue;
          }
          checkZone(value.timeZone, `${where}.${end}.timeZone`);
          if (!isWallClock(value.dateTime)) {
            problems.push(`${where}.${end}.dateTime "${value.dateTime}" is not a date-time`);
          }
        }
        if (event.attendees !== undefined && !Array.isArray(event.attendees)) {
          problems.push(`${where}.attendees must be an array`);
        }
        return undefined;
      });
    }
  }

  const perUserMap = (name: "people" | "contacts" | "messages") => {
    const value = raw[name];
    if (value === undefined) return;
    if (!isRecord(value)) return void problems.push(`${name} must be an object keyed by user`);
    for (const [key, list] of Object.entries(value)) {
      if (!isUser(key)) problems.push(`${name}["${key}"] is not a user of the tenant`);
      if (!Array.isArray(list)) problems.push(`${name}["${key}"] must be an array`);
      else if (name === "people") {
        list.forEach((p, i) => {
          if (typeof p !== "string") problems.push(`people["${key}"][${i}] must be a UPN or id`);
          else if (!isUser(p))
            problems.push(`people["${key}"][${i}] "${p}" is not a user of the tenant`);
        });
      } else {
        list.forEach((item, i) => {
          if (!isRecord(item)) problems.push(`${name}["${key}"][${i}] must be an object`);
        });
      }
    }
  };
  perUserMap("people");
  const outside = raw.outsidePeople;
  if (outside !== undefined) {
    if (!isRecord(outside)) problems.push("outsidePeople must be an object keyed by user");
    else
      for (const [key, list] of Object.entries(outside)) {
        if (!isUser(key)) problems.push(`outsidePeople["${key}"] is not a user of the tenant`);
        if (!Array.isArray(list)) problems.push(`outsidePeople["${key}"] must be an array`);
        else
          list.forEach((p, i) => {
            const ok =
              isRecord(p) &&
              typeof p.id === "string" &&
              typeof p.displayName === "string" &&
              typeof p.address === "string" &&
              ["Group", "PersonalContact", "ImplicitContact"].includes(String(p.kind));
            if (!ok)
              problems.push(
                `outsidePeople["${key}"][${i}] needs id, displayName, address and kind (Group, PersonalContact or ImplicitContact)`,
              );
          });
      }
  }
  perUserMap("contacts");
  perUserMap("messages");

  if (raw.sites !== undefined) {
    if (!Array.isArray(raw.sites)) problems.push("sites must be an array");
    else {
      raw.sites.forEach((site: unknown, s) => {
        const where = `sites[${s}]`;
        if (!isRecord(site)) return problems.push(`${where} must be an object`);
        requireString(site, "id", where);
        requireString(site, "displayName", where);
        if (site.lists === undefined) return undefined;
        if (!Array.isArray(site.lists)) return problems.push(`${where}.lists must be an array`);
        site.lists.forEach((list: unknown, l) => {
          const listWhere = `${where}.lists[${l}]`;
          if (!isRecord(list)) return problems.push(`${listWhere} must be an object`);
          requireString(list, "id", listWhere);
          requireString(list, "displayName", listWhere);
          if (list.items === undefined) return undefined;
          if (!Array.isArray(list.items))
            return problems.push(`${listWhere}.items must be an array`);
          const ids = new Set<string>();
          list.items.forEach((item: unknown, k) => {
            const itemWhere = `${listWhere}.items[${k}]`;
            if (!isRecord(item)) return problems.push(`${itemWhere} must be an object`);
            if (typeof item.id !== "string" && typeof item.id !== "number") {
              problems.push(`${itemWhere}.id is missing`);
            } else if (ids.has(String(item.id))) {
              problems.push(`${itemWhere}.id "${item.id}" is used twice in the list`);
            } else ids.add(String(item.id));
            if (!isRecord(item.fields)) problems.push(`${itemWhere}.fields must be an object`);
            return undefined;
          });
          return undefined;
        });
        return undefined;
      });
    }
  }

  if (problems.length > 0) throw new TenantFileError(problems, source);
  return raw as unknown as TenantFile;
}

/** Reads a tenant file from disk and validates it. */
export function readTenantFile(path: string): TenantFile {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    throw new TenantFileError([`cannot read ${path}: ${(error as Error).message}`], path);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new TenantFileError([`not valid JSON: ${(error as Error).message}`], path);
  }
  return validateTenant(parsed, path);
}
