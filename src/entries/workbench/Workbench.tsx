// The workbench page: the product in its three surfaces side by side, against the Graph sandbox.
import {
  Body1,
  Caption1,
  Field,
  FluentProvider,
  Select,
  Subtitle2,
  Title3,
  makeStyles,
  teamsHighContrastTheme,
  tokens,
  webDarkTheme,
  webLightTheme,
  type Theme,
} from "@fluentui/react-components";
import type { ThemeName } from "../../domain/theme";
import { useEffect, useMemo, useState } from "react";
import DOMPurify from "dompurify";
import type { DevConfig } from "./devConfig";
import type { ComposedMessage, SimulatedItem, SimulatedOffice } from "./simulatedOffice";
import type { TeamsFrameSpec, TeamsHostSimulator } from "./teamsHostSimulator";
import {
  careerCentreTab,
  ConfiguredTab,
  TeamsConfigSurface,
  TeamsFrameView,
} from "./TeamsSurfaces";

const useStyles = makeStyles({
  page: {
    minHeight: "100vh",
    backgroundColor: tokens.colorNeutralBackground3,
    padding: tokens.spacingHorizontalL,
    boxSizing: "border-box",
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalL,
  },
  bar: { display: "flex", gap: tokens.spacingHorizontalL, alignItems: "end", flexWrap: "wrap" },
  help: { color: tokens.colorNeutralForeground2 },
  surfaces: {
    display: "grid",
    gridTemplateColumns: "minmax(720px, 1.6fr) minmax(420px, 1fr) 340px",
    gap: tokens.spacingHorizontalL,
    overflowX: "auto",
    alignItems: "start",
  },
  surface: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusLarge,
    boxShadow: tokens.shadow4,
    padding: tokens.spacingHorizontalM,
    minWidth: "0",
  },
  outlook: {
    display: "grid",
    gridTemplateColumns: "180px 1fr 320px",
    gap: tokens.spacingHorizontalS,
  },
  inbox: {
    listStyleType: "none",
    margin: "0",
    padding: "0",
    display: "flex",
    flexDirection: "column",
  },
  inboxItem: {
    textAlign: "start",
    width: "100%",
    border: "none",
    borderLeft: `3px solid transparent`,
    backgroundColor: "transparent",
    color: tokens.colorNeutralForeground1,
    padding: tokens.spacingHorizontalS,
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
  },
  inboxSelected: {
    borderLeft: `3px solid ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1Selected,
  },
  reading: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    minWidth: "0",
  },
  compose: {
    position: "fixed",
    insetInlineEnd: tokens.spacingHorizontalXXL,
    insetBlockEnd: tokens.spacingVerticalXXL,
    width: "min(560px, 90vw)",
    maxHeight: "70vh",
    overflowY: "auto",
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalL,
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusLarge,
    boxShadow: tokens.shadow28,
  },
  frame: {
    width: "100%",
    height: "720px",
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
  },
});

export interface Persona {
  userPrincipalName: string;
  displayName: string;
  jobTitle?: string;
}

export type WorkbenchSurface =
  "outlook-message" | "outlook-appointment" | "teams-config" | "teams-channel" | "teams-meeting";

export interface WorkbenchProps {
  config: DevConfig;
  persona: string;
  personas: Persona[];
  office: SimulatedOffice;
  items: SimulatedItem[];
  surface: WorkbenchSurface;
  loadProblem: string | null;
  /** Answers the real teams-js in the Teams frames. */
  simulator: TeamsHostSimulator;
  /**
   * What Teams tells the personal tab, the meeting side panel, the configuration page and the
   * career centre's channel tab.
   */
  teams: {
    tab: TeamsFrameSpec;
    sidePanel: TeamsFrameSpec;
    config: TeamsFrameSpec;
    channel: TeamsFrameSpec;
  };
  /** The persona's mailbox time zone (IANA): Outlook shows an item's times in it. */
  mailboxZone: string;
  /** The look the simulated hosts report; the workbench's own chrome follows it too. */
  theme?: ThemeName;
}

const CHROME_THEMES: Record<ThemeName, Theme> = {
  light: webLightTheme,
  dark: webDarkTheme,
  contrast: teamsHighContrastTheme,
};

/** Outlook's new-message window, as `displayNewMessageForm` opens it: recipients, subject, body. */
function ComposeWindow(props: { message: ComposedMessage; onClose: () => void }) {
  const styles = useStyles();
  const { message } = props;
  // The body is the app's HTML; Outlook renders it as mail, never as script.
  const body = useMemo(() => DOMPurify.sanitize(message.htmlBody), [message.htmlBody]);
  return (
    <section role="dialog" aria-modal="false" aria-label="New message" className={styles.compose}>
      <Subtitle2 as="h2">New message</Subtitle2>
      <Body1>
        To:{" "}
        {message.toRecipients
          .map((p) => (p.displayName ? `${p.displayName} <${p.emailAddress}>` : p.emailAddress))
          .join("; ")}
      </Body1>
      <Body1>Subject: {message.subject}</Body1>
      <div aria-label="Message body" role="document" dangerouslySetInnerHTML={{ __html: body }} />
      <div>
        <button type="button" onClick={props.onClose}>
          Discard
        </button>
      </div>
    </section>
  );
}

/**
 * The workbench's surfaces (`?surface=`), for whoever opens it: Outlook and the student's personal
 * tab side by side; Teams' "add a tab" dialog; the career centre's channel tab (the advisors' view,
 * as its configuration page saved it); the meeting side panel (`&chat=<thread id>`).
 */
const SURFACE_LINKS: ReadonlyArray<readonly [WorkbenchSurface, string]> = [
  ["outlook-message", "Outlook and personal tab"],
  ["teams-config", "Teams: add a tab"],
  ["teams-channel", "Teams: career centre channel tab (advisors)"],
  ["teams-meeting", "Teams: meeting side panel"],
];

function itemTitle(item: SimulatedItem): string {
  return item.kind === "message" ? (item.from.displayName ?? "") : item.subject;
}

export function Workbench(props: WorkbenchProps) {
  const styles = useStyles();
  const { persona, personas, office, items } = props;
  const [selected, setSelected] = useState(0);
  const [composed, setComposed] = useState<ComposedMessage | null>(null);
  const item = items[selected];
  useEffect(() => {
    if (item) office.setItem(item);
  }, [item, office]);
  useEffect(() => office.onCompose(setComposed), [office]);
  const zoneFormat = useMemo(
    () => ({
      dateTime: new Intl.DateTimeFormat(undefined, {
        dateStyle: "medium",
        timeStyle: "short",
        timeZone: props.mailboxZone,
      }),
      time: new Intl.DateTimeFormat(undefined, {
        timeStyle: "short",
        timeZone: props.mailboxZone,
      }),
    }),
    [props.mailboxZone],
  );

  const query = useMemo(() => `as=${encodeURIComponent(persona)}`, [persona]);
  const switchPersona = (upn: string) => {
    const url = new URL(window.location.href);
    url.searchParams.set("as", upn);
    window.location.assign(url.toString());
  };

  const sidePanel = (
    <section className={styles.surface} aria-label="Teams meeting side panel">
      <Subtitle2 as="h2">Meeting side panel</Subtitle2>
      <TeamsFrameView
        simulator={props.simulator}
        spec={props.teams.sidePanel}
        title="Teams meeting side panel"
        src={`tab.html?host=teams&frame=sidePanel&${query}`}
      />
    </section>
  );

  return (
    <FluentProvider theme={CHROME_THEMES[props.theme ?? "light"]}>
      <div className={styles.page}>
        <div className={styles.bar}>
          <div>
            <Title3 as="h1">Information Interviews — workbench</Title3>
            <Caption1 as="p">
              Every surface below runs against the local Graph sandbox at{" "}
              {props.config.sandboxOrigin}.
            </Caption1>
          </div>
          <Field label="Persona">
            <Select value={persona} onChange={(_, data) => switchPersona(data.value)}>
              {personas.map((p) => (
                <option key={p.userPrincipalName} value={p.userPrincipalName}>
                  {p.displayName}
                  {p.jobTitle ? ` — ${p.jobTitle}` : ""}
                </option>
              ))}
            </Select>
          </Field>
        </div>
        <nav aria-label="Workbench surfaces" className={styles.help}>
          <Caption1>
            {SURFACE_LINKS.map(([surface, label], index) => (
              <span key={surface}>
                {index > 0 ? " · " : ""}
                <a href={`?surface=${surface}&${query}`}>{label}</a>
              </span>
            ))}
          </Caption1>
        </nav>
        {props.loadProblem ? <Body1 role="alert">{props.loadProblem}</Body1> : null}
        {props.surface === "teams-channel" ? (
          <ConfiguredTab
            simulator={props.simulator}
            spec={props.teams.channel}
            saved={careerCentreTab(window.location.origin)}
            persona={persona}
          />
        ) : props.surface === "teams-config" ? (
          <TeamsConfigSurface
            simulator={props.simulator}
            spec={props.teams.config}
            persona={persona}
          />
        ) : props.surface === "teams-meeting" ? (
          sidePanel
        ) : (
          <div className={styles.surfaces}>
            <section className={styles.surface} aria-label="Outlook">
              <Subtitle2 as="h2">Outlook</Subtitle2>
              <div className={styles.outlook}>
                <ul className={styles.inbox} aria-label="Inbox">
                  {items.map((it, index) => (
                    <li key={it.itemId}>
                      <button
                        type="button"
                        className={`${styles.inboxItem} ${index === selected ? styles.inboxSelected : ""}`}
                        aria-current={index === selected}
                        onClick={() => setSelected(index)}
                      >
                        <Body1 block>{itemTitle(it)}</Body1>
                        <Caption1 block>{it.kind === "message" ? it.subject : "Meeting"}</Caption1>
                      </button>
                    </li>
                  ))}
                </ul>
                <article className={styles.reading} aria-label="Reading pane">
                  {item?.kind === "message" ? (
                    <>
                      <Subtitle2 as="h3">{item.subject}</Subtitle2>
                      <Body1>
                        From: {item.from.displayName} &lt;{item.from.emailAddress}&gt;
                      </Body1>
                      <Caption1>To: {item.to.map((p) => p.displayName).join(", ")}</Caption1>
                    </>
                  ) : item?.kind === "appointment" ? (
                    <>
                      <Subtitle2 as="h3">{item.subject}</Subtitle2>
                      <Body1>
                        {zoneFormat.dateTime.format(item.start)} –{" "}
                        {zoneFormat.time.format(item.end)}
                      </Body1>
                      <Caption1>Organizer: {item.organizer.displayName}</Caption1>
                      <Caption1>
                        Attendees: {item.attendees.map((p) => p.displayName).join(", ")}
                      </Caption1>
                    </>
                  ) : (
                    <Body1>No item</Body1>
                  )}
                </article>
                <iframe
                  className={styles.frame}
                  title="Outlook task pane"
                  src={`taskpane.html?host=outlook&${query}`}
                />
              </div>
            </section>
            <section className={styles.surface} aria-label="Teams tab">
              <Subtitle2 as="h2">Teams tab</Subtitle2>
              <TeamsFrameView
                simulator={props.simulator}
                spec={props.teams.tab}
                title="Teams tab"
                src={`tab.html?host=teams&${query}`}
              />
            </section>
            {sidePanel}
          </div>
        )}
        {composed ? <ComposeWindow message={composed} onClose={() => setComposed(null)} /> : null}
      </div>
    </FluentProvider>
  );
}
