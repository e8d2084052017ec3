// Who may do what on a SharePoint site, its lists and their items: the site's default groups and
// permission levels, lists with unique permissions, item-level security, and the token's Sites.*
// scope or Sites.Selected grant, intersected.
import { GraphError } from "../http";
import type { RouteContext } from "../router";
import type { ListItemRecord, ListRecord, SiteRecord } from "../state";
import type {
  PermissionLevel,
  SiteGroupName,
  TenantAppGrant,
  TenantGroup,
  TenantRoleAssignment,
  TenantUser,
} from "../tenant";

/** A level, or none at all. */
export type Level = PermissionLevel | "none";

const ORDER: readonly Level[] = ["none", "read", "contribute", "edit", "fullControl"];

/** The lower of two levels (an app's grant caps what its user may do, and the other way round). */
export function lower(a: Level, b: Level): Level {
  return ORDER.indexOf(a) <= ORDER.indexOf(b) ? a : b;
}

function higher(a: Level, b: Level): Level {
  return ORDER.indexOf(a) >= ORDER.indexOf(b) ? a : b;
}

/** True when `level` is at least `wanted`. */
export function atLeast(level: Level, wanted: Level): boolean {
  return ORDER.indexOf(level) >= ORDER.indexOf(wanted);
}

/**
 * The default groups' levels on a team site: Owners Full Control, Members Edit, Visitors Read
 * (SharePoint's "Understanding permission levels", learn.microsoft.com/sharepoint/
 * understanding-permission-levels).
 */
export const GROUP_LEVEL: Record<SiteGroupName, PermissionLevel> = {
  owners: "fullControl",
  members: "edit",
  visitors: "read",
};

const upnSet = (value: unknown): Set<string> =>
  new Set(
    Array.isArray(value)
      ? value.filter((u): u is string => typeof u === "string").map((u) => u.toLowerCase())
      : [],
  );

/** The site's Microsoft 365 group, when it is a group-connected team site. */
export function groupOfSite(ctx: Pick<RouteContext, "state">, site: SiteRecord) {
  const id = site.data.groupId;
  return typeof id === "string"
    ? ctx.state.tenant.groups?.find((g: TenantGroup) => g.id === id)
    : undefined;
}

/**
 * The site groups a user is in. In a group-connected team site the Microsoft 365 group's owners
 * are the site's Owners and its members the site's Members (learn.microsoft.com/sharepoint/
 * modern-experience-sharing-permissions); "*" stands for "Everyone except external users".
 */
export function siteGroupsOf(
  ctx: Pick<RouteContext, "state">,
  site: SiteRecord,
  user: TenantUser,
): Set<SiteGroupName> {
  const me = user.userPrincipalName.toLowerCase();
  const group = groupOfSite(ctx, site);
  // A tenant file that says nothing about the site's people (a small test tenant) makes every
  // user a Member: tenant files describe an organisation, and this one did not restrict its site.
  const declared = ["owners", "members", "visitors", "groupId"].some((k) => k in site.data);
  if (!declared) return new Set<SiteGroupName>(["members"]);
  const inGroup = (name: SiteGroupName, extra: unknown) => {
    const upns = upnSet(site.data[name]);
    for (const upn of upnSet(extra)) upns.add(upn);
    return upns.has(me) || upns.has("*");
  };
  const out = new Set<SiteGroupName>();
  if (inGroup("owners", group?.owners)) out.add("owners");
  if (inGroup("members", group?.members)) out.add("members");
  if (inGroup("visitors", undefined)) out.add("visitors");
  return out;
}

/** The list's unique permissions, or null when it inherits the site's. */
export function uniqueAssignments(list: ListRecord): TenantRoleAssignment[] | null {
  const raw = list.data.roleAssignments;
  return Array.isArray(raw) ? (raw as TenantRoleAssignment[]) : null;
}

/** The user's own level on the site or, when given, on one list (before the app's grant). */
export function userLevel(
  ctx: Pick<RouteContext, "state">,
  site: SiteRecord,
  list: ListRecord | null,
  user: TenantUser,
): Level {
  const groups = siteGroupsOf(ctx, site, user);
  const assignments: TenantRoleAssignment[] =
    (list && uniqueAssignments(list)) ??
    (Object.entries(GROUP_LEVEL) as [SiteGroupName, PermissionLevel][]).map(([group, level]) => ({
      group,
      level,
    }));
  const me = user.userPrincipalName.toLowerCase();
  let level: Level = "none";
  for (const a of assignments) {
    const direct = (a.users ?? []).some((u) => u.toLowerCase() === me);
    if ((a.group && groups.has(a.group)) || direct) level = higher(level, a.level);
  }
  return level;
}

