// The signed-in user's own name and address (`/me`), read once per session: small, so the page
// header can read it early.
import type { User } from "@microsoft/microsoft-graph-types";
import type { GraphClient } from "./client";

/** The signed-in user as mail and booking sign with them, and the key of what a device keeps. */
export interface SignedInUser {
  displayName: string;
  /** The mail address, else the sign-in name (accounts without a mailbox address). */
  email: string;
  /**
   * The Entra object id (the token's `oid`): the stable key for what this device keeps for the
   * user. Not the name or address, which can change or be given to someone else.
   */
  id: string;
}

/** One read per client (one signed-in session): the name and address do not change meanwhile. */
const signedIn = new WeakMap<GraphClient, Promise<SignedInUser>>();

/**
 * Reads the signed-in user with only the fields a signature and the device's keying (the id) need;
 * needs User.Read only. Read once per client and shared: every view that signs with the name asks,
 * so asking Graph each time added a request to each of them. A failure is not kept, so the next
 * view asks again. Kept out of directory.ts so the header does not pull the directory's time-zone
 * tables into first render.
 */
export function getSignedInUser(client: GraphClient, signal?: AbortSignal): Promise<SignedInUser> {
  let shared = signedIn.get(client);
  if (!shared) {
    // No caller's signal: one view closing must not cancel the read the others wait for.
    shared = readSignedInUser(client);
    signedIn.set(client, shared);
    shared.catch(() => signedIn.delete(client));
  }
  if (!signal) return shared;
  return new Promise<SignedInUser>((resolve, reject) => {
    const abort = () =>
      reject(signal.reason ?? new DOMException("The operation was aborted.", "AbortError"));
    if (signal.aborted) abort();
    signal.addEventListener("abort", abort, { once: true });
    (shared as Promise<SignedInUser>).then(resolve, reject);
  });
}

async function readSignedInUser(client: GraphClient): Promise<SignedInUser> {
  const answer = await client.call<User>({
    method: "GET",
    path: "/me",
    query: { $select: "id,displayName,mail,userPrincipalName" },
  });
  const user = answer.body;
  if (!user.id) throw new Error("Graph answered /me without an id");
  const email = user.mail || user.userPrincipalName || "";
  return { displayName: user.displayName || email, email, id: user.id };
}
