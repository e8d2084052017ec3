// The advisors' tab against the sandbox: add by hand, edit conflicts with both versions, refused
// imports, read-only students, full volunteers, the question bank.
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { draftOf } from "../../src/domain/volunteers/record";
import { readNotes, readVolunteers, saveVolunteer } from "../../src/app/advisor/volunteerList";
import AdvisorView from "../../src/ui/advisor/AdvisorView";
import { useSandbox } from "../support/sandbox";
import { advisorTenant, CAREER_CENTRE } from "../support/tenants";
import { ADVISOR } from "../support/people";
import { renderWithSandbox } from "../support/renderApp";

vi.setConfig({ testTimeout: 20_000 });

const sandbox = useSandbox({ tenant: () => advisorTenant(new Date()) });

function renderAs(upn = ADVISOR) {
  return renderWithSandbox(<AdvisorView />, sandbox, { upn, sharePoint: CAREER_CENTRE });
}

/** Writes to the lists (getSchedule is a POST that only reads the advisor's working hours). */
// Reads started together travel as one $batch POST: count the requests inside it instead.
const listWrites = async () =>
  (await sandbox.requests())
    .flatMap((r) => (r.path.endsWith("/$batch") ? (r.batch ?? []) : [r]))
    .filter(
      (r) =>
        (r.method === "POST" && !r.path.endsWith("/getSchedule")) ||
        (r.method === "PATCH" && r.status < 400),
    );

