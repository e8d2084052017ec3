// Builds the add-in-only XML manifest (MailApp) for Outlook clients the unified manifest does not reach yet
// (Outlook on Mac, older and perpetual Outlook on Windows): its own id; same surfaces, URLs, strings.
//
// Element order follows the Office add-in XSDs (order is significant in these schemas): OfficeApp base
// elements, then VersionOverrides 1.0 (Mailbox 1.3: command buttons) wrapping VersionOverrides 1.1
// (Mailbox 1.5: pinnable task pane, WebApplicationInfo). Clients pick the newest override they understand.
import type {
  Localized,
  ManifestSource,
  OutlookSurface,
  RibbonButton,
} from "../scripts/manifestSource";
import type { DeployTarget } from "./deployTarget";
import { ssoScopes } from "./graphPermissions";
import {
  LIST_ICON_SIZES,
  MOBILE_ICON_SCALES,
  MOBILE_ICON_SIZES,
  RIBBON_ICON_SIZES,
  siteUrls,
} from "./sitePages";
import { applicationIdUri } from "./unifiedManifest";
import { el, serializeXml, type XmlElement } from "./xmlWriter";

/** Least privilege that works; see the unified manifest's resourceSpecific permission for why. */
export const XML_PERMISSION = "ReadItem";

/** The XML extension point of each Outlook surface. */
export const EXTENSION_POINTS: Readonly<Record<OutlookSurface, string>> = {
  mailRead: "MessageReadCommandSurface",
  mailCompose: "MessageComposeCommandSurface",
  meetingDetailsOrganizer: "AppointmentOrganizerCommandSurface",
  meetingDetailsAttendee: "AppointmentAttendeeCommandSurface",
};

/** The locale the XML manifest's default strings are in, and the one override locale. */
export const XML_DEFAULT_LOCALE = "en-US";
export const XML_FRENCH_LOCALE = "fr-CA";

/** Resource id of the task pane URL. */
export const TASK_PANE_URL_RESID = "Taskpane.Url";

/** Resource id of a ribbon icon of the given size. */
export function iconResid(size: number): string {
  return `Icon.${size}x${size}`;
}

/** Converts a semver "1.2.3" into the four-part version the XML schema expects ("1.2.3.0"). */
export function xmlVersion(semver: string): string {
  const parts = semver.split(".");
  if (parts.length !== 3 || parts.some((p) => !/^\d{1,5}$/.test(p))) {
    throw new Error(`Version must be major.minor.patch with up to five digits each: "${semver}".`);
  }
  return `${semver}.0`;
}

