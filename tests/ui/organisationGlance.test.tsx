// The organisation at a glance in the research step: shown for a directory contact (line, team
// size, titles, in English and French), absent for a contact added by hand.
import { screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { addInterview, type NewInterview } from "../../src/app/interviews/interviews";
import { ResearchSection } from "../../src/ui/research/ResearchSection";
import { morganInterview } from "../support/people";
import { renderWithSandbox } from "../support/renderApp";
import { useSandbox } from "../support/sandbox";
import { findTenant } from "../support/tenants";

vi.setConfig({ testTimeout: 20_000 });

const sandbox = useSandbox({ tenant: findTenant });

async function add(person: NewInterview): Promise<string> {
  const added = await addInterview(sandbox.appClient(), person, { locale: "en", now: new Date() });
  if (!added.ok) throw new Error("add failed");
  return added.interview.record.contactId;
}

describe("The organisation at a glance", () => {
  it("shows Morgan's department, reporting line, team and the department's titles", async () => {
    const id = await add(morganInterview({ directoryId: "u-pro", department: "Biology" }));
    renderWithSandbox(<ResearchSection contactId={id} />, sandbox);
    const region = await screen.findByRole("region", { name: "The organisation at a glance" });
    const line = await within(region).findByRole("list", {
      name: "Reporting line from Morgan Diaz to the top",
    });
    expect(
      within(line)
        .getAllByRole("listitem")
        .map((li) => li.textContent),
    ).toEqual(["Lee Park, Chair", "Sam Okafor, Dean of Science"]);
    expect(within(region).getByText("Morgan Diaz manages 2 people directly.")).toBeTruthy();
    expect(within(region).getByText("Northfield University")).toBeTruthy();
    const titles = within(region).getByRole("list", {
      name: "Job titles in Biology, most common first",
    });
    expect(
      within(titles)
        .getAllByRole("listitem")
        .map((li) => li.textContent),
    ).toEqual([
      "Chair1 person",
      "Lab Technician1 person",
      "Research Assistant1 person",
      "Research Scientist1 person",
    ]);
    expect(within(region).getByText("4 people work in this department.")).toBeTruthy();
  });

  it("speaks Canadian French and counts a report's team by their manager", async () => {
    const id = await add(morganInterview({ displayName: "Jo Smith", directoryId: "u-r1" }));
    renderWithSandbox(<ResearchSection contactId={id} />, sandbox, { locale: "fr-CA" });
    const region = await screen.findByRole("region", { name: "L'organisation en un coup d'œil" });
    expect(
      await within(region).findByText(
        "2 personnes relèvent de Morgan Diaz, gestionnaire de Jo Smith (y compris Jo Smith).",
      ),
    ).toBeTruthy();
    const line = within(region).getByRole("list", {
      name: "Liens hiérarchiques de Jo Smith jusqu'au sommet",
    });
    expect(within(line).getAllByRole("listitem")).toHaveLength(3);
  });

  it("does not appear for a contact added by hand", async () => {
    const id = await add({ displayName: "Rae Quinn", email: "rae@example.org", source: "manual" });
    renderWithSandbox(<ResearchSection contactId={id} />, sandbox);
    const box = await screen.findByRole("textbox", { name: "Research notes" });
    // The interview has loaded (the notes box is enabled), so its record was read: no directory id.
    await waitFor(() => expect((box as HTMLTextAreaElement).disabled).toBe(false));
    expect(screen.queryByRole("region", { name: "The organisation at a glance" })).toBeNull();
    const sent = JSON.stringify(await sandbox.requests());
    expect(sent).not.toMatch(/directReports|levels/u);
  });
});
