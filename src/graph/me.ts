// The signed-in user's own name and address (`/me`): small, so the page header can read it early.
import type { User } from "@microsoft/microsoft-graph-types";
import type { GraphClient } from "./client";

/** The signed-in user as mail and booking sign with them. */
export interface SignedInUser {
  displayName: string;
  /** The mail address, else the sign-in name (accounts without a mailbox address). */
  email: string;
}

/**
 * Reads the signed-in user with only the fields a signature needs; needs User.Read only. Kept out
 * of directory.ts so the header does not pull the directory's time-zone tables into first render.
 */
export async function getSignedInUser(
  client: GraphClient,
  signal?: AbortSignal,
): Promise<SignedInUser> {
  const answer = await client.call<User>({
    method: "GET",
    path: "/me",
    query: { $select: "displayName,mail,userPrincipalName" },
    signal,
  });
  const user = answer.body;
  const email = user.mail || user.userPrincipalName || "";
  return { displayName: user.displayName || email, email };
}

/**
 * The signed-in user's Entra object id (`/me` `id`, the token's `oid`): the stable key for what
 * this device keeps for them. Not the name or address, which can change or be given to someone
 * else. Needs User.Read only.
 */
export async function getSignedInUserId(
  client: GraphClient,
  signal?: AbortSignal,
): Promise<string> {
  const answer = await client.call<User>({
    method: "GET",
    path: "/me",
    query: { $select: "id" },
    signal,
  });
  const id = answer.body.id;
  if (!id) throw new Error("Graph answered /me without an id");
  return id;
}
