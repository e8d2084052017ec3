// The signed-in user's own name and address (`/me`): small, so the page header can read it early.
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

/**
 * Reads the signed-in user with only the fields a signature and the device's keying need; needs
 * User.Read only. Kept out of directory.ts so the header does not pull the directory's time-zone
 * tables into first render.
 */
export async function getSignedInUser(
  client: GraphClient,
  signal?: AbortSignal,
): Promise<SignedInUser> {
  const answer = await client.call<User>({
    method: "GET",
    path: "/me",
    query: { $select: "id,displayName,mail,userPrincipalName" },
    signal,
  });
  const user = answer.body;
  if (!user.id) throw new Error("Graph answered /me without an id");
  const email = user.mail || user.userPrincipalName || "";
  return { displayName: user.displayName || email, email, id: user.id };
}
