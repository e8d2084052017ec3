// Finding contacts in the view: type-ahead states against the sandbox, and stale answers never
// shown over newer ones.
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { FindView } from "../../src/ui/find/FindView";
import { useSandbox } from "../support/sandbox";
import { findTenant } from "../support/tenants";
import { renderWithSandbox } from "../support/renderApp";

// Typing through Fluent's inputs in jsdom is slow on a cold start; the assertions are not.
vi.setConfig({ testTimeout: 20_000 });

const sandbox = useSandbox({ tenant: findTenant });

/** The directory searches Graph received, alone or as $batch items, as `path?query` lines. */
async function directorySearches(): Promise<string[]> {
  return (await sandbox.requests())
    .flatMap((r) => r.batch ?? [r])
    .map((r) => ({ ...r, query: typeof r.query === "object" ? r.query : {} }))
    .filter((r) => r.method === "GET" && r.path === "/v1.0/users" && r.query.$search)
    .map((r) => `${r.path}?${new URLSearchParams(r.query).toString()}`);
}

describe("FindView", () => {
  it("searches once per settled query and lists the people found by name", async () => {
    const user = userEvent.setup();
    renderWithSandbox(<FindView debounceMs={150} />, sandbox);
    const box = screen.getByRole("searchbox", { name: "Search people" });
    await user.type(box, "samir");
    const results = await screen.findByRole("list", { name: "People found" });
    expect(within(results).getByRole("button", { name: /Samir Hamdan/ })).toBeTruthy();
    expect(screen.getByRole("status").textContent).toMatch(/found/);
    // Five keystrokes, one directory search: the debounce waits for the user to pause.
    const searches = await directorySearches();
    expect(searches).toHaveLength(1);
    expect(searches[0]).toContain("samir");
  });

  it("says so when nobody matches", async () => {
    const user = userEvent.setup();
    renderWithSandbox(<FindView debounceMs={50} />, sandbox);
    await user.type(screen.getByRole("searchbox", { name: "Search people" }), "zzqxv");
    expect(await screen.findByText(/No one matches “zzqxv”/)).toBeTruthy();
  });

  it("shows 'Searching…' while the directory is slow", async () => {
    await sandbox.faults([{ method: "GET", path: "^/v1.0/users$", delayMs: 800, times: 5 }]);
    const user = userEvent.setup();
    renderWithSandbox(<FindView debounceMs={400} />, sandbox);
    await user.type(screen.getByRole("searchbox", { name: "Search people" }), "samir");
    expect(await screen.findByText("Searching…")).toBeTruthy();
    await screen.findByRole("button", { name: /Samir Hamdan/ }, { timeout: 5000 });
    await waitFor(() => expect(screen.queryByText("Searching…")).toBeNull());
  });

  it("explains a refused directory read and how to get permission", async () => {
    await sandbox.faults([{ method: "GET", path: "^/v1.0/users$", status: 403, times: 2 }]);
    const user = userEvent.setup();
    renderWithSandbox(<FindView debounceMs={400} />, sandbox);
    await user.type(screen.getByRole("searchbox", { name: "Search people" }), "samir");
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toMatch(/permission/);
    expect(alert.textContent).toMatch(/administrator/);
  });

  it("says the user is offline when the network is down, and searches again when asked", async () => {
    await sandbox.faults([{ method: "GET", path: "^/v1.0/users$", status: 0, times: 1 }]);
    const user = userEvent.setup();
    renderWithSandbox(<FindView debounceMs={400} />, sandbox);
    await user.type(screen.getByRole("searchbox", { name: "Search people" }), "samir");
    expect((await screen.findByRole("alert")).textContent).toMatch(/offline/);
    window.dispatchEvent(new Event("online"));
    await screen.findByRole("button", { name: /Samir Hamdan/ });
  });

  it("looks again on its own when the connection dropped while the browser says it is online", async () => {
    await sandbox.faults([{ method: "GET", path: "^/v1.0/users$", status: 0, times: 1 }]);
    const user = userEvent.setup();
    renderWithSandbox(<FindView debounceMs={400} />, sandbox);
    await user.type(screen.getByRole("searchbox", { name: "Search people" }), "samir");
    expect((await screen.findByRole("alert")).textContent).toMatch(/offline/);
    // No online event and no click: the next look, 2 s later, finds her.
    await screen.findByRole("button", { name: /Samir Hamdan/ }, { timeout: 6000 });
  });

  it("searches again on its own once a busy Microsoft 365 answers again", async () => {
    await sandbox.faults([{ method: "GET", path: "^/v1.0/users$", status: 503, times: 2 }]);
    const user = userEvent.setup();
    renderWithSandbox(<FindView debounceMs={400} />, sandbox);
    await user.type(screen.getByRole("searchbox", { name: "Search people" }), "samir");
    expect((await screen.findByRole("alert", {}, { timeout: 6000 })).textContent).toMatch(/busy/);
    await screen.findByRole("button", { name: /Samir Hamdan/ }, { timeout: 10_000 });
  });

  it("never shows an older, slower answer over a newer one", async () => {
    // Requests go out as typed; the first answer is held back until after the second arrived,
    // and the abort signal is ignored, as a server or proxy may do.
    const held: { release: () => void }[] = [];
    const user = userEvent.setup();
    renderWithSandbox(<FindView debounceMs={10} />, sandbox, {
      wrap: (inner) => async (request) => {
        // The search travels alone or in a $batch with the people search: its body says which.
        const body = request.method === "GET" ? "" : await request.clone().text();
        const unsignalled = new Request(request.url, {
          method: request.method,
          headers: request.headers,
          ...(body ? { body } : {}),
        });
        const answer = await inner(unsignalled);
        const sent = `${decodeURIComponent(request.url)} ${body}`;
        if (sent.includes("$search") && sent.includes("ahmed") && held.length === 0) {
          await new Promise<void>((release) => held.push({ release }));
        }
        return answer;
      },
    });
    const box = screen.getByRole("searchbox", { name: "Search people" });
    await user.type(box, "ahmed");
    await waitFor(() => expect(held).toHaveLength(1));
    await user.clear(box);
    await user.type(box, "samir");
    await screen.findByRole("button", { name: /Samir Hamdan/ });
    held[0]!.release();
    await new Promise((r) => setTimeout(r, 100));
    expect(screen.queryByRole("button", { name: /Ahmed/ })).toBeNull();
    expect(screen.getByRole("button", { name: /Samir Hamdan/ })).toBeTruthy();
    expect((await directorySearches()).some((l) => l.includes("ahmed"))).toBe(true);
  });

  it("marks career centre volunteers, also people from outside the directory", async () => {
    const user = userEvent.setup();
    renderWithSandbox(<FindView debounceMs={50} />, sandbox, {
      // No booking log here: nobody is shown as full rather than guessed.
      sharePoint: {
        siteId: "site-career",
        advisorsGroupId: "none",
        lists: {
          volunteers: "list-volunteers",
          volunteerNotes: "none",
          questions: "none",
          bookings: "none",
        },
      },
    });
    await user.type(screen.getByRole("searchbox", { name: "Search people" }), "rae");
    const rae = await screen.findByRole("button", { name: /Rae Quinn/ });
    expect(rae.textContent).toMatch(/Career centre volunteer/);
    expect(rae.textContent).not.toMatch(/Fully booked/);
  });

  it("opens a card with Enter and shows a name with markup as text", async () => {
    const user = userEvent.setup();
    renderWithSandbox(<FindView debounceMs={20} />, sandbox);
    const box = screen.getByRole("searchbox", { name: "Search people" });
    await user.type(box, "Sam Lee");
    const result = await screen.findByRole("button", { name: /<b>Sam<\/b> Lee & "Co"/ });
    expect(result.querySelector("b")).toBeNull();
    result.focus();
    await user.keyboard("{Enter}");
    const heading = await screen.findByRole("heading", { name: '<b>Sam</b> Lee & "Co"' });
    expect(heading.querySelector("b")).toBeNull();
    // The card is its own chunk: its add button follows the heading, once the store has answered.
    expect(await screen.findByRole("button", { name: "Add to my interviews" })).toBeTruthy();
  });
});
