// "What I've learned" against a real sandbox: takeaways from two booked interviews gathered by
// theme with who said them and when, their Markdown export, the empty state and a failed read.
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import LearnedView from "../../src/ui/learned/LearnedView";
import { interviewWithTakeaways, MORGAN_TAKEAWAY_SOURCE } from "../support/interviews";
import { renderWithSandbox } from "../support/renderApp";
import { useSandbox } from "../support/sandbox";

vi.setConfig({ testTimeout: 30_000 });
const sandbox = useSandbox();

let saved: Blob[] = [];
beforeEach(() => {
  saved = [];
  // jsdom has no object URLs: keep what the view offers for download.
  URL.createObjectURL = (blob: Blob | MediaSource) => {
    saved.push(blob as Blob);
    return "blob:learned";
  };
  URL.revokeObjectURL = () => {};
  vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(() => {});
});
afterEach(() => vi.restoreAllMocks());

describe("What I've learned", () => {
  it("gathers both conversations' answers by theme, names who said each and when, and exports them", async () => {
    const graph = sandbox.appClient();
    await interviewWithTakeaways(
      graph,
      MORGAN_TAKEAWAY_SOURCE,
      "2026-11-20T15:00:00.000Z",
      [
        { id: "bank:path-02", text: "What steps brought you here?", answer: "A co-op term." },
        { id: "bank:skills-01", text: "Which skills matter most?", answer: "Statistics." },
        { id: "own-1", text: "Do you like the fieldwork?", answer: "Loves the *June* survey." },
      ],
      "Ask about the summer programme.",
    );
    await interviewWithTakeaways(
      graph,
      {
        name: "Jordan Lee",
        email: "jordan.lee@elsewhere.example",
        jobTitle: "Hydrologist",
        company: "Elsewhere Water",
      },
      "2026-11-02T18:00:00.000Z",
      [
        { id: "bank:path-02", text: "How did you become a hydrologist?", answer: "A master's." },
        { id: "bank:day-01", text: "What is a typical week like?" },
      ],
    );
    const user = userEvent.setup();
    const { log } = renderWithSandbox(<LearnedView />, sandbox, { route: { view: "learned" } });

    expect(screen.getByRole("heading", { name: "What I've learned", level: 2 })).toBeTruthy();
    const path = await screen.findByRole("region", { name: /The path into the role/ });
    const pathItems = within(path)
      .getAllByRole("listitem")
      .map((li) => li.textContent);
    // The same bank question from both people, the earlier conversation first.
    expect(pathItems).toHaveLength(2);
    expect(pathItems[0]).toContain("How did you become a hydrologist?");
    expect(pathItems[0]).toContain("A master's.");
    expect(pathItems[0]).toMatch(/Jordan Lee, Hydrologist, Elsewhere Water · November 2, 2026/);
    expect(pathItems[1]).toContain("A co-op term.");
    expect(pathItems[1]).toMatch(/Morgan Diaz, Research Scientist, Northfield · November 20, 2026/);
    expect(within(path).getByText("2 answers")).toBeTruthy();
    const skills = screen.getByRole("region", { name: /Skills and education/ });
    expect(within(skills).getByText("Statistics.")).toBeTruthy();
    const own = screen.getByRole("region", { name: /My own questions/ });
    expect(within(own).getByText("Loves the *June* survey.")).toBeTruthy();
    // A question without an answer is not a takeaway: no "A typical day" section.
    expect(screen.queryByRole("region", { name: /A typical day/ })).toBeNull();
    const notes = screen.getByRole("region", { name: "General notes" });
    expect(within(notes).getByText("Ask about the summer programme.")).toBeTruthy();
    expect(screen.getByText("2 conversations so far")).toBeTruthy();
    // Both events are read in one round trip (a $batch), never one request per meeting.
    // After My interviews (folder, contacts), both events are read in one $batch round trip, never
    // one request per meeting; nothing is written.
    expect(log.filter((line) => !line.includes("/contactFolders"))).toEqual(["POST /v1.0/$batch"]);

    await user.click(screen.getByRole("button", { name: "Export as Markdown" }));
    expect(
      await screen.findByText("Saved as what-i-have-learned.md in your downloads."),
    ).toBeTruthy();
    expect(saved).toHaveLength(1);
    const markdown = await saved[0]!.text();
    expect(markdown).toMatch(/^# What I've learned\n/);
    expect(markdown.indexOf("## The path into the role")).toBeLessThan(
      markdown.indexOf("## Skills and education"),
    );
    expect(markdown).toContain("Loves the \\*June\\* survey.");
    expect(markdown).toContain("## General notes");
  });

  it("says in French what to do when no conversation has takeaways yet, and leads to My interviews", async () => {
    const graph = sandbox.appClient();
    await interviewWithTakeaways(graph, MORGAN_TAKEAWAY_SOURCE, "2026-11-20T15:00:00.000Z", [
      { id: "bank:path-02", text: "Quelles étapes vous ont mené ici ?" },
    ]);
    const user = userEvent.setup();
    const { route } = renderWithSandbox(<LearnedView />, sandbox, {
      locale: "fr-CA",
      route: { view: "learned" },
    });
    expect(screen.getByRole("heading", { name: "Ce que j'ai appris" })).toBeTruthy();
    expect(await screen.findByText(/Rien ici pour l'instant/)).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Exporter en Markdown" })).toBeNull();
    await user.click(screen.getByRole("button", { name: "Aller à Mes entrevues" }));
    expect(route()).toEqual({ view: "pipeline" });
  });

  it("explains a failed read and reads again on Try again", async () => {
    const graph = sandbox.appClient();
    await interviewWithTakeaways(graph, MORGAN_TAKEAWAY_SOURCE, "2026-11-20T15:00:00.000Z", [
      { id: "bank:skills-01", text: "Which skills matter most?", answer: "Statistics." },
    ]);
    let failing = true;
    const user = userEvent.setup();
    renderWithSandbox(<LearnedView />, sandbox, {
      route: { view: "learned" },
      wrap: (inner) => async (request) => {
        const body = request.method === "GET" ? "" : await request.clone().text();
        const sent = `${decodeURIComponent(request.url)} ${body}`;
        if (failing && sent.includes("/me/events/")) {
          return Response.json(
            { error: { code: "ErrorAccessDenied", message: "Access is denied." } },
            { status: 403 },
          );
        }
        return inner(request);
      },
    });
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).not.toBe("");
    failing = false;
    await user.click(within(alert).getByRole("button", { name: "Try again" }));
    const skills = await screen.findByRole("region", { name: /Skills and education/ });
    expect(within(skills).getByText("Statistics.")).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole("alert")).toBeNull());
  });
});