describe("AdvisorView, volunteers", () => {
  it("adds a volunteer by hand after naming what is wrong with the form", async () => {
    const user = userEvent.setup();
    renderAs();
    await user.click(await screen.findByRole("button", { name: "Add volunteer" }));
    await user.click(screen.getByLabelText("Name"));
    await user.paste("Grace Lam");
    await user.click(screen.getByLabelText("Email"));
    await user.paste("grace.lam@pha");
    await user.type(screen.getByLabelText("Monthly capacity"), "2");
    await user.click(screen.getByRole("button", { name: "Save volunteer" }));
    expect(await screen.findByText(/Enter a valid email address/u)).toBeTruthy();
    expect(await listWrites()).toEqual([]);

    await user.type(screen.getByLabelText("Email"), ".example");
    await user.click(screen.getByLabelText("Organisation"));
    await user.paste("Public Health Agency");
    await user.click(screen.getByRole("button", { name: "Save volunteer" }));
    expect(await screen.findByText("Grace Lam is saved.")).toBeTruthy();
    const card = screen.getByRole("listitem", { name: "Grace Lam" });
    expect(within(card).getByText("0 of 2 conversations this month")).toBeTruthy();
    expect(within(card).getByText("grace.lam@pha.example")).toBeTruthy();
  });

  it("adds a volunteer picked from the directory, linked to their directory entry", async () => {
    const user = userEvent.setup();
    const { graph } = renderAs();
    await user.click(await screen.findByRole("button", { name: "Add volunteer" }));
    await user.type(screen.getByRole("searchbox", { name: "Find in directory" }), "Lee");
    await user.click(await screen.findByRole("button", { name: "Use Lee Park, Chair" }));
    expect((screen.getByLabelText("Name") as HTMLInputElement).value).toBe("Lee Park");
    expect((screen.getByLabelText("Email") as HTMLInputElement).value).toBe(
      "lee.park@northfield.example",
    );
    expect(screen.getByText("Linked to the directory entry of Lee Park.")).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Save volunteer" }));
    expect(await screen.findByText("Lee Park is saved.")).toBeTruthy();
    const stored = (await readVolunteers(graph, CAREER_CENTRE)).find((v) => v.name === "Lee Park");
    expect(stored).toMatchObject({ directoryId: "u-chair", occupation: "Chair", active: true });
  });

  it("shows both versions when another advisor saved first, and keeps the one chosen", async () => {
    const user = userEvent.setup();
    const { graph } = renderAs();
    await user.click(await screen.findByRole("button", { name: "Edit Rae Quinn" }));
    // Meanwhile, a colleague changes Rae's cap.
    const rae = (await readVolunteers(graph, CAREER_CENTRE)).find((v) => v.name === "Rae Quinn")!;
    const theirs = await saveVolunteer(graph, CAREER_CENTRE, rae, {
      ...draftOf(rae),
      monthlyCapacity: 5,
    });
    expect(theirs.ok).toBe(true);
    const notes = screen.getByLabelText("Advisor notes");
    await user.clear(notes);
    await user.click(notes);
    await user.paste("Away in March.");
    await user.click(screen.getByRole("button", { name: "Save volunteer" }));

    const conflict = await screen.findByRole("region", {
      name: "Someone else changed this volunteer",
    });
    const capacityRow = within(conflict).getByRole("row", { name: /Monthly capacity/u });
    expect(
      within(capacityRow)
        .getAllByRole("cell")
        .map((c) => c.textContent),
    ).toEqual(["3", "5"]);
    const notesRow = within(conflict).getByRole("row", { name: /Advisor notes/u });
    expect(
      within(notesRow)
        .getAllByRole("cell")
        .map((c) => c.textContent),
    ).toEqual(["Away in March.", "Prefers mornings."]);
    await user.click(within(conflict).getByRole("button", { name: "Keep my version" }));
    expect(await screen.findByText("Rae Quinn is saved.")).toBeTruthy();
    const stored = (await readVolunteers(graph, CAREER_CENTRE)).find((v) => v.name === "Rae Quinn");
    expect(stored).toMatchObject({ monthlyCapacity: 3 });
    // The notes went to the advisors-only list, not onto the public row.
    expect((await readNotes(graph, CAREER_CENTRE)).get(stored?.itemId ?? "")?.notes).toBe(
      "Away in March.",
    );
  });

  it("lists every bad line of an import and writes nothing", async () => {
    const user = userEvent.setup();
    renderAs();
    await user.click(await screen.findByRole("button", { name: "Import CSV" }));
    const file = new File(
      [
        "Name,Email,Monthly capacity\r\nGood One,good@x.example,1\r\n,nobody@x.example,1\r\nRae Again,rae@elsewhere.example,1\r\n",
      ],
      "volunteers.csv",
      { type: "text/csv" },
    );
    await user.upload(screen.getByLabelText("CSV file"), file);
    const alert = await screen.findByText(/Nothing was imported/u);
    const items = within(alert.closest("[role=alert]") as HTMLElement).getAllByRole("listitem");
    expect(items.map((i) => i.textContent)).toEqual([
      "Line 3, Name: Enter a name.",
      "Line 4, Email: Another volunteer already has this address.",
    ]);
    expect(screen.queryByRole("button", { name: /^Import \d/u })).toBeNull();
    expect(await listWrites()).toEqual([]);
  });

  it("imports a valid file after a preview", async () => {
    const user = userEvent.setup();
    renderAs();
    await user.click(await screen.findByRole("button", { name: "Import CSV" }));
    const file = new File(
      [
        'Name,Email,Organisation\n"Lam, Grace",grace@pha.example,PHA\nDiego Fuentes,diego@film.example,Film\n',
      ],
      "volunteers.csv",
    );
    await user.upload(screen.getByLabelText("CSV file"), file);
    const preview = await screen.findByRole("table", { name: "Preview of the import" });
    expect(within(preview).getAllByRole("row")).toHaveLength(3);
    await user.click(screen.getByRole("button", { name: "Import 2 volunteers" }));
    expect(await screen.findByText("2 volunteers imported.")).toBeTruthy();
    expect(screen.getByRole("listitem", { name: "Lam, Grace" })).toBeTruthy();
  });

  it("marks a volunteer whose bookings this month reach the cap as fully booked", async () => {
    const user = userEvent.setup();
    renderAs();
    const morgan = await screen.findByRole("listitem", { name: "Morgan Diaz" });
    expect(within(morgan).getByText("Fully booked this month")).toBeTruthy();
    expect(within(morgan).getByText("2 of 2 conversations this month")).toBeTruthy();
    const rae = screen.getByRole("listitem", { name: "Rae Quinn" });
    expect(within(rae).queryByText("Fully booked this month")).toBeNull();

    await user.click(await screen.findByRole("tab", { name: "Load and outcomes" }));
    const load = screen.getByRole("table", { name: "Bookings this month, as a table" });
    expect(
      within(load)
        .getAllByRole("row")
        .slice(1)
        .map((r) => r.textContent),
    ).toEqual(["Morgan Diaz22Fully booked this month", "Rae Quinn13Has room"]);
    const funnel = screen.getByRole("table", { name: "Bookings by stage, as a table" });
    expect(
      within(funnel)
        .getAllByRole("row")
        .slice(1)
        .map((r) => r.textContent),
    ).toEqual(["Requested5", "Booked4", "Met2", "Thanked1"]);
  });

  it("searches, filters by industry and hides deactivated volunteers", async () => {
    const user = userEvent.setup();
    renderAs();
    await screen.findByRole("listitem", { name: "Morgan Diaz" });
    expect(screen.queryByRole("listitem", { name: "Sam Ito" })).toBeNull();
    await user.click(await screen.findByRole("checkbox", { name: "Show deactivated volunteers" }));
    expect(screen.getByRole("listitem", { name: "Sam Ito" })).toBeTruthy();
    await user.click(screen.getByRole("searchbox", { name: "Search volunteers" }));
    await user.paste("articling");
    await waitFor(() => expect(screen.getAllByRole("listitem")).toHaveLength(1));
    expect(screen.getByRole("listitem", { name: "Rae Quinn" })).toBeTruthy();
    await user.clear(screen.getByRole("searchbox", { name: "Search volunteers" }));
    await user.selectOptions(screen.getByRole("combobox", { name: "Industry" }), "Education");
    await waitFor(() => expect(screen.getAllByRole("listitem")).toHaveLength(1));
  });

  it("deactivates a volunteer with the row's etag", async () => {
    const user = userEvent.setup();
    const { graph } = renderAs();
    await user.click(await screen.findByRole("button", { name: "Deactivate Rae Quinn" }));
    await waitFor(() => expect(screen.queryByRole("listitem", { name: "Rae Quinn" })).toBeNull());
    const stored = (await readVolunteers(graph, CAREER_CENTRE)).find((v) => v.name === "Rae Quinn");
    expect(stored?.active).toBe(false);
  });

  it("shows a student the read-only directory when the list refuses their writes", async () => {
    // The tenant makes only the advisor a writer of the site: the probe meets a real 403.
    renderAs("avery.chen@northfield.example");
    expect(
      await screen.findByText(
        "You can browse the volunteer list. Only career advisors can change it.",
      ),
    ).toBeTruthy();
    expect(screen.getByRole("listitem", { name: "Morgan Diaz" })).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Add volunteer" })).toBeNull();
    expect(screen.queryByRole("button", { name: "Export CSV" })).toBeNull();
    expect(screen.queryByRole("button", { name: /^Edit / })).toBeNull();
    expect(screen.queryByRole("tab", { name: "Question bank" })).toBeNull();
    expect(screen.queryByText("Prefers mornings.")).toBeNull();
  });
});

