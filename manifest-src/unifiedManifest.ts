// Builds the unified Microsoft 365 app manifest (Teams tabs + Outlook add-in) and its fr-CA localization file.
import type { TeamsManifestV1D30 } from "@microsoft/app-manifest";
import type { Localized, ManifestSource, OutlookSurface } from "../scripts/manifestSource";
import type { DeployTarget } from "./deployTarget";
import { PACKAGE_ICONS, RIBBON_ICON_SIZES, siteUrls } from "./sitePages";

/** The unified manifest as typed by @microsoft/app-manifest for the schema version we target. */
export type UnifiedManifest = TeamsManifestV1D30.TeamsManifestV1D30;

/** The fr-CA localization file: manifest paths ("name.short", "staticTabs[0].name", ...) to strings. */
export type LocalizationFile = { $schema: string } & Record<string, string>;

/** File name of the Canadian French strings inside the app package. */
export const FRENCH_LOCALIZATION_FILE = "fr-ca.json";

/** Id of the single Outlook runtime that opens the task pane. */
export const TASK_PANE_RUNTIME_ID = "TaskPaneRuntime";

/** Id of the action every ribbon button runs. */
export const OPEN_TASK_PANE_ACTION_ID = "openTaskPane";

/** Contexts the configurable tab offers: advisors' channel, chats and every meeting surface but the stage. */
export const CONFIGURABLE_TAB_CONTEXTS = [
  "channelTab",
  "privateChatTab",
  "meetingChatTab",
  "meetingDetailsTab",
  "meetingSidePanel",
] as const;

/** The unified manifest and its localization file, ready to be written as JSON. */
export interface UnifiedManifestFiles {
  readonly manifest: UnifiedManifest;
  readonly frenchStrings: LocalizationFile;
}

/** The Entra resource the Teams tab SSO token is issued for: `api://<host>/<client id>`. */
export function applicationIdUri(target: DeployTarget): string {
  return `api://${target.host}/${target.clientId}`;
}

/** URL of the bundled JSON schema for a manifest version (resolved offline by @microsoft/app-manifest). */
export function manifestSchemaUrl(manifestVersion: string): string {
  return `https://developer.microsoft.com/json-schemas/teams/v${manifestVersion}/MicrosoftTeams.schema.json`;
}

/** URL of the bundled localization schema for a manifest version. */
export function localizationSchemaUrl(manifestVersion: string): string {
  return `https://developer.microsoft.com/json-schemas/teams/v${manifestVersion}/MicrosoftTeams.Localization.schema.json`;
}

/**
 * Builds the unified manifest for one deployment. English strings go into the manifest; every
 * string that has a French version is recorded at its manifest path for the fr-CA file, so the two
 * cannot drift apart.
 */
