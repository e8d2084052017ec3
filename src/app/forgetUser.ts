// Sign-out's clean-up: everything this device keeps for the user (unsent changes, arranging
// settings, consent) goes before their tokens do.
import type { GraphClient } from "../graph/client";
import { forgetArrangeSettings } from "./arrange/settings";
import { pageOutboxStore } from "./outbox/indexedDbOutbox";
import type { OutboxStore } from "./outbox/userOutbox";
import { userKeyFor } from "./userKey";

/**
 * Removes the signed-in user's outbox entries and settings from this device. Runs while they are
 * still signed in, so their key can be read if this page never needed it. Resolves false when the
 * key could not be read (Graph unreachable): nothing was removed.
 */
export async function forgetSignedInUser(
  graph: GraphClient,
  store: OutboxStore | null = pageOutboxStore(),
  storage?: Storage | null,
): Promise<boolean> {
  const userKey = userKeyFor(graph);
  let key = userKey.known();
  if (key === null) {
    try {
      key = await userKey.get();
    } catch {
      return false;
    }
  }
  await store?.clear(key);
  forgetArrangeSettings(key, storage);
  return true;
}
