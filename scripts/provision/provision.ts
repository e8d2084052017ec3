// The provisioning run: reads what the career centre's site already has, then makes (or, with
// --dry-run, only lists) every change still needed — lists, columns, permissions, the starter
// question bank and the app's Sites.Selected grant. It never deletes data.
import type { SharePointConfig } from "../../src/domain/config";
import { BUILT_IN_QUESTIONS } from "../../src/domain/questionBank";
import { CENTRE_LISTS, type ColumnSpec, type ListSpec } from "./centreLists";
import { services, type Endpoints, type Services } from "./http";

/** What the run is told. */
export interface ProvisionOptions {
  /** The Microsoft 365 group whose team site is the career centre's site. */
  groupId: string;
  /** The app registration (client id) of Information Interviews, granted the site. */
  appClientId: string;
  appName: string;
  /** The directory (tenant) id, for SharePoint's "Everyone except external users" claim. */
  tenantId: string;
  dryRun: boolean;
}

/** What the run found and did (or would do). */
export interface ProvisionReport {
  existing: string[];
  changes: string[];
  /** The ids for config.json; null in a dry run that would still create a list. */
  sharePoint: SharePointConfig | null;
}

interface Site {
  id: string;
  webUrl: string;
  displayName: string;
}

/** SharePoint's role types (SP.RoleType): Contribute. */
const CONTRIBUTE = 3;
const EVERYONE_CLAIM = "c:0-.f|rolemanager|spo-grid-all-users/";

function columnKind(column: ColumnSpec): string {
  const kind = ["text", "number", "boolean", "dateTime", "choice"].find((k) => k in column) ?? "";
  return `${column.name} (${kind}${column.indexed ? ", indexed" : ""})`;
}

/** Runs provisioning against the endpoints; see ProvisionReport. */
export async function provision(
  endpoints: Endpoints,
  options: ProvisionOptions,
): Promise<ProvisionReport> {
  const report: ProvisionReport = { existing: [], changes: [], sharePoint: null };
  const change = async <T>(what: string, apply: () => Promise<T>): Promise<T | undefined> => {
    if (options.dryRun) {
      report.changes.push(`would ${what}`);
      return undefined;
    }
    const result = await apply();
    report.changes.push(what);
    return result;
  };

  const bare = services(endpoints, null);
  const site = (
    await bare.graph<Site>(
      "GET",
      `/groups/${encodeURIComponent(options.groupId)}/sites/root?$select=id,webUrl,displayName`,
    )
  ).body;
  report.existing.push(`site "${site.displayName}" (${site.webUrl}) of group ${options.groupId}`);
  const api = services(endpoints, site);
  const sitePath = `/sites/${encodeURIComponent(site.id)}`;
  const lists = (
    await api.graph<{ value: { id: string; displayName: string }[] }>(
      "GET",
      `${sitePath}/lists?$select=id,displayName`,
    )
  ).body.value;

  const ids: Partial<Record<ListSpec["key"], string>> = {};
  for (const spec of CENTRE_LISTS) {
    const found = lists.find((l) => l.displayName.toLowerCase() === spec.displayName.toLowerCase());
    if (found) {
      ids[spec.key] = found.id;
      report.existing.push(`list ${spec.displayName}`);
      await addMissingColumns(api, report, change, `${sitePath}/lists/${found.id}`, spec);
    } else {
      const created = await change(
        `create list ${spec.displayName} with columns ${spec.columns.map(columnKind).join(", ")}`,
        () =>
          api.graph<{ id: string }>("POST", `${sitePath}/lists`, {
            displayName: spec.displayName,
            description: spec.description,
            columns: spec.columns,
            list: { template: "genericList" },
          }),
      );
      if (created) ids[spec.key] = created.body.id;
    }
    await protect(api, report, change, spec, ids[spec.key]);
  }

  await addEveryoneAsVisitors(api, report, change, options.tenantId);
  await seedQuestions(api, report, change, sitePath, ids.questions);
  await grantApp(api, report, change, sitePath, options);

  const { volunteers, volunteerNotes, questions, bookings, resources, takeawayCounts } = ids;
  if (volunteers && volunteerNotes && questions && bookings) {
    report.sharePoint = {
      siteId: site.id,
      advisorsGroupId: options.groupId,
      lists: {
        volunteers,
        volunteerNotes,
        questions,
        bookings,
        ...(resources ? { resources } : {}),
        ...(takeawayCounts ? { takeawayCounts } : {}),
      },
    };
  }
  return report;
}

