// The signed-in user's name and address, read once per page (the request mail signs with the name).
import { useEffect, useState } from "react";
import { getSignedInUser, type SignedInUser } from "../../graph/me";
import { useServices } from "../services";

/** Who is writing and booking (the id only once Graph has answered). */
export type Me = Omit<SignedInUser, "id"> & { id?: string };

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
    getSignedInUser(graph, controller.signal).then(setMe, () => {
      // Keep what the page knew; the mail can still be drafted with it.
    });
    return () => controller.abort();
  }, [graph]);
  return me;
}
