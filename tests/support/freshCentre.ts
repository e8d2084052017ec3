// A tenant whose career centre is a new, empty team site: the shape `npm run provision` starts
// from. Lee (an IT administrator, SharePoint administrator and site owner) runs it.
import type { TenantFile } from "../../sandbox/tenant";
import { northfieldTenant } from "./tenants";
import { ADVISOR, OTHER_STUDENT, READONLY_ADVISOR } from "./people";

export const ADMIN = "lee.admin@northfield.example";
export const FRESH_GROUP_ID = "group-fresh-centre";
export const FRESH_SITE_ID = "northfield.sharepoint.com,site-fresh,web-fresh";

/** Northfield with an unprovisioned career centre site (group-connected; no lists). */
export function freshCentreTenant(): TenantFile {
  const tenant = northfieldTenant();
  const person = (id: string, upn: string, displayName: string, jobTitle: string) => ({
    id,
    userPrincipalName: upn,
    mail: upn,
    displayName,
    jobTitle,
    department: jobTitle === "Student" ? "Chemistry" : "Career Centre",
    mailboxSettings: { timeZone: "Eastern Standard Time" },
  });
  tenant.users.push(
    person("u-admin", ADMIN, "Lee Admin", "IT Administrator"),
    person("u-advisor", ADVISOR, "Maya Okafor", "Career Advisor"),
    person("u-kate", READONLY_ADVISOR, "Kate Thompson", "Employer Relations Coordinator"),
    person("u-sam", OTHER_STUDENT, "Sam Rivera", "Student"),
  );
  tenant.groups = [
    {
      id: FRESH_GROUP_ID,
      displayName: "Career Centre",
      owners: [ADMIN],
      members: [ADMIN, ADVISOR],
    },
  ];
  tenant.sharePointAdmins = [ADMIN];
  tenant.sites = [
    {
      id: FRESH_SITE_ID,
      displayName: "Career Centre",
      webUrl: "https://northfield.sharepoint.com/sites/careercentre",
      groupId: FRESH_GROUP_ID,
    },
  ];
  return tenant;
}
