// People the user already works with (Graph's relevance ranking), for "suggested contacts".
import type { Person } from "@microsoft/microsoft-graph-types";
import type { GraphClient } from "./client";
import type { DirectoryPerson } from "./directory";
import type { GraphPage } from "./paging";

/** $select for /me/people. */
export const PEOPLE_FIELDS =
  "id,displayName,givenName,surname,scoredEmailAddresses,userPrincipalName,jobTitle,department,officeLocation,companyName";

/** Maps a relevant person to the directory shape the find list uses. */
export function toRelevantPerson(person: Person): DirectoryPerson {
  const mail = person.scoredEmailAddresses?.[0]?.address ?? null;
  return {
    id: person.id ?? "",
    displayName: person.displayName ?? mail ?? "",
    mail,
    userPrincipalName: person.userPrincipalName ?? mail ?? "",
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
  const text = options.text?.replace(/["\\]/gu, " ").trim();
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
  return (answer.body.value ?? []).map(toRelevantPerson);
}