/** Builds manifest/manifest.xml for one deployment. */
export function buildXmlManifest(source: ManifestSource, target: DeployTarget): string {
  const urls = siteUrls(target.baseUrl);
  const french = (text: Localized) =>
    el("Override", { Locale: XML_FRENCH_LOCALE, Value: text.frCA });

  const root = el(
    "OfficeApp",
    {
      xmlns: "http://schemas.microsoft.com/office/appforoffice/1.1",
      "xmlns:xsi": "http://www.w3.org/2001/XMLSchema-instance",
      "xmlns:bt": "http://schemas.microsoft.com/office/officeappbasictypes/1.0",
      "xmlns:mailappor": "http://schemas.microsoft.com/office/mailappversionoverrides/1.0",
      "xsi:type": "MailApp",
    },
    // Its own id, not the app package's: Office requires the two to differ
    // (office-js-docs-pr docs/concepts/duplicate-legacy-metaos-add-ins.md).
    el("Id", {}, target.xmlAddinId),
    el("Version", {}, xmlVersion(source.version)),
    el("ProviderName", {}, target.publisher.name),
    el("DefaultLocale", {}, XML_DEFAULT_LOCALE),
    el("DisplayName", { DefaultValue: source.name.short.en }, french(source.name.short)),
    el(
      "Description",
      { DefaultValue: source.description.short.en },
      french(source.description.short),
    ),
    el("IconUrl", { DefaultValue: urls.icon(LIST_ICON_SIZES[0]) }),
    el("HighResolutionIconUrl", { DefaultValue: urls.icon(LIST_ICON_SIZES[1]) }),
    el("SupportUrl", { DefaultValue: target.publisher.websiteUrl }),
    el("Hosts", {}, el("Host", { Name: "Mailbox" })),
    // The base requirement stays low so the manifest installs widely; the overrides raise it.
    el("Requirements", {}, el("Sets", {}, el("Set", { Name: "Mailbox", MinVersion: "1.1" }))),
    el(
      "FormSettings",
      {},
      el(
        "Form",
        { "xsi:type": "ItemRead" },
        el(
          "DesktopSettings",
          {},
          el("SourceLocation", { DefaultValue: urls.taskpane }),
          el("RequestedHeight", {}, "250"),
        ),
      ),
      el(
        "Form",
        { "xsi:type": "ItemEdit" },
        el("DesktopSettings", {}, el("SourceLocation", { DefaultValue: urls.taskpane })),
      ),
    ),
    el("Permissions", {}, XML_PERMISSION),
    el(
      "Rule",
      { "xsi:type": "RuleCollection", Mode: "Or" },
      el("Rule", { "xsi:type": "ItemIs", ItemType: "Message", FormType: "ReadOrEdit" }),
      el("Rule", { "xsi:type": "ItemIs", ItemType: "Appointment", FormType: "ReadOrEdit" }),
    ),
    el("DisableEntityHighlighting", {}, "true"),
    el(
      "VersionOverrides",
      {
        xmlns: "http://schemas.microsoft.com/office/mailappversionoverrides",
        "xsi:type": "VersionOverridesV1_0",
      },
      requirements("1.3"),
      hosts(source.ribbonButtons, "1.0"),
      resources(source, target, "1.0"),
      el(
        "VersionOverrides",
        {
          xmlns: "http://schemas.microsoft.com/office/mailappversionoverrides/1.1",
          "xsi:type": "VersionOverridesV1_1",
        },
        requirements(source.mailboxMinVersion),
        hosts(source.ribbonButtons, "1.1"),
        resources(source, target, "1.1"),
        el(
          "WebApplicationInfo",
          {},
          el("Id", {}, target.clientId),
          el("Resource", {}, applicationIdUri(target)),
          el("Scopes", {}, ...ssoScopes().map((scope) => el("Scope", {}, scope))),
        ),
      ),
    ),
  );
  return serializeXml(root);
}

function requirements(mailboxVersion: string): XmlElement {
  return el(
    "Requirements",
    {},
    el("bt:Sets", { DefaultMinVersion: mailboxVersion }, el("bt:Set", { Name: "Mailbox" })),
  );
}

/** Schema of a VersionOverrides element: 1.1 adds pinning and the mobile form factor. */
type OverridesVersion = "1.0" | "1.1";

/** Command buttons per surface (desktop), and in 1.1 the Outlook mobile button on read messages. */
function hosts(buttons: readonly RibbonButton[], version: OverridesVersion): XmlElement {
  const withPinning = version === "1.1";
  const extensionPoints = (Object.keys(EXTENSION_POINTS) as OutlookSurface[]).flatMap((surface) =>
    buttons
      .filter((button) => button.surfaces.includes(surface))
      .map((button) => commandSurface(surface, button, withPinning)),
  );
  // Outlook on iOS and Android offer add-in buttons on a message being read only.
  const mobile = buttons
    .filter((button) => button.surfaces.includes("mailRead"))
    .map(mobileSurface);
  return el(
    "Hosts",
    {},
    el(
      "Host",
      { "xsi:type": "MailHost" },
      el("DesktopFormFactor", {}, ...extensionPoints),
      version === "1.1" && mobile.length > 0 && el("MobileFormFactor", {}, ...mobile),
    ),
  );
}

