// Whose data this is: the signed-in user's object id, the key for everything this device keeps
// for them (arranging settings, consent, the outbox).
import type { GraphClient } from "../graph/client";
import { getSignedInUser, type SignedInUser } from "../graph/me";

/** The signed-in user's key, read once per Graph client (one per signed-in user on a page). */
export interface UserKey {
  /** The key; asks Graph the first time, and again after a failure (offline). */
  get(): Promise<string>;
  /** The key if already known, without asking. */
  known(): string | null;
}

const keys = new WeakMap<GraphClient, UserKey>();
const users = new WeakMap<GraphClient, Promise<SignedInUser>>();

/**
 * The signed-in user as `/me` says, read once per Graph client (a failure is read again next
 * time): the request mail's signature and the user's key share the one request.
 */
export function signedInUserOf(graph: GraphClient): Promise<SignedInUser> {
  let user = users.get(graph);
  if (!user) {
    user = getSignedInUser(graph);
    users.set(graph, user);
    user.catch(() => users.delete(graph));
  }
  return user;
}

/**
 * The key of the user `graph` acts for. Taken from Graph, not from the host's or the page's idea of
 * the user: it is whoever the token belongs to, and a name or address is not stable.
 */
export function userKeyFor(graph: GraphClient): UserKey {
  let key = keys.get(graph);
  if (!key) {
    key = createUserKey(async () => (await signedInUserOf(graph)).id);
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
