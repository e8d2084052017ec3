// The workbench's Teams frames: a framed page answered by the host simulator, and "add a tab".
import { Body1, Button, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type {
  SavedTabConfig,
  TeamsFrame,
  TeamsFrameSpec,
  TeamsHostAction,
  TeamsHostSimulator,
} from "./teamsHostSimulator";

const useStyles = makeStyles({
  frame: {
    width: "100%",
    height: "720px",
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  dialog: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    maxWidth: "720px",
    padding: tokens.spacingHorizontalL,
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusLarge,
    boxShadow: tokens.shadow16,
  },
  configFrame: { width: "100%", height: "420px", border: "none" },
  actions: { display: "flex", justifyContent: "end", gap: tokens.spacingHorizontalS },
  hostAction: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    marginTop: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorNeutralBackground3,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
});

/** What Teams would show now, in words: the workbench places no call and opens no chat. */
function describeHostAction(action: TeamsHostAction): string {
  if (action.kind === "call") {
    const kind = action.video ? "a video call" : "an audio call";
    return `Teams would now ask you to confirm ${kind} with ${action.targets.join(", ")}, then place it. The workbench places no call.`;
  }
  return `Teams would now open your chat with ${action.members.join(", ")}. The workbench opens no chat.`;
}

/** Teams' own surface for what a page asked of it (a call, a chat), shown under the frame. */
function TeamsHostActionNotice(props: { action: TeamsHostAction; onDismiss: () => void }) {
  const styles = useStyles();
  return (
    <section aria-label="Simulated Teams" className={styles.hostAction}>
      <Body1 role="status">{describeHostAction(props.action)}</Body1>
      <Button size="small" onClick={props.onDismiss}>
        Dismiss
      </Button>
    </section>
  );
}

/** A page in a Teams frame: the real teams-js inside talks to `simulator` as it would to Teams. */
export function TeamsFrameView(props: {
  simulator: TeamsHostSimulator;
  spec: TeamsFrameSpec;
  src: string;
  title: string;
  className?: string;
  onAttached?: (frame: TeamsFrame) => void;
}) {
  const styles = useStyles();
  const { simulator, spec, onAttached } = props;
  const attached = useRef<TeamsFrame | null>(null);
  const [action, setAction] = useState<TeamsHostAction | null>(null);
  // Attach on mount, before the page's scripts run, so its first `initialize` finds its host.
  const ref = useCallback(
    (iframe: HTMLIFrameElement | null) => {
      attached.current?.detach();
      attached.current = null;
      if (!iframe) return;
      const frame = simulator.attach(() => iframe.contentWindow, spec);
      frame.onHostAction(setAction);
      attached.current = frame;
      onAttached?.(frame);
    },
    [simulator, spec, onAttached],
  );
  return (
    <>
      <iframe
        ref={ref}
        className={props.className ?? styles.frame}
        title={props.title}
        src={props.src}
      />
      {action ? <TeamsHostActionNotice action={action} onDismiss={() => setAction(null)} /> : null}
    </>
  );
}

/**
 * The career centre's channel tab as its configuration page saves it (ui/tabConfig: the advisors'
 * option, `tab.html?host=teams&view=advisor` on the app's origin): configured once by the centre,
 * then opened by every member of the channel.
 */
export function careerCentreTab(origin: string): SavedTabConfig {
  return {
    entityId: "careerCentre",
    contentUrl: `${origin}/tab.html?host=teams&view=advisor`,
    suggestedDisplayName: "Career centre",
    websiteUrl: `${origin}/tab.html?view=advisor`,
  };
}

/** The tab as Teams shows it once saved: its content URL, in a content frame of the same place. */
export function ConfiguredTab(props: {
  simulator: TeamsHostSimulator;
  spec: TeamsFrameSpec;
  saved: SavedTabConfig;
  persona: string;
}) {
  const { spec, saved } = props;
  const contentSpec = useMemo<TeamsFrameSpec>(
    () => ({ ...spec, frameContext: "content", entityId: saved.entityId }),
    [spec, saved],
  );
  const url = new URL(saved.contentUrl);
  url.searchParams.set("as", props.persona);
  const name = saved.suggestedDisplayName ?? saved.entityId;
  return (
    <section aria-label={name}>
      <Subtitle2 as="h2">{name}</Subtitle2>
      <TeamsFrameView
        simulator={props.simulator}
        spec={contentSpec}
        src={url.pathname + url.search}
        title={name}
      />
    </section>
  );
}

/**
 * Teams' "add a tab" dialog around the configuration page: Save is enabled only while the page
 * says its settings are valid (msteams-docs tabs/how-to/create-tab-pages/configuration-page.md);
 * Save runs the page's save handler, then the configured tab opens at the content URL it saved.
 */
export function TeamsConfigSurface(props: {
  simulator: TeamsHostSimulator;
  spec: TeamsFrameSpec;
  /** The workbench's persona switch, added to the saved tab's URL as to every workbench frame. */
  persona: string;
}) {
  const styles = useStyles();
  const [frame, setFrame] = useState<TeamsFrame | null>(null);
  const [valid, setValid] = useState(false);
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [saved, setSaved] = useState<SavedTabConfig | null>(null);
  useEffect(() => {
    frame?.onValidityChanged(setValid);
  }, [frame]);

  if (saved) {
    return (
      <ConfiguredTab
        simulator={props.simulator}
        spec={props.spec}
        saved={saved}
        persona={props.persona}
      />
    );
  }
  const save = () => {
    if (!frame) return;
    setSaving(true);
    setFailure(null);
    frame.save().then(setSaved, (error: unknown) => {
      setSaving(false);
      setFailure(String(error));
    });
  };
  return (
    <section role="dialog" aria-modal="false" aria-label="Add a tab" className={styles.dialog}>
      <Subtitle2 as="h2">Information Interviews</Subtitle2>
      <TeamsFrameView
        simulator={props.simulator}
        spec={props.spec}
        src={`tab.html?host=teams&view=config&as=${encodeURIComponent(props.persona)}`}
        title="Tab configuration"
        className={styles.configFrame}
        onAttached={setFrame}
      />
      {failure ? <Body1 role="alert">{failure}</Body1> : null}
      <div className={styles.actions}>
        <Button appearance="primary" disabled={!valid || saving} onClick={save}>
          Save
        </Button>
      </div>
    </section>
  );
}