/** Mobile buttons have no ribbon tab and no tip; their icons come in three sizes at three scales. */
function mobileSurface(button: RibbonButton): XmlElement {
  return el(
    "ExtensionPoint",
    { "xsi:type": "MobileMessageReadCommandSurface" },
    el(
      "Group",
      { id: `mobileMailRead.${button.id}.group` },
      el("Label", { resid: `${button.id}.Group` }),
      el(
        "Control",
        { "xsi:type": "MobileButton", id: `mobileMailRead.${button.id}.button` },
        el("Label", { resid: `${button.id}.Label` }),
        el(
          "Icon",
          { "xsi:type": "bt:MobileIconList" },
          ...MOBILE_ICON_SIZES.flatMap((size) =>
            MOBILE_ICON_SCALES.map((scale) =>
              el("bt:Image", { size, scale, resid: iconResid(size * scale) }),
            ),
          ),
        ),
        el(
          "Action",
          { "xsi:type": "ShowTaskpane" },
          el("SourceLocation", { resid: TASK_PANE_URL_RESID }),
        ),
      ),
    ),
  );
}

function commandSurface(
  surface: OutlookSurface,
  button: RibbonButton,
  withPinning: boolean,
): XmlElement {
  // Group and control ids must be unique in the manifest, so they carry the surface.
  return el(
    "ExtensionPoint",
    { "xsi:type": EXTENSION_POINTS[surface] },
    el(
      "OfficeTab",
      { id: "TabDefault" },
      el(
        "Group",
        { id: `${surface}.${button.id}.group` },
        el("Label", { resid: `${button.id}.Group` }),
        el(
          "Control",
          { "xsi:type": "Button", id: `${surface}.${button.id}.button` },
          el("Label", { resid: `${button.id}.Label` }),
          el(
            "Supertip",
            {},
            el("Title", { resid: `${button.id}.TipTitle` }),
            el("Description", { resid: `${button.id}.TipText` }),
          ),
          el(
            "Icon",
            {},
            ...RIBBON_ICON_SIZES.map((size) => el("bt:Image", { size, resid: iconResid(size) })),
          ),
          el(
            "Action",
            { "xsi:type": "ShowTaskpane" },
            el("SourceLocation", { resid: TASK_PANE_URL_RESID }),
            withPinning && button.pinnable && el("SupportsPinning", {}, "true"),
          ),
        ),
      ),
    ),
  );
}

function resources(
  source: ManifestSource,
  target: DeployTarget,
  version: OverridesVersion,
): XmlElement {
  const urls = siteUrls(target.baseUrl);
  // Each override lists exactly the images its buttons use (pixel sizes; a mobile 25 px icon at
  // scale 2 is the 50 px file).
  const mobilePixels = MOBILE_ICON_SIZES.flatMap((size) => MOBILE_ICON_SCALES.map((s) => size * s));
  const imageSizes = [
    ...new Set([...RIBBON_ICON_SIZES, ...(version === "1.1" ? mobilePixels : [])]),
  ].sort((a, b) => a - b);
  const string = (id: string, text: Localized) =>
    el(
      "bt:String",
      { id, DefaultValue: text.en },
      el("bt:Override", { Locale: XML_FRENCH_LOCALE, Value: text.frCA }),
    );
  // Buttons that share a group label share one string; each button has its own label and tip.
  const shortStrings = source.ribbonButtons.flatMap((b) => [
    string(`${b.id}.Group`, b.groupLabel),
    string(`${b.id}.Label`, b.label),
    string(`${b.id}.TipTitle`, b.tipTitle),
  ]);
  const longStrings = source.ribbonButtons.map((b) => string(`${b.id}.TipText`, b.tipDescription));
  return el(
    "Resources",
    {},
    el(
      "bt:Images",
      {},
      ...imageSizes.map((size) =>
        el("bt:Image", { id: iconResid(size), DefaultValue: urls.icon(size) }),
      ),
    ),
    el("bt:Urls", {}, el("bt:Url", { id: TASK_PANE_URL_RESID, DefaultValue: urls.taskpane })),
    el("bt:ShortStrings", {}, ...shortStrings),
    el("bt:LongStrings", {}, ...longStrings),
  );
}
