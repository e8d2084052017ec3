// Sharing takeaway counts, as a student and an advisor see it against the sandbox: off until the
// student turns it on, exactly the numbers shown are what the centre gets, kept current and removed
// when turned off; the advisors' load view sums them only once three students share.
import { cleanup, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import AdvisorView from "../../src/ui/advisor/AdvisorView";
import LearnedView from "../../src/ui/learned/LearnedView";
import { interviewWithTakeaways, MORGAN_TAKEAWAY_SOURCE } from "../support/interviews";
import { ADVISOR, OTHER_STUDENT } from "../support/people";
import { renderWithSandbox } from "../support/renderApp";
import { useSandbox } from "../support/sandbox";
import { advisorTenant, WITH_COUNTS, withTakeawayCounts } from "../support/tenants";

vi.setConfig({ testTimeout: 30_000 });

const sandbox = useSandbox({
  tenant: () =>
    withTakeawayCounts(advisorTenant(new Date()), [
      {
        authorId: "u-sam",
        authorUpn: OTHER_STUDENT,
        key: "sam-key",
        fields: { Path: 4, Skills: 2, Conversations: 2 },
      },
      {
        authorId: "u-x",
        authorUpn: "x@northfield.example",
        key: "x-key",
        fields: { Path: 1, Advice: 3, Conversations: 1 },
      },
    ]),
});

const countRows = async () =>
  (
    await sandbox.graphJson<{ value: { fields: Record<string, unknown> }[] }>(
      `/sites/${WITH_COUNTS.siteId}/lists/list-counts/items?$expand=fields`,
      { as: ADVISOR },
    )
  ).body.value.map((item) => item.fields);

describe("sharing takeaway counts", () => {
  it("shares nothing until the student turns it on, then exactly the numbers shown, and removes them when off", async () => {
    const graph = sandbox.appClient();
    await interviewWithTakeaways(graph, MORGAN_TAKEAWAY_SOURCE, "2026-11-20T15:00:00.000Z", [
      { id: "bank:path-02", text: "What steps brought you here?", answer: "A co-op term." },
      { id: "own-1", text: "Do you like fieldwork?", answer: "Loves the June survey." },
    ]);
    const user = userEvent.setup();
    renderWithSandbox(<LearnedView />, sandbox, {
      sharePoint: WITH_COUNTS,
      route: { view: "learned" },
    });
    const section = await screen.findByRole("region", {
      name: "Share counts with your career centre",
    });
    const toggle = await within(section).findByRole("switch", {
      name: "Share my counts with the career centre",
    });
    expect((toggle as HTMLInputElement).checked).toBe(false);
    expect(within(section).getByText(/Not shared/u)).toBeTruthy();
    expect(screen.getByText(/sent nowhere/u)).toBeTruthy();
    expect(await countRows()).toHaveLength(2);

    await user.click(toggle);
    const table = await within(section).findByRole("table", {
      name: "What the career centre has",
    });
    const cell = (row: string) =>
      within(within(table).getByRole("row", { name: new RegExp(`^${row}`, "u") })).getByRole("cell")
        .textContent;
    expect(cell("Conversations")).toBe("1");
    expect(cell("The path into the role")).toBe("1");
    expect(cell("My own questions")).toBe("1");
    expect(cell("Advice")).toBe("0");
    expect(screen.getByText(/Only you see your words/u)).toBeTruthy();
    const rows = await countRows();
    expect(rows).toHaveLength(3);
    const mine = rows.find((r) => r.StudentKey !== "sam-key" && r.StudentKey !== "x-key")!;
    // Nothing the student wrote, nor whom they met, is in the row.
    expect(JSON.stringify(mine)).not.toMatch(/co-op|June|Morgan|fieldwork/u);
    expect(mine.Path).toBe(1);

    await user.click(within(section).getByRole("switch"));
    await waitFor(() =>
      expect(within(section).getByRole("switch")).toHaveProperty("checked", false),
    );
    expect(await countRows()).toHaveLength(2);
  });

  it("offers no sharing while there is nothing to count", async () => {
    const graph = sandbox.appClient();
    await interviewWithTakeaways(graph, MORGAN_TAKEAWAY_SOURCE, "2026-11-20T15:00:00.000Z", [
      { id: "bank:path-02", text: "What steps brought you here?" },
    ]);
    renderWithSandbox(<LearnedView />, sandbox, {
      sharePoint: WITH_COUNTS,
      route: { view: "learned" },
    });
    expect(await screen.findByText(/Nothing here yet/u)).toBeTruthy();
    expect(
      screen.queryByRole("region", { name: "Share counts with your career centre" }),
    ).toBeNull();
    expect(screen.queryByRole("switch")).toBeNull();
  });

  it("brings a shared row up to date when the takeaways changed since", async () => {
    const graph = sandbox.appClient();
    await interviewWithTakeaways(graph, MORGAN_TAKEAWAY_SOURCE, "2026-11-20T15:00:00.000Z", [
      { id: "bank:path-02", text: "What steps brought you here?", answer: "A co-op term." },
      { id: "bank:skills-01", text: "Which skills matter most?", answer: "Statistics." },
    ]);
    const user = userEvent.setup();
    renderWithSandbox(<LearnedView />, sandbox, {
      sharePoint: WITH_COUNTS,
      route: { view: "learned" },
    });
    await user.click(
      await screen.findByRole("switch", { name: "Share my counts with the career centre" }),
    );
    await screen.findByRole("table", { name: "What the career centre has" });
    cleanup();
    // A second conversation with a takeaway, then the view opens again.
    await interviewWithTakeaways(
      graph,
      { ...MORGAN_TAKEAWAY_SOURCE, name: "Jordan Lee", email: "jordan.lee@elsewhere.example" },
      "2026-11-25T15:00:00.000Z",
      [{ id: "bank:path-02", text: "How did you start?", answer: "Volunteering." }],
    );
    renderWithSandbox(<LearnedView />, sandbox, {
      sharePoint: WITH_COUNTS,
      route: { view: "learned" },
    });
    await waitFor(async () => {
      const mine = (await countRows()).find(
        (r) => r.StudentKey !== "sam-key" && r.StudentKey !== "x-key",
      );
      expect(mine?.Path).toBe(2);
      expect(mine?.Conversations).toBe(2);
    });
  });

  it("shows advisors totals by theme only once three students share, asking for numbers only", async () => {
    const user = userEvent.setup();
    const { log } = renderWithSandbox(<AdvisorView />, sandbox, {
      upn: ADVISOR,
      sharePoint: WITH_COUNTS,
    });
    await user.click(await screen.findByRole("tab", { name: "Load and outcomes" }));
    expect(
      await screen.findByText(/Totals appear once at least 3 students share.*\(now 2\)/u),
    ).toBeTruthy();
    // A third student shares.
    await sandbox.graph(`/sites/${WITH_COUNTS.siteId}/lists/list-counts/items`, {
      method: "POST",
      body: { fields: { Title: "Takeaway counts", StudentKey: "k3", Path: 2, Conversations: 1 } },
      as: "avery.chen@northfield.example",
    });
    await user.click(screen.getByRole("tab", { name: "Volunteer list" }));
    await user.click(screen.getByRole("tab", { name: "Load and outcomes" }));
    const table = await screen.findByRole("table", { name: "Takeaways by theme, as a table" });
    const path = within(table).getByRole("row", { name: /The path into the role/u });
    expect(within(path).getByRole("cell").textContent).toBe("7");
    expect(screen.getByText(/Students sharing: 3\. Conversations: 4\./u)).toBeTruthy();
    const reads = log.filter((line) => line.includes("list-counts"));
    expect(reads.length).toBeGreaterThan(0);
    for (const line of reads)
      expect(decodeURIComponent(line)).not.toMatch(/StudentKey|CountedAt|createdBy/u);
  });
});
