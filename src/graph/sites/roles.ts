// Who the signed-in user is to the career centre, read from Graph (never guessed from a refused
// write): an editor is a member of the site's Microsoft 365 group; a reader may read the
// advisors-only notes list; everyone else is a student.
import type { SharePointConfig } from "../../domain/config";
import type { GraphClient } from "../client";
import { GraphError } from "../errors";
import { collectPages } from "../paging";

/** "editor": edits the centre's lists; "reader": reads advisors' notes, edits nothing; "student". */
export type CentreRole = "editor" | "reader" | "student";

/**
 * The user's role. GET /me/memberOf needs only User.Read for /me
 * (api-reference/v1.0/includes/permissions/user-list-memberof-permissions.md); a member of the
 * site's group is one of the site's Members, who edit. Otherwise one row of the notes list is
 * asked for: SharePoint answers 403 (or 404) to anyone the list's unique permissions leave out.
 */
export async function readCentreRole(
  client: GraphClient,
  sharePoint: SharePointConfig,
  signal?: AbortSignal,
): Promise<CentreRole> {
  const { items } = await collectPages<{ id?: string }>(
    client,
    { path: "/me/memberOf", query: { $select: "id", $top: 100 } },
    { signal, maxPages: 20 },
  );
  const groupId = sharePoint.advisorsGroupId.toLowerCase();
  if (items.some((group) => group.id?.toLowerCase() === groupId)) return "editor";
  try {
    await client.call({
      method: "GET",
      path: `/sites/${encodeURIComponent(sharePoint.siteId)}/lists/${encodeURIComponent(
        sharePoint.lists.volunteerNotes,
      )}/items`,
      query: { $select: "id", $top: 1 },
      signal,
    });
    return "reader";
  } catch (error) {
    if (error instanceof GraphError && (error.status === 403 || error.status === 404)) {
      return "student";
    }
    throw error;
  }
}