export function buildUnifiedManifest(
  source: ManifestSource,
  target: DeployTarget,
): UnifiedManifestFiles {
  const urls = siteUrls(target.baseUrl);
  const french: Record<string, string> = {};
  const say = (path: string, text: Localized): string => {
    french[path] = text.frCA;
    return text.en;
  };
  const icons = RIBBON_ICON_SIZES.map((size) => ({ size, url: urls.icon(size) }));

  // Ribbons: one per button, each listing the surfaces it appears on. Group and control ids must be
  // unique across the manifest, so they are derived from the button id.
  // Called inside the manifest literal, so the French strings come out in manifest order.
  const ribbons = () =>
    source.ribbonButtons.map((button, r) => {
      const at = `extensions[0].ribbons[${r}].tabs[0].groups[0]`;
      return {
        contexts: button.surfaces.map(ribbonContext),
        tabs: [
          {
            builtInTabId: "TabDefault",
            groups: [
              {
                id: `${button.id}Group`,
                label: say(`${at}.label`, button.groupLabel),
                icons,
                controls: [
                  {
                    id: `${button.id}Button`,
                    type: "button" as const,
                    label: say(`${at}.controls[0].label`, button.label),
                    icons,
                    supertip: {
                      title: say(`${at}.controls[0].supertip.title`, button.tipTitle),
                      description: say(
                        `${at}.controls[0].supertip.description`,
                        button.tipDescription,
                      ),
                    },
                    actionId: OPEN_TASK_PANE_ACTION_ID,
                  },
                ],
              },
            ],
          },
        ],
      };
    });

  const mailbox = [{ name: "Mailbox", minVersion: source.mailboxMinVersion }];
  const manifest: UnifiedManifest = {
    $schema: manifestSchemaUrl(source.manifestVersion),
    manifestVersion: source.manifestVersion as UnifiedManifest["manifestVersion"],
    version: source.version,
    id: target.appId,
    localizationInfo: {
      defaultLanguageTag: "en",
      additionalLanguages: [{ languageTag: "fr-ca", file: FRENCH_LOCALIZATION_FILE }],
    },
    developer: {
      name: target.publisher.name,
      websiteUrl: target.publisher.websiteUrl,
      privacyUrl: target.publisher.privacyUrl,
      termsOfUseUrl: target.publisher.termsOfUseUrl,
    },
    name: { short: say("name.short", source.name.short), full: say("name.full", source.name.full) },
    description: {
      short: say("description.short", source.description.short),
      full: say("description.full", source.description.full),
    },
    icons: { color: PACKAGE_ICONS.color.file, outline: PACKAGE_ICONS.outline.file },
    accentColor: source.brandColor,
    staticTabs: [
      {
        // Students' own pipeline: a personal app in Teams (and in Outlook/Microsoft 365 via the
        // same manifest).
        entityId: source.personalTab.entityId,
        name: say("staticTabs[0].name", source.personalTab.name),
        contentUrl: urls.tab,
        websiteUrl: urls.tabInBrowser,
        scopes: ["personal"],
        context: ["personalTab"],
      },
    ],
    configurableTabs: [
      {
        // Advisors' channel tab (volunteer list, question bank) and the meeting side panel with
        // the prep sheet and timekeeper; meetings are group chats, so both scopes are needed.
        id: source.configurableTab.id,
        configurationUrl: urls.tabConfig,
        canUpdateConfiguration: true,
        scopes: ["team", "groupChat"],
        context: [...CONFIGURABLE_TAB_CONTEXTS],
        meetingSurfaces: ["sidePanel"],
      },
    ],
    validDomains: [target.host],
    webApplicationInfo: { id: target.clientId, resource: applicationIdUri(target) },
    authorization: {
      permissions: {
        // Read item, the least the code needs: it reads the open item's people, times and id
        // (getItemIdAsync, convertToRestId) and opens Outlook's own compose form
        // (displayNewMessageForm); it never writes to the item, so an organizer's unsaved meeting
        // is not saved for them — the pane asks them to save it first. Everything mailbox-wide goes
        // through Graph with delegated scopes. (office-js-docs-pr
        // docs/develop/understanding-outlook-add-in-permissions.md)
        resourceSpecific: [{ name: "MailboxItem.Read.User", type: "Delegated" }],
      },
    },
    extensions: [
      {
        requirements: { scopes: ["mail"], capabilities: mailbox },
        runtimes: [
          {
            requirements: { capabilities: mailbox },
            id: TASK_PANE_RUNTIME_ID,
            type: "general",
            code: { page: urls.taskpane },
            lifetime: "short",
            actions: [
              {
                id: OPEN_TASK_PANE_ACTION_ID,
                type: "openPage",
                view: "interviewPane",
                // Outlook pins on messages only and ignores this on appointments.
                pinnable: source.ribbonButtons.some((b) => b.pinnable),
              },
            ],
          },
        ],
        ribbons: ribbons(),
        // The XML manifest describes the same add-in under its own id; where both are installed,
        // Office shows only this one (office-js-docs-pr docs/concepts/duplicate-legacy-metaos-add-ins.md).
        alternates: [{ hide: { customOfficeAddin: { officeAddinId: target.xmlAddinId } } }],
      },
    ],
  };

  const frenchStrings: LocalizationFile = {
    $schema: localizationSchemaUrl(source.manifestVersion),
    ...french,
  };
  return { manifest, frenchStrings };
}

function ribbonContext(surface: OutlookSurface): TeamsManifestV1D30.ExtensionContext {
  return surface;
}
