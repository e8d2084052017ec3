// Composition root of the workbench (development only): loads sandbox data, exposes the simulated
// Office and Teams to the framed surfaces, and renders the three surfaces side by side.
import { createRoot } from "react-dom/client";
import type { WorkbenchBridge } from "./connectHost";
import { loadDevConfig } from "./workbench/devConfig";
import { loadAppointment, loadWorkbenchData } from "./workbench/sandboxData";
import { createSimulatedOffice, type SimulatedItem } from "./workbench/simulatedOffice";
import { createSimulatedTeams } from "./workbench/simulatedTeams";
import { Workbench, type Persona } from "./workbench/Workbench";
import { officeBodyBackground, teamsThemeName, workbenchTheme } from "./workbench/workbenchTheme";

async function loadPersonas(origin: string, upn: string): Promise<Persona[]> {
  const token = await fetch(`${origin}/_sandbox/token`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ userPrincipalName: upn }),
  }).then((r) => r.json() as Promise<{ access_token: string }>);
  const users = await fetch(
    `${origin}/v1.0/users?$top=999&$select=displayName,userPrincipalName,jobTitle`,
    { headers: { Authorization: `Bearer ${token.access_token}` } },
  ).then((r) => r.json() as Promise<{ value: Persona[] }>);
  return users.value.sort((a, b) => a.displayName.localeCompare(b.displayName));
}

async function main() {
  const params = new URLSearchParams(window.location.search);
  const config = await loadDevConfig();
  const persona = params.get("as") ?? config.defaultPersona;
  const surface =
    params.get("surface") === "outlook-appointment" ? "outlook-appointment" : "outlook-message";
  let loadProblem: string | null = null;
  let me = { displayName: persona, emailAddress: persona };
  let items: SimulatedItem[] = [];
  let personas: Persona[] = [{ userPrincipalName: persona, displayName: persona }];
  try {
    const data = await loadWorkbenchData(config.sandboxOrigin, persona, params.get("from"));
    me = {
      displayName: data.me.displayName ?? persona,
      emailAddress: data.me.emailAddress ?? persona,
    };
    items = data.inbox;
    const eventId = params.get("event");
    if (surface === "outlook-appointment" && eventId) {
      items = [await loadAppointment(config.sandboxOrigin, persona, eventId), ...items];
    }
    personas = await loadPersonas(config.sandboxOrigin, persona);
  } catch (error) {
    loadProblem = `The sandbox did not answer (${String(error)}). Is it running?`;
  }
  const theme = workbenchTheme(window.location.search);
  const office = createSimulatedOffice(me, navigator.language, officeBodyBackground(theme));
  if (items[0]) office.setItem(items[0]);
  const bridge: WorkbenchBridge = {
    office,
    teams: (frameContext) =>
      createSimulatedTeams({
        frameContext,
        locale: navigator.language,
        userPrincipalName: persona,
        theme: teamsThemeName(theme),
        meetingId: frameContext === "sidePanel" ? (params.get("event") ?? null) : null,
      }).sdk,
  };
  (window as unknown as { workbench: WorkbenchBridge }).workbench = bridge;
  const container = document.getElementById("root");
  if (!container) throw new Error("workbench.html has no #root");
  createRoot(container).render(
    <Workbench
      config={config}
      persona={persona}
      personas={personas}
      office={office}
      items={items}
      surface={surface}
      loadProblem={loadProblem}
      theme={theme}
    />,
  );
}

void main();
