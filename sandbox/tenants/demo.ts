// The demo tenant: Northfield University, its career centre and partner employers, generated the same way for the same day.
import type { TenantFile } from "../tenant";
import { buildDirectory } from "./demoDirectory";

/** The default persona: a Biology student. */
export const DEMO_STUDENT_UPN = "avery.chen@northfield.example";
/** A career advisor at the career centre. */
export const DEMO_ADVISOR_UPN = "maya.okafor@northfield.example";
/** The career centre's SharePoint site (Graph's composite id: host, site collection id, web id). */
export const DEMO_SITE_ID =
  "northfield.sharepoint.com,1f0c6b2e-8d4a-4c1e-9b7f-3a5d2e6c8f10,7b3e9a1d-2c5f-4e8b-a6d0-9f1c3b5e7a24";
/** The career centre's lists. */
export const DEMO_LIST_IDS = {
  volunteers: "c4a1e2f3-5b6d-4e7f-8a9b-0c1d2e3f4a5b",
  questions: "d5b2f3a4-6c7e-4f80-9b1c-2d3e4f5a6b7c",
  bookings: "e6c3a4b5-7d8f-4091-8c2d-3e4f5a6b7c8d",
} as const;

/**
 * Builds the demo tenant for `today`: the same day always gives the same tenant.
 * @param today Calendars and bookings are laid out over the four weeks from this day.
 */
export function createDemoTenant(today: Date): TenantFile {
  void today;
  const people = buildDirectory();
  return {
    organization: {
      id: "5d2f7c1a-3b4e-4f6a-9c8d-1e2f3a4b5c6d",
      displayName: "Northfield University",
    },
    users: people.map((person) => person.user),
  };
}
