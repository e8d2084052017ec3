// The XML add-in manifest is well-formed, ordered as the Office schemas require, and agrees with
// the unified one.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { GRAPH_PERMISSIONS } from "../../manifest-src/graphPermissions";
import type { UnifiedManifest } from "../../manifest-src/unifiedManifest";
import { manifestSource } from "../../scripts/manifestSource";
import { child, childrenNamed, descendants, parseXml, type XmlNode } from "./xmlTree";

const xml = readFileSync("manifest/manifest.xml", "utf8");
const json = JSON.parse(readFileSync("appPackage/manifest.json", "utf8")) as UnifiedManifest;
const french = JSON.parse(readFileSync("appPackage/fr-ca.json", "utf8")) as Record<string, string>;
const root = parseXml(xml);
const outer = child(root, "VersionOverrides");
const inner = child(outer, "VersionOverrides");
const names = (node: XmlNode) => node.children.map((c) => c.name);

/** Extension points of an override, by xsi:type. */
function extensionPoints(override: XmlNode): Map<string, XmlNode> {
  const formFactor = child(child(child(override, "Hosts"), "Host"), "DesktopFormFactor");
  return new Map(
    childrenNamed(formFactor, "ExtensionPoint").map((e) => [e.attributes["xsi:type"] ?? "", e]),
  );
}

