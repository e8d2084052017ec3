// Whether the signed-in user may change the career centre's lists, asked of SharePoint without changing anything.
import type { GraphClient } from "../../graph/client";
import { GraphError } from "../../graph/errors";

/** "write": editing controls are shown; "read": the read-only volunteer directory. */
export type ListAccess = "write" | "read";

/**
 * An etag no row can have: SharePoint checks the caller's right to edit before the precondition,
 * so an editor gets 412 (nothing written) and a reader 403 (accessDenied). Graph has no delegated
 * "my permissions on this list" call (site permissions need Sites.FullControl.All), so a refused
 * no-op write is the faithful probe.
 */
const IMPOSSIBLE_ETAG = '"00000000-0000-0000-0000-000000000000,0"';

/**
 * Probes write access to a list with a PATCH of no fields on `itemId` under an impossible
 * If-Match. 403 means read-only; 412 (or 404 for a row that vanished) means the write was
 * authorised and refused only by the precondition. Other failures are thrown to the caller.
 */
export async function probeListAccess(
  graph: GraphClient,
  siteId: string,
  listId: string,
  itemId: string,
  signal?: AbortSignal,
): Promise<ListAccess> {
  try {
    await graph.call({
      method: "PATCH",
      path: `/sites/${encodeURIComponent(siteId)}/lists/${encodeURIComponent(listId)}/items/${encodeURIComponent(itemId)}/fields`,
      headers: { "If-Match": IMPOSSIBLE_ETAG },
      body: {},
      read: "none",
      retry: "never",
      signal,
    });
    // A server that ignored the precondition wrote nothing (no fields): the user may write.
    return "write";
  } catch (error) {
    if (error instanceof GraphError) {
      if (error.status === 403) return "read";
      if (error.status === 412 || error.status === 404) return "write";
    }
    throw error;
  }
}
