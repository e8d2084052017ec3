// The resource library against the sandbox: an advisor adds a resource (an unsafe link is refused
// first), a student sees no editing, and a student researching a contact in that industry finds the
// resource in "Resources for this organisation" and marks it read in their own record.
import { cleanup, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { addInterview } from "../../src/app/interviews/interviews";
import type { SharePointConfig } from "../../src/domain/config";
import { decodeInterviewExtension } from "../../src/domain/interview";
import { readContactRecord } from "../../src/graph/contacts";
import type { TenantFile } from "../../sandbox/tenant";
import AdvisorView from "../../src/ui/advisor/AdvisorView";
import { ResearchSection } from "../../src/ui/research/ResearchSection";
import { ADVISOR, morganInterview, READONLY_ADVISOR, STUDENT } from "../support/people";
import { renderWithSandbox } from "../support/renderApp";
import { useSandbox } from "../support/sandbox";
import { advisorTenant, CAREER_CENTRE } from "../support/tenants";

vi.setConfig({ testTimeout: 30_000 });

const WITH_RESOURCES: SharePointConfig = {
  ...CAREER_CENTRE,
  lists: { ...CAREER_CENTRE.lists, resources: "list-resources" },
};

/** The advisors' tenant plus a Resources list that inherits the site's permissions. */
function tenant(): TenantFile {
  const file = advisorTenant(new Date());
  file.sites?.[0]?.lists?.push({
    id: "list-resources",
    displayName: "Resources",
    columns: ["Title", "Link", "Kind", "Industries", "Organisation", "Language"].map((name) => ({
      name,
      text: {},
    })),
    items: [
      {
        id: "1",
        fields: {
          Title: "Law school admissions guide",
          Link: "https://example.org/law",
          Kind: "guide",
          Industries: "Legal",
          Organisation: "",
          Language: "en",
        },
      },
    ],
  });
  return file;
}

const sandbox = useSandbox({ tenant });

const listWrites = async () =>
  (await sandbox.requests())
    .flatMap((r) => (r.path.endsWith("/$batch") ? (r.batch ?? []) : [r]))
    .filter((r) => r.path.includes("list-resources") && r.method !== "GET");

describe("the resource library", () => {
  it("lets an advisor add a resource, refusing a javascript: link first", async () => {
    const user = userEvent.setup();
    renderWithSandbox(<AdvisorView />, sandbox, { upn: ADVISOR, sharePoint: WITH_RESOURCES });
    await user.click(await screen.findByRole("tab", { name: "Resource library" }));
    await user.click(await screen.findByRole("button", { name: "Add resource" }));
    await user.type(screen.getByLabelText(/^Title/u), "Teaching in Ontario: an outlook");
    const link = screen.getByLabelText(/^Link/u);
    await user.clear(link);
    await user.click(link);
    await user.paste("javascript:alert(document.cookie)");
    await user.type(screen.getByLabelText(/^Industries/u), "Education; Public sector");
    await user.selectOptions(screen.getByLabelText("Kind"), "outlook");
    await user.click(screen.getByRole("button", { name: "Save resource" }));
    expect(await screen.findByText(/Only secure https:\/\/ links can be saved/u)).toBeTruthy();
    expect(await listWrites()).toEqual([]);

    await user.clear(link);
    await user.click(link);
    await user.paste("https://example.org/outlooks/teaching");
    await user.click(screen.getByRole("button", { name: "Save resource" }));
    const card = await screen.findByRole("listitem", { name: "Teaching in Ontario: an outlook" });
    const anchor = within(card).getByRole("link", { name: "Teaching in Ontario: an outlook" });
    expect(anchor.getAttribute("href")).toBe("https://example.org/outlooks/teaching");
    expect(anchor.getAttribute("rel")).toBe("noopener noreferrer");
    expect(within(card).getByText("Industries: Education and Public sector")).toBeTruthy();
    expect(within(card).getByText("Industry outlook")).toBeTruthy();
    expect(await listWrites()).toHaveLength(1);
  });

  it("shows students and read-only advisors the library without editing", async () => {
    const user = userEvent.setup();
    for (const upn of [STUDENT, READONLY_ADVISOR]) {
      renderWithSandbox(<AdvisorView />, sandbox, { upn, sharePoint: WITH_RESOURCES });
      await user.click(await screen.findByRole("tab", { name: "Resource library" }));
      expect(await screen.findByRole("link", { name: "Law school admissions guide" })).toBeTruthy();
      expect(screen.queryByRole("button", { name: "Add resource" })).toBeNull();
      expect(screen.queryByRole("button", { name: /^Edit /u })).toBeNull();
      expect(screen.queryByRole("button", { name: /^Remove /u })).toBeNull();
      cleanup();
    }
  });

  it("hides the library's tab where the deployment has no Resources list", async () => {
    renderWithSandbox(<AdvisorView />, sandbox, { upn: STUDENT, sharePoint: CAREER_CENTRE });
    expect(await screen.findByRole("heading", { name: /volunteer/iu })).toBeTruthy();
    expect(screen.queryByRole("tab", { name: "Resource library" })).toBeNull();
  });

  it("suggests a new resource for a contact in that industry, and keeps the student's read mark", async () => {
    // An advisor adds a resource about Morgan's field (Education, from the volunteer list).
    const advisor = sandbox.appClient(ADVISOR);
    await advisor.call({
      method: "POST",
      path: `/sites/${CAREER_CENTRE.siteId}/lists/list-resources/items`,
      body: {
        fields: {
          Title: "Careers in higher education research",
          Link: "https://example.org/higher-ed",
          Kind: "directory",
          Industries: "Education",
          Organisation: "",
          Language: "both",
        },
      },
    });
    const student = sandbox.appClient(STUDENT);
    const added = await addInterview(student, morganInterview(), { locale: "en", now: new Date() });
    if (!added.ok) throw new Error("add failed");
    const contactId = added.interview.record.contactId;

    const user = userEvent.setup();
    renderWithSandbox(<ResearchSection contactId={contactId} debounceMs={50} />, sandbox, {
      sharePoint: WITH_RESOURCES,
    });
    const region = await screen.findByRole("region", { name: "Resources for this organisation" });
    const link = await within(region).findByRole("link", {
      name: /Careers in higher education research/u,
    });
    expect(link.getAttribute("target")).toBe("_blank");
    expect(link.getAttribute("rel")).toBe("noopener noreferrer");
    expect(within(region).getByText("About this field")).toBeTruthy();
    // The law guide is about another field: not suggested for Morgan.
    expect(within(region).queryByText(/Law school/u)).toBeNull();
    expect(within(region).getByText("0 of 1 read")).toBeTruthy();

    await user.click(
      within(region).getByRole("checkbox", { name: "Read: Careers in higher education research" }),
    );
    expect(await within(region).findByText("1 of 1 read")).toBeTruthy();
    await waitFor(async () => {
      const record = decodeInterviewExtension(await readContactRecord(student, contactId));
      expect(record.resourcesRead).toHaveLength(1);
    });
    // Unmarking takes the mark out of the record again.
    await user.click(
      within(region).getByRole("checkbox", { name: "Read: Careers in higher education research" }),
    );
    expect(await within(region).findByText("0 of 1 read")).toBeTruthy();
    await waitFor(async () => {
      const record = decodeInterviewExtension(await readContactRecord(student, contactId));
      expect(record.resourcesRead ?? []).toEqual([]);
    });
    // The mark lives in the student's own mailbox: the advisor's has no such contact or record.
    await expect(readContactRecord(advisor, contactId)).resolves.toBeNull();
  });
});
