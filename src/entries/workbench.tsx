// Composition root of the workbench (development only): loads sandbox data, plays Office (a
// simulated
// Office.js) and Teams (a host answering the real teams-js) for the framed surfaces, and renders them.
import { createRoot } from "react-dom/client";
import type { WorkbenchBridge } from "./connectHost";
import { loadDevConfig } from "./workbench/devConfig";
import {
  loadAppointment,
  loadMailboxZone,
  loadMeetingChatId,
  loadWorkbenchData,
} from "./workbench/sandboxData";
import { createSimulatedOffice, type SimulatedItem } from "./workbench/simulatedOffice";
import {
  TeamsHostSimulator,
  WORKBENCH_TEAMS_APP_ID,
  type TeamsFrameSpec,
} from "./workbench/teamsHostSimulator";
import { Workbench, type Persona, type WorkbenchSurface } from "./workbench/Workbench";
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

const SURFACES: readonly WorkbenchSurface[] = [
  "outlook-message",
  "outlook-appointment",
  "teams-config",
  "teams-channel",
  "teams-meeting",
];

/**
 * Teams' meeting id: an opaque string Teams derives from the meeting's chat. The workbench encodes
 * the chat id in it so each meeting has its own; the product must not (and does not) parse it.
 */
function meetingIdOf(chatId: string): string {
  return btoa(`0#${chatId}#0`);
}

async function main() {
  const params = new URLSearchParams(window.location.search);
  const config = await loadDevConfig();
  const persona = params.get("as") ?? config.defaultPersona;
  const asked = params.get("surface") as WorkbenchSurface | null;
  const surface: WorkbenchSurface = asked && SURFACES.includes(asked) ? asked : "outlook-message";
  let loadProblem: string | null = null;
  let me = { displayName: persona, emailAddress: persona };
  let items: SimulatedItem[] = [];
  let personas: Persona[] = [{ userPrincipalName: persona, displayName: persona }];
  let mailboxZone = "UTC";
  // The side panel is told the meeting's chat, never an event id: `?chat=`, or the chat of `?event=`.
  let chatId = params.get("chat");
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
    if (!chatId && eventId)
      chatId = await loadMeetingChatId(config.sandboxOrigin, persona, eventId);
    mailboxZone = await loadMailboxZone(config.sandboxOrigin, persona);
    personas = await loadPersonas(config.sandboxOrigin, persona);
  } catch (error) {
    loadProblem = `The sandbox did not answer (${String(error)}). Is it running?`;
  }
  const theme = workbenchTheme(window.location.search);
  const office = createSimulatedOffice(me, navigator.language, officeBodyBackground(theme));
  if (items[0]) office.setItem(items[0]);
  // Same origin as the frames: teams-js accepts its parent by that rule (see teamsHostSimulator.ts).
  const simulator = new TeamsHostSimulator(window);
  // For tests and whoever debugs: what each Teams frame asked and was answered.
  (window as unknown as { teamsHostSimulator: TeamsHostSimulator }).teamsHostSimulator = simulator;
  const base = {
    locale: navigator.language,
    userPrincipalName: persona,
    theme: teamsThemeName(theme),
    // Teams names the installed app in every frame's context; the workbench's stands for ours.
    appId: WORKBENCH_TEAMS_APP_ID,
  } as const;
  const meeting = chatId ? { chatId, meetingId: meetingIdOf(chatId) } : {};
  // The career centre's team and its advisors' channel, where its channel tab was added.
  const careerCentre = {
    channelId: "19:advisors@thread.tacv2",
    teamId: "19:careercentre@thread.tacv2",
  } as const;
  const teams: Record<"tab" | "sidePanel" | "config" | "channel", TeamsFrameSpec> = {
    tab: { ...base, frameContext: "content", entityId: "myInterviews" },
    sidePanel: { ...base, frameContext: "sidePanel", entityId: "prepSheet", ...meeting },
    // Adding a tab: to the meeting named by `?chat=`, else to the career centre's channel.
    config: chatId
      ? { ...base, frameContext: "settings", ...meeting }
      : { ...base, frameContext: "settings", ...careerCentre },
    channel: { ...base, frameContext: "content", entityId: "careerCentre", ...careerCentre },
  };
  const bridge: WorkbenchBridge = { office };
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
      simulator={simulator}
      teams={teams}
      mailboxZone={mailboxZone}
    />,
  );
}

void main();
