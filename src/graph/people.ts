// People the user already works with (Graph's relevance ranking), for "suggested contacts".
import type { Person } from "@microsoft/microsoft-graph-types";
import type { GraphClient } from "./client";
import { rememberUserIds, type DirectoryPerson } from "./directory";
import type { GraphPage } from "./paging";

/** $select for /me/people. */
export const PEOPLE_FIELDS =
  "id,displayName,givenName,surname,scoredEmailAddresses,userPrincipalName,jobTitle,department,officeLocation,companyName,personType";

/**
 * Whether a relevant person is a directory user. The people list also holds groups and outside
 * contacts, told apart by `personType` (api-reference/v1.0/resources/person.md,
 * resources/persontype.md): only `Person/OrganizationUser` has a user id. An answer without
 * personType (older stand-ins) is read as a user.
 */
export function isOrganizationUser(person: Person): boolean {
  const type = person.personType;
  if (!type?.class) return true;
  return type.class === "Person" && type.subclass === "OrganizationUser";
}

/** Whether a relevant "person" is a group (a distribution list or Microsoft 365 group). */
function isGroup(person: Person): boolean {
  return person.personType?.class === "Group";
}

/**
 * Maps a relevant person to the directory shape the find list uses. An outside contact keeps its
 * address but no id, so nothing looks it up as `/users/{id}`; its card resolves the address.
 */
export function toRelevantPerson(person: Person): DirectoryPerson {
  const mail = person.scoredEmailAddresses?.[0]?.address ?? null;
  const user = isOrganizationUser(person);
  return {
    id: user ? (person.id ?? "") : "",
    displayName: person.displayName ?? mail ?? "",
    mail,
    userPrincipalName: user ? (person.userPrincipalName ?? mail ?? "") : "",
    jobTitle: person.jobTitle || null,
    department: person.department || null,
    officeLocation: person.officeLocation || null,
    companyName: person.companyName || null,
  };
}

/**
 * People relevant to the user, most relevant first; with `text`, Graph's fuzzy `$search` over
 * names and addresses (People.Read).
 */
export async function getRelevantPeople(
  client: GraphClient,
  options: { text?: string; top?: number; signal?: AbortSignal } = {},
): Promise<DirectoryPerson[]> {
  // A phrase in double quotes; `"` and `\\` inside are escaped with a backslash
  // (concepts/search-query-parameter.md).
  const text = options.text?.trim().replace(/["\\]/gu, "\\$&");
  const answer = await client.call<GraphPage<Person>>({
    method: "GET",
    path: "/me/people",
    query: {
      $search: text ? `"${text}"` : undefined,
      $select: PEOPLE_FIELDS,
      $top: options.top ?? 10,
    },
    signal: options.signal,
  });
  // Groups are no people to interview; outside contacts stay, without a directory id.
  const people = (answer.body.value ?? []).filter((p) => !isGroup(p)).map(toRelevantPerson);
  rememberUserIds(client, people);
  return people;
}
