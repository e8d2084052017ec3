// Whose data this is: the signed-in user's object id, the key for everything this device keeps
// for them (arranging settings, consent, the outbox).
import type { GraphClient } from "../graph/client";
import { getSignedInUser } from "../graph/me";

/** The signed-in user's key, read once per Graph client (one per signed-in user on a page). */
export interface UserKey {
  /** The key; asks Graph the first time, and again after a failure (offline). */
  get(): Promise<string>;
  /** The key if already known, without asking. */
  known(): string | null;
}

const keys = new WeakMap<GraphClient, UserKey>();

/**
 * The key of the user `graph` acts for. Taken from Graph, not from the host's or the page's idea of
 * the user: it is whoever the token belongs to, and a name or address is not stable.
 */
export function userKeyFor(graph: GraphClient): UserKey {
  let key = keys.get(graph);
  if (!key) {
    // The same shared /me read the header's signature uses: no request of its own.
    key = createUserKey(async () => (await getSignedInUser(graph)).id);
    keys.set(graph, key);
  }
  return key;
}

/** A UserKey over `read` (tests pass their own). Only a success is kept. */
export function createUserKey(read: () => Promise<string>): UserKey {
  let value: string | null = null;
  let pending: Promise<string> | null = null;
  return {
    get() {
      if (value !== null) return Promise.resolve(value);
      pending ??= read().then(
        (id) => {
          value = id;
          return id;
        },
        (error: unknown) => {
          pending = null;
          throw error;
        },
      );
      return pending;
    },
    known: () => value,
  };
}