type Change = <T>(what: string, apply: () => Promise<T>) => Promise<T | undefined>;

async function addMissingColumns(
  api: Services,
  report: ProvisionReport,
  change: Change,
  listPath: string,
  spec: ListSpec,
): Promise<void> {
  const have = (
    await api.graph<{ value: { name: string }[] }>("GET", `${listPath}/columns?$select=name`)
  ).body.value.map((c) => c.name.toLowerCase());
  for (const column of spec.columns) {
    if (have.includes(column.name.toLowerCase())) continue;
    await change(`add column ${columnKind(column)} to ${spec.displayName}`, () =>
      api.graph("POST", `${listPath}/columns`, column),
    );
  }
}

interface RestList {
  HasUniqueRoleAssignments: boolean;
  ReadSecurity: number;
  WriteSecurity: number;
}
interface RestAssignment {
  PrincipalId: number;
  RoleDefinitionBindings: { Id: number; RoleTypeKind: number }[];
}

/**
 * The list's permissions through SharePoint's REST API, which Graph lacks: advisors-only lists stop
 * inheriting and drop the Visitors; the bookings list stops inheriting, gives Visitors Contribute,
 * and turns on item-level security (read and edit only one's own items).
 */
async function protect(
  api: Services,
  report: ProvisionReport,
  change: Change,
  spec: ListSpec,
  listId: string | undefined,
): Promise<void> {
  if (spec.permissions === "inherit") return;
  const name = spec.displayName;
  if (!listId) {
    await change(`give ${name} unique permissions (${describe(spec)})`, async () => undefined);
    return;
  }
  const path = `web/lists(guid'${listId}')`;
  const list = (await api.rest<RestList>("GET", path)).body;
  if (list.HasUniqueRoleAssignments) report.existing.push(`unique permissions on ${name}`);
  else {
    await change(`stop ${name} inheriting the site's permissions (copying them)`, () =>
      api.rest(
        "POST",
        `${path}/breakroleinheritance(copyRoleAssignments=true,clearSubscopes=true)`,
      ),
    );
  }
  const visitors = (await api.rest<{ Id: number }>("GET", "web/associatedvisitorgroup")).body.Id;
  const assignments = list.HasUniqueRoleAssignments
    ? (
        await api.rest<{ value: RestAssignment[] }>(
          "GET",
          `${path}/roleassignments?$expand=RoleDefinitionBindings`,
        )
      ).body.value
    : [];
  // An inheriting list (or one just broken, copying the site's) gives Visitors Read (type 2).
  const visitorKinds = list.HasUniqueRoleAssignments
    ? (assignments.find((a) => a.PrincipalId === visitors)?.RoleDefinitionBindings ?? []).map(
        (b) => b.RoleTypeKind,
      )
    : [2];
  if (spec.permissions === "advisorsOnly") {
    if (visitorKinds.length === 0) report.existing.push(`${name}: Visitors have no access`);
    else {
      await change(`remove the site's Visitors from ${name}`, () =>
        api.rest("POST", `${path}/roleassignments/getbyprincipalid(${visitors})/deleteobject()`),
      );
    }
    return;
  }
  if (visitorKinds.includes(CONTRIBUTE)) report.existing.push(`${name}: Visitors contribute`);
  else {
    const contribute = (
      await api.rest<{ Id: number }>("GET", `web/roledefinitions/getbytype(${CONTRIBUTE})`)
    ).body.Id;
    await change(`let the site's Visitors (students) add items to ${name} (Contribute)`, () =>
      api.rest(
        "POST",
        `${path}/roleassignments/addroleassignment(principalid=${visitors},roledefid=${contribute})`,
      ),
    );
  }
  if (list.ReadSecurity === 2 && list.WriteSecurity === 2) {
    report.existing.push(`${name}: users read and edit only their own items`);
  } else {
    await change(`make ${name} item-level: users read and edit only the items they created`, () =>
      api.rest(
        "POST",
        path,
        { ReadSecurity: 2, WriteSecurity: 2 },
        { "X-HTTP-Method": "MERGE", "IF-MATCH": "*" },
      ),
    );
  }
}