describe("AdvisorView, question bank", () => {
  it("shows the coach's verdict beside each question and retires, adds and reorders", async () => {
    const user = userEvent.setup();
    renderAs();
    await user.click(await screen.findByRole("tab", { name: "Question bank" }));
    const path = await screen.findByRole("region", { name: "The path into the role" });
    const closed = within(path).getByText("Do you like your job?").closest("li") as HTMLElement;
    expect(within(closed).getByText(/Closed question/u)).toBeTruthy();
    expect(within(closed).getByText("No French wording yet")).toBeTruthy();
    const open = within(path)
      .getByText("How did you get into this field?")
      .closest("li") as HTMLElement;
    expect(within(open).getAllByText(/Open question/u)).toHaveLength(2);

    await user.click(
      within(closed).getByRole("button", { name: "Retire question: Do you like your job?" }),
    );
    expect(await within(closed).findByText("Retired")).toBeTruthy();

    await user.click(within(path).getByRole("button", { name: "Move up: Do you like your job?" }));
    await waitFor(() =>
      expect(within(path).getAllByRole("listitem")[0]?.textContent).toContain(
        "Do you like your job?",
      ),
    );

    const form = screen.getByRole("form", { name: "Add a question" });
    await user.selectOptions(within(form).getByRole("combobox", { name: "Theme" }), "advice");
    await user.click(within(form).getByLabelText("Question in English"));
    await user.paste("What would you do differently?");
    await user.click(within(form).getByLabelText("Question in French"));
    await user.paste("Que feriez-vous autrement?");
    await user.click(within(form).getByRole("button", { name: "Add question" }));
    const advice = screen.getByRole("region", { name: "Advice" });
    expect(await within(advice).findByText("What would you do differently?")).toBeTruthy();
  });
});