const accessDenied = () => new GraphError(403, "accessDenied", "Access denied");

/**
 * What the token lets the app do on this site, whoever its user is. Sites.Read.All reads,
 * Sites.ReadWrite.All and Sites.Manage.All write, Sites.FullControl.All does all
 * (concepts/permissions-reference.md). Sites.Selected reaches only sites that granted the app a
 * role (POST /sites/{id}/permissions, api-reference/v1.0/api/site-post-permissions.md); a
 * delegated call then gets the intersection of the user's rights and the app's
 * (concepts/permissions-selected-overview.md). "read" is taken as Read, "write" as Edit,
 * "fullcontrol" as Full Control. A token with scopes but none of these, or Sites.Selected without
 * a grant, is refused with 403 accessDenied (concepts/errors.md).
 */
export function appCap(ctx: Pick<RouteContext, "grant">, site: SiteRecord): Level {
  const scopes = ctx.grant.scopes;
  if (scopes === null) return "fullControl";
  const has = (scope: string) => scopes.some((s) => s.toLowerCase() === scope.toLowerCase());
  if (has("Sites.FullControl.All")) return "fullControl";
  if (has("Sites.Manage.All") || has("Sites.ReadWrite.All")) return "edit";
  if (has("Sites.Read.All")) return "read";
  if (has("Sites.Selected")) {
    const grants = (site.data.appGrants ?? []) as TenantAppGrant[];
    const roles = grants
      .filter((g) => g.appId.toLowerCase() === ctx.grant.appId.toLowerCase())
      .flatMap((g) => g.roles);
    if (roles.includes("fullcontrol")) return "fullControl";
    if (roles.includes("write") || roles.includes("manage")) return "edit";
    if (roles.includes("read")) return "read";
  }
  throw accessDenied();
}

/** The caller's effective level: their own, capped by what the token grants the app. */
export function effectiveLevel(
  ctx: Pick<RouteContext, "state" | "grant" | "me">,
  site: SiteRecord,
  list: ListRecord | null,
): Level {
  return lower(userLevel(ctx, site, list, ctx.me), appCap(ctx, site));
}

/** Throws 403 accessDenied unless `level` reaches `wanted`. */
export function requireLevel(level: Level, wanted: Level): void {
  if (!atLeast(level, wanted)) throw accessDenied();
}

/** The id of the user who created an item (item-level security keys on it). */
export function authorOf(item: ListItemRecord): string | undefined {
  const createdBy = item.extra.createdBy as { user?: { id?: unknown } } | undefined;
  return typeof createdBy?.user?.id === "string" ? createdBy.user.id : undefined;
}

/**
 * Item-level security (list settings → Advanced settings → Item-level permissions: "Read items
 * that were created by the user", "Create items and edit items that were created by the user"):
 * users with Edit or Full Control (Manage Lists, Override List Behaviors) still see and edit all
 * items (learn.microsoft.com/sharepoint/understanding-permission-levels).
 */
export function canReadItem(
  level: Level,
  list: ListRecord,
  item: ListItemRecord,
  me: TenantUser,
): boolean {
  if (!atLeast(level, "read")) return false;
  if (atLeast(level, "edit") || list.data.readSecurity !== 2) return true;
  return authorOf(item) === me.id;
}

/** Whether the caller may change or delete this item (see canReadItem). */
export function canWriteItem(
  level: Level,
  list: ListRecord,
  item: ListItemRecord,
  me: TenantUser,
): boolean {
  if (!atLeast(level, "contribute")) return false;
  if (atLeast(level, "edit")) return true;
  if (list.data.writeSecurity === 4) return false;
  if (list.data.writeSecurity === 2) return authorOf(item) === me.id;
  return true;
}

/** Whether the caller may add items ("None" write security stops all but editors). */
export function canCreateItem(level: Level, list: ListRecord): boolean {
  if (!atLeast(level, "contribute")) return false;
  return atLeast(level, "edit") || list.data.writeSecurity !== 4;
}
