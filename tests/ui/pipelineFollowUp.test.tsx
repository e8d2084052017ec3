// My interviews with calls and keep-in-touch notes: a called contact says so and waits for a
// booking; an overdue keep-in-touch note comes first and opens the meeting section to draft it.
import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import type { TenantContact } from "../../sandbox/tenant";
import { INTERVIEW_FOLDER_NAME } from "../../src/graph/contacts";
import { EXTENSION_NAME } from "../../src/graph/extensions";
import { PipelineView } from "../../src/ui/pipeline/PipelineView";
import { STUDENT } from "../support/people";
import { renderWithSandbox } from "../support/renderApp";
import { useSandbox } from "../support/sandbox";
import { findTenant } from "../support/tenants";

vi.setConfig({ testTimeout: 30_000 });

const DAY = 24 * 3600 * 1000;
const ago = (days: number) => new Date(Date.now() - days * DAY).toISOString();

function contact(name: string, fields: Record<string, unknown>): TenantContact {
  return {
    displayName: name,
    givenName: name.split(" ")[0] ?? name,
    surname: name.split(" ")[1] ?? "",
    emailAddresses: [{ address: `${name.split(" ")[0]?.toLowerCase()}@elsewhere.example` }],
    personalNotes: "",
    folder: INTERVIEW_FOLDER_NAME,
    extensions: [
      {
        extensionName: EXTENSION_NAME,
        kind: "interview",
        version: 1,
        source: "manual",
        questions: "[]",
        events: "[]",
        updatedAt: ago(1),
        ...fields,
      },
    ],
  };
}

function tenant() {
  const t = findTenant();
  t.contacts = {
    [STUDENT]: [
      contact("Cam Called", { stage: "questionsReady", stageChangedAt: ago(10), calledAt: ago(2) }),
      contact("Kit Keeper", {
        stage: "thanked",
        stageChangedAt: ago(120),
        thankYou: JSON.stringify({ sentAt: ago(120) }),
      }),
      contact("Oda Off", {
        stage: "thanked",
        stageChangedAt: ago(120),
        thankYou: JSON.stringify({ sentAt: ago(120) }),
        keepInTouch: JSON.stringify({ months: 0 }),
      }),
    ],
  };
  return t;
}

const sandbox = useSandbox({ tenant });

describe("My interviews after calls and thank-yous", () => {
  it("shows the call, puts the overdue keep-in-touch note first and opens it where it is drafted", async () => {
    const user = userEvent.setup();
    const { route } = renderWithSandbox(<PipelineView />, sandbox, { route: { view: "pipeline" } });
    const list = await screen.findByRole("list", { name: "Interviews" }, { timeout: 15_000 });
    const rows = [...list.querySelectorAll<HTMLButtonElement>(":scope > li > button")];
    expect(
      rows.map((r) => r.textContent?.split(/Requested|Thanked|Keeping in touch|Questions/u)[0]),
    ).toEqual(["Kit Keeper", "Cam Called", "Oda Off"]);
    // An active reminder is the pipeline's last stage, "Keeping in touch"; one turned off is not.
    expect(rows[0]!.textContent).toMatch(/Keeping in touch/u);
    expect(rows[2]!.textContent).toMatch(/Thanked/u);
    expect(rows[0]!.textContent).toMatch(/Keep in touch: tell them what came of their advice/u);
    expect(rows[0]!.textContent).toMatch(/Overdue/u);
    // The call counts as the request: book next, and the row says when the call was.
    expect(rows[1]!.textContent).toMatch(/Book a time/u);
    expect(rows[1]!.textContent).toMatch(/Called /u);
    // The reminder turned off: nothing left to do.
    expect(rows[2]!.textContent).toMatch(/Done/u);

    await user.click(rows[0]!);
    expect(route()).toMatchObject({ view: "interview", section: "meeting" });
  });
});
