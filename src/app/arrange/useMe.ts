// The signed-in user's name and address, read once per page (the request mail signs with the name).
import { useEffect, useState } from "react";
import type { GraphClient } from "../../graph/client";
import { useServices } from "../services";

/** Who is writing and booking. */
export interface Me {
  displayName: string;
  email: string;
}

/** GET /me with only the fields the mail and the schedule need. */
export async function readMe(graph: GraphClient, signal?: AbortSignal): Promise<Me> {
  const answer = await graph.call<{
    displayName?: string | null;
    mail?: string | null;
    userPrincipalName?: string | null;
  }>({
    method: "GET",
    path: "/me",
    query: { $select: "displayName,mail,userPrincipalName" },
    signal,
  });
  const email = answer.body.mail || answer.body.userPrincipalName || "";
  return { displayName: answer.body.displayName || email, email };
}

/** The user as far as known: from the page at first, from Graph once it answers. */
export function useMe(): Me | null {
  const { graph, user } = useServices();
  const [me, setMe] = useState<Me | null>(
    user
      ? { displayName: user.displayName ?? user.userPrincipalName, email: user.userPrincipalName }
      : null,
  );
  useEffect(() => {
    const controller = new AbortController();
    readMe(graph, controller.signal).then(setMe, () => {
      // Keep what the page knew; the mail can still be drafted with it.
    });
    return () => controller.abort();
  }, [graph]);
  return me;
}