describe("the XML add-in manifest", () => {
  it("is a well-formed MailApp manifest", () => {
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    expect(root.name).toBe("OfficeApp");
    expect(root.attributes["xsi:type"]).toBe("MailApp");
    expect(root.attributes.xmlns).toBe("http://schemas.microsoft.com/office/appforoffice/1.1");
    expect(() => parseXml(xml.replace("</DefaultLocale>", "</DefaultLocal>"))).toThrow(
      /well-formed/,
    );
  });

  it("has the required elements in the order the MailApp schema sets", () => {
    expect(names(root)).toEqual([
      "Id",
      "Version",
      "ProviderName",
      "DefaultLocale",
      "DisplayName",
      "Description",
      "IconUrl",
      "HighResolutionIconUrl",
      "SupportUrl",
      "Hosts",
      "Requirements",
      "FormSettings",
      "Permissions",
      "Rule",
      "DisableEntityHighlighting",
      "VersionOverrides",
    ]);
    expect(names(outer)).toEqual(["Requirements", "Hosts", "Resources", "VersionOverrides"]);
    expect(names(inner)).toEqual(["Requirements", "Hosts", "Resources", "WebApplicationInfo"]);
    expect(outer.attributes["xsi:type"]).toBe("VersionOverridesV1_0");
    expect(inner.attributes["xsi:type"]).toBe("VersionOverridesV1_1");
  });

  it("has its own id, which the unified manifest hides (Office requires distinct GUIDs)", () => {
    // office-js-docs-pr docs/concepts/duplicate-legacy-metaos-add-ins.md
    const xmlId = child(root, "Id").text;
    expect(xmlId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(xmlId).not.toBe(json.id);
    expect(json.extensions?.[0]?.alternates?.[0]?.hide?.customOfficeAddin?.officeAddinId).toBe(
      xmlId,
    );
  });

  it("describes the same add-in as the unified manifest: version and names", () => {
    expect(child(root, "Version").text).toBe(`${json.version}.0`);
    expect(child(root, "DisplayName").attributes.DefaultValue).toBe(json.name.short);
    expect(child(root, "Description").attributes.DefaultValue).toBe(json.description.short);
    expect(child(root, "ProviderName").text).toBe(json.developer.name);
  });

  it("speaks Canadian French with the same words as the app package", () => {
    const override = (node: XmlNode) => child(node, "Override").attributes;
    expect(override(child(root, "DisplayName"))).toEqual({
      Locale: "fr-CA",
      Value: french["name.short"],
    });
    expect(override(child(root, "Description"))).toEqual({
      Locale: "fr-CA",
      Value: french["description.short"],
    });
    for (const override of [outer, inner]) {
      const strings = descendants(child(override, "Resources")).filter(
        (n) => n.name === "bt:String",
      );
      expect(strings.length).toBeGreaterThan(0);
      for (const s of strings) expect(child(s, "bt:Override").attributes.Locale).toBe("fr-CA");
    }
  });

  it("asks for read/write item permission only", () => {
    expect(child(root, "Permissions").text).toBe("ReadItem");
  });

  it("puts a task pane button on message read, compose, and appointment organizer and attendee", () => {
    const surfaces = [
      "MessageReadCommandSurface",
      "MessageComposeCommandSurface",
      "AppointmentOrganizerCommandSurface",
      "AppointmentAttendeeCommandSurface",
    ];
    for (const override of [outer, inner]) {
      const points = extensionPoints(override);
      expect([...points.keys()].sort()).toEqual([...surfaces].sort());
      for (const point of points.values()) {
        const action = descendants(point).find((n) => n.name === "Action");
        expect(action?.attributes["xsi:type"]).toBe("ShowTaskpane");
      }
    }
  });

  it("lets the pane be pinned on messages (VersionOverrides 1.1 only; Outlook cannot pin on appointments)", () => {
    const pinning = (override: XmlNode, surface: string) =>
      descendants(extensionPoints(override).get(surface) as XmlNode).find(
        (n) => n.name === "SupportsPinning",
      )?.text;
    expect(pinning(inner, "MessageReadCommandSurface")).toBe("true");
    expect(pinning(inner, "MessageComposeCommandSurface")).toBe("true");
    expect(pinning(inner, "AppointmentOrganizerCommandSurface")).toBeUndefined();
    expect(pinning(inner, "AppointmentAttendeeCommandSurface")).toBeUndefined();
    // SupportsPinning is not in the 1.0 schema: the outer override (without its nested 1.1) has none.
    const outerOnly = { ...outer, children: outer.children.filter((c) => c !== inner) };
    expect(descendants(outerOnly).some((n) => n.name === "SupportsPinning")).toBe(false);
  });

  it("offers the pane on Outlook mobile for a message being read, with icons for every screen scale", () => {
    const host = child(child(inner, "Hosts"), "Host");
    expect(names(host)).toEqual(["DesktopFormFactor", "MobileFormFactor"]);
    const point = child(child(host, "MobileFormFactor"), "ExtensionPoint");
    expect(point.attributes["xsi:type"]).toBe("MobileMessageReadCommandSurface");
    const control = child(child(point, "Group"), "Control");
    expect(control.attributes["xsi:type"]).toBe("MobileButton");
    const icon = child(control, "Icon");
    expect(icon.attributes["xsi:type"]).toBe("bt:MobileIconList");
    const images = childrenNamed(icon, "bt:Image").map((i) => i.attributes);
    expect(images).toHaveLength(9);
    // A 25 px icon at scale 3 is the 75 px file, and so on.
    for (const image of images) {
      expect(image.resid).toBe(
        `Icon.${Number(image.size) * Number(image.scale)}x${Number(image.size) * Number(image.scale)}`,
      );
    }
    // The 1.0 schema has no mobile form factor.
    expect(names(child(child(outer, "Hosts"), "Host"))).toEqual(["DesktopFormFactor"]);
  });

  it("resolves every resource reference in the override that makes it, within the schema's limits", () => {
    for (const override of [outer, inner]) {
      const resources = child(override, "Resources");
      const ids = (section: string, tag: string) =>
        new Map(
          childrenNamed(child(resources, section), tag).map((n) => [n.attributes.id ?? "", n]),
        );
      const images = ids("bt:Images", "bt:Image");
      const urls = ids("bt:Urls", "bt:Url");
      const shortStrings = ids("bt:ShortStrings", "bt:String");
      const longStrings = ids("bt:LongStrings", "bt:String");
      for (const map of [images, urls, shortStrings, longStrings]) {
        for (const id of map.keys()) expect(id.length, id).toBeLessThanOrEqual(32);
      }
      for (const s of shortStrings.values())
        expect((s.attributes.DefaultValue ?? "").length).toBeLessThanOrEqual(125);
      for (const s of longStrings.values())
        expect((s.attributes.DefaultValue ?? "").length).toBeLessThanOrEqual(250);

      const hosts = descendants(child(override, "Hosts"));
      for (const node of hosts.filter((n) => n.attributes.resid)) {
        const resid = node.attributes.resid ?? "";
        const table =
          node.name === "bt:Image"
            ? images
            : node.name === "SourceLocation"
              ? urls
              : node.name === "Description"
                ? longStrings
                : shortStrings;
        expect(table.has(resid), `${node.name} → ${resid}`).toBe(true);
      }
      const ids2 = hosts
        .filter((n) => n.attributes.id && n.name !== "OfficeTab")
        .map((n) => n.attributes.id);
      expect(new Set(ids2).size).toBe(ids2.length);
    }
  });

  it("opens the same task pane page as the unified manifest", () => {
    const page = json.extensions?.[0]?.runtimes?.[0]?.code.page;
    expect(page).toBe("https://interviews.example.org/taskpane.html?host=outlook");
    for (const override of [outer, inner]) {
      const url = childrenNamed(child(child(override, "Resources"), "bt:Urls"), "bt:Url")[0];
      expect(url?.attributes.DefaultValue).toBe(page);
    }
    const forms = descendants(child(root, "FormSettings")).filter(
      (n) => n.name === "SourceLocation",
    );
    expect(forms.map((f) => f.attributes.DefaultValue)).toEqual([page, page]);
  });

  it("names the same Entra app for SSO, with every delegated Graph permission", () => {
    const info = child(inner, "WebApplicationInfo");
    expect(child(info, "Id").text).toBe(json.webApplicationInfo?.id);
    expect(child(info, "Resource").text).toBe(json.webApplicationInfo?.resource);
    const scopes = childrenNamed(child(info, "Scopes"), "Scope").map((s) => s.text);
    for (const permission of GRAPH_PERMISSIONS) expect(scopes).toContain(permission.scope);
  });

  it("requires Mailbox 1.3 for buttons and the app's own minimum for the 1.1 override", () => {
    const sets = (override: XmlNode) =>
      child(child(override, "Requirements"), "bt:Sets").attributes.DefaultMinVersion;
    expect(sets(outer)).toBe("1.3");
    expect(sets(inner)).toBe(manifestSource.mailboxMinVersion);
  });
});