function describe(spec: ListSpec): string {
  return spec.permissions === "advisorsOnly"
    ? "Owners and Members only"
    : "Visitors contribute; everyone reads and edits only their own items";
}

/** Students are the site's Visitors: "Everyone except external users" joins that group. */
async function addEveryoneAsVisitors(
  api: Services,
  report: ProvisionReport,
  change: Change,
  tenantId: string,
): Promise<void> {
  const users = (
    await api.rest<{ value: { LoginName: string; Title: string }[] }>(
      "GET",
      "web/associatedvisitorgroup/users",
    )
  ).body.value;
  const everyone = users.some(
    (u) =>
      u.LoginName.includes("spo-grid-all-users") || u.Title === "Everyone except external users",
  );
  if (everyone) report.existing.push('Visitors include "Everyone except external users"');
  else {
    await change(
      'add "Everyone except external users" to the site\'s Visitors (students read)',
      () =>
        api.rest("POST", "web/associatedvisitorgroup/users", {
          LoginName: `${EVERYONE_CLAIM}${tenantId}`,
        }),
    );
  }
}

/** The starter bank: every built-in question not yet in the list (by BankId), none twice. */
async function seedQuestions(
  api: Services,
  report: ProvisionReport,
  change: Change,
  sitePath: string,
  listId: string | undefined,
): Promise<void> {
  const have = new Set<string>();
  if (listId) {
    const rows = (
      await api.graph<{ value: { fields: { BankId?: string } }[] }>(
        "GET",
        `${sitePath}/lists/${listId}/items?$expand=fields($select=BankId)&$top=999`,
      )
    ).body.value;
    for (const row of rows) if (row.fields.BankId) have.add(row.fields.BankId);
  }
  const missing = BUILT_IN_QUESTIONS.filter((q) => !have.has(q.id));
  if (have.size > 0) report.existing.push(`${have.size} starter questions`);
  if (missing.length === 0) return;
  await change(`add ${missing.length} starter questions to Questions`, async () => {
    const perTheme = new Map<string, number>();
    for (const question of missing) {
      const order = (perTheme.get(question.theme) ?? 0) + 10;
      perTheme.set(question.theme, order);
      await api.graph("POST", `${sitePath}/lists/${listId}/items`, {
        fields: {
          Title: question.text.en,
          TextFr: question.text["fr-CA"],
          Theme: question.theme,
          SortOrder: order,
          Retired: false,
          BankId: question.id,
        },
      });
    }
  });
}

/** Sites.Selected: the app may write on this site and no other. */
async function grantApp(
  api: Services,
  report: ProvisionReport,
  change: Change,
  sitePath: string,
  options: ProvisionOptions,
): Promise<void> {
  const grants = (
    await api.graph<{
      value: { roles: string[]; grantedToIdentitiesV2?: { application?: { id?: string } }[] }[];
    }>("GET", `${sitePath}/permissions`)
  ).body.value;
  const granted = grants.some(
    (g) =>
      g.roles.includes("write") &&
      (g.grantedToIdentitiesV2 ?? []).some(
        (i) => i.application?.id?.toLowerCase() === options.appClientId.toLowerCase(),
      ),
  );
  if (granted) report.existing.push(`the app ${options.appClientId} may write on the site`);
  else {
    await change(`grant the app ${options.appClientId} "write" on the site (Sites.Selected)`, () =>
      api.graph("POST", `${sitePath}/permissions`, {
        roles: ["write"],
        grantedToIdentities: [
          { application: { id: options.appClientId, displayName: options.appName } },
        ],
      }),
    );
  }
}
