// The pipeline view: 500 interviews from the sandbox, sorted by what needs doing, each opening its
// interview.
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { STAGES } from "../../src/domain/interview";
import { EXTENSION_NAME } from "../../src/graph/extensions";
import { INTERVIEW_FOLDER_NAME } from "../../src/graph/contacts";
import { PipelineView } from "../../src/ui/pipeline/PipelineView";
import type { TenantContact } from "../../sandbox/tenant";
import { useSandbox } from "../support/sandbox";
import { findTenant } from "../support/tenants";
import { STUDENT } from "../support/people";
import { renderWithSandbox } from "../support/renderApp";

vi.setConfig({ testTimeout: 30_000 });

const NOW = Date.now();
const HOUR = 3600 * 1000;
const DAY = 24 * HOUR;

function interview(n: number): TenantContact {
  const stage = STAGES[n % STAGES.length]!;
  // The first ten requests are three weeks old: their follow-ups are overdue and must come first.
  // Everything else moved an hour ago, so nothing else is late.
  const changed = stage === "requested" && n < 70 ? NOW - 21 * DAY : NOW - HOUR;
  return {
    displayName: `Person ${String(n).padStart(3, "0")}`,
    givenName: "Person",
    surname: String(n),
    emailAddresses: [{ address: `person${n}@elsewhere.example` }],
    companyName: "Elsewhere Inc.",
    personalNotes: "",
    folder: INTERVIEW_FOLDER_NAME,
    extensions: [
      {
        extensionName: EXTENSION_NAME,
        kind: "interview",
        version: 1,
        stage,
        source: "manual",
        stageChangedAt: new Date(changed).toISOString(),
        questions: "[]",
        events: "[]",
        updatedAt: new Date(changed).toISOString(),
      },
    ],
  };
}

/** The find tenant with 500 interviews in the student's folder. */
function pipelineTenant() {
  const tenant = findTenant();
  tenant.contacts = { [STUDENT]: Array.from({ length: 500 }, (_, n) => interview(n)) };
  return tenant;
}

const sandbox = useSandbox({ tenant: pipelineTenant, reset: false });

describe("PipelineView", () => {
  it("lists 500 interviews with stage and next step, overdue first, a page at a time", async () => {
    const user = userEvent.setup();
    const { route } = renderWithSandbox(<PipelineView />, sandbox, { route: { view: "pipeline" } });
    const list = await screen.findByRole("list", { name: "Interviews" }, { timeout: 15_000 });
    // Plain DOM reads here: role queries over hundreds of rows are slow in jsdom.
    const rowsNow = () => [...list.querySelectorAll<HTMLButtonElement>(":scope > li > button")];
    expect(rowsNow()).toHaveLength(100);
    expect(screen.getByText("500 interviews")).toBeTruthy();
    // The ten overdue follow-ups lead the list.
    expect(rowsNow()[0]!.textContent).toMatch(/Follow up on your request/);
    expect(rowsNow()[0]!.textContent).toMatch(/Overdue/);
    expect(within(list).getAllByText("Overdue")).toHaveLength(10);

    // "Show more" reveals the next page and puts focus on its first row.
    await user.click(screen.getByRole("button", { name: "Show 100 more (400 not shown)" }));
    expect(rowsNow()).toHaveLength(200);
    expect(document.activeElement).toBe(rowsNow()[100]);
    // Sorting starts again from the first page, in the new order.
    await user.selectOptions(screen.getByRole("combobox", { name: "Sort by" }), "name");
    const byName = rowsNow();
    expect(byName).toHaveLength(100);
    expect(byName[0]!.textContent).toMatch(/^Person 000/);

    await user.click(byName[1]!);
    expect(route()).toMatchObject({ view: "interview", section: "research" });
  });
});
