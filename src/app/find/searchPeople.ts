// One settled query against Graph: the directory and the people the user works with, in parallel.
import { graphReasonOf, type GraphReason } from "../../domain/graphReason";
import type { SearchFilters, SourcePerson } from "../../domain/search";
import type { GraphClient } from "../../graph/client";
import {
  FULL_PROFILE_PERMISSION,
  searchDirectory,
  type DirectoryPerson,
} from "../../graph/directory";
import { GraphError, isAbortError } from "../../graph/errors";
import { getRelevantPeople } from "../../graph/people";

/** What the two sources answered. */
export interface PeopleAnswer {
  directory: SourcePerson[];
  relevant: SourcePerson[];
  /** The directory could be read with basic fields only (no department, title, filters). */
  limited: boolean;
  /** Relevance could not be read (People.Read not consented): the list is the directory's alone. */
  relevanceMissing: boolean;
}

function toSource(person: DirectoryPerson): SourcePerson {
  return {
    id: person.id || null,
    displayName: person.displayName,
    email: person.mail ?? (person.userPrincipalName || null),
    jobTitle: person.jobTitle,
    department: person.department,
    officeLocation: person.officeLocation,
    companyName: person.companyName,
  };
}

function hasFilters(filters: SearchFilters | undefined): boolean {
  return Object.values(filters ?? {}).some((v) => typeof v === "string" && v.trim() !== "");
}

/**
 * Asks the directory (when something was typed or filtered) and relevance at the same time: two
 * requests per settled query, one when nothing is typed. The directory's failure is the query's
 * failure; relevance failing only drops that source.
 */
export async function searchPeople(
  graph: GraphClient,
  query: { text: string; filters?: SearchFilters; signal?: AbortSignal },
): Promise<PeopleAnswer> {
  const text = query.text.trim();
  const askDirectory = text !== "" || hasFilters(query.filters);
  const [directory, relevant] = await Promise.allSettled([
    askDirectory
      ? searchDirectory(graph, {
          text,
          ...(query.filters ? { filters: query.filters } : {}),
          top: 25,
          ...(query.signal ? { signal: query.signal } : {}),
        })
      : Promise.resolve({ people: [], limited: false, total: 0 }),
    getRelevantPeople(graph, {
      ...(text ? { text } : {}),
      top: 10,
      ...(query.signal ? { signal: query.signal } : {}),
    }),
  ]);
  if (directory.status === "rejected") throw directory.reason;
  if (relevant.status === "rejected" && isAbortError(relevant.reason)) throw relevant.reason;
  return {
    directory: directory.value.people.map(toSource),
    relevant: relevant.status === "fulfilled" ? relevant.value.map(toSource) : [],
    limited: directory.value.limited,
    relevanceMissing: relevant.status === "rejected",
  };
}

/** A failed search in words the view can explain. */
export function searchFailure(error: unknown): GraphReason {
  if (error instanceof GraphError) return graphReasonOf(error, FULL_PROFILE_PERMISSION);
  return { kind: "unknown", status: 0, code: error instanceof Error ? error.name : "unknown" };
}
