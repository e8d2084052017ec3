// The unified manifest validates offline against its bundled schema and puts every surface where
// users expect it.
import { AppManifestUtils } from "@microsoft/app-manifest";
import Ajv from "ajv-draft-04";
import addFormats from "ajv-formats";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { resolveDeployTarget, type DeployTarget } from "../../manifest-src/deployTarget";
import {
  buildUnifiedManifest,
  CONFIGURABLE_TAB_CONTEXTS,
  localizationSchemaUrl,
  type UnifiedManifest,
} from "../../manifest-src/unifiedManifest";
import { manifestSource } from "../../scripts/manifestSource";

const committed = JSON.parse(readFileSync("appPackage/manifest.json", "utf8")) as UnifiedManifest;
const committedFrench = JSON.parse(readFileSync("appPackage/fr-ca.json", "utf8")) as Record<
  string,
  string
>;

/** A realistic production deployment (not the example one) to build fresh manifests for. */
function contosoTarget(): DeployTarget {
  const result = resolveDeployTarget({
    env: {
      INTERVIEWS_BASE_URL: "https://careers.contoso.edu/interviews/",
      INTERVIEWS_APP_ID: "3f2b8c1e-5d4a-4e6b-9c7d-1a2b3c4d5e6f",
      INTERVIEWS_CLIENT_ID: "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d",
    },
  });
  if (!result.ok) throw new Error(result.errors.join("; "));
  return result.target;
}

/** Reads a value at a localization path such as `extensions[0].ribbons[1].tabs[0].groups[0].label`. */
function valueAt(root: unknown, path: string): unknown {
  return path.split(/\.|(?=\[)/).reduce<unknown>((node, part) => {
    if (node === undefined || node === null) return undefined;
    const index = /^\[(\d+)\]$/.exec(part);
    return index ? (node as unknown[])[Number(index[1])] : (node as Record<string, unknown>)[part];
  }, root);
}

async function validateLocalization(strings: Record<string, string>): Promise<string[]> {
  // Same engine and schema file as @microsoft/app-manifest; its own call cannot compile this schema
  // (a pattern that is invalid under ajv's default unicode regexps), so unicode mode is turned off.
  const schema = (await AppManifestUtils.fetchSchema(
    localizationSchemaUrl(manifestSource.manifestVersion),
  )) as object;
  const ajv = new Ajv({ allErrors: true, strictTypes: false, unicodeRegExp: false });
  addFormats(ajv, ["uri", "email", "regex"]);
  const validate = ajv.compile(schema);
  return validate(strings)
    ? []
    : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}

describe("the unified manifest", () => {
  it("validates against the schema bundled with @microsoft/app-manifest", async () => {
    expect(committed.$schema).toContain(`/v${manifestSource.manifestVersion}/`);
    expect(await AppManifestUtils.validateAgainstSchema(committed)).toEqual([]);
  });

  it("also validates when built for a real deployment under a path", async () => {
    const { manifest } = buildUnifiedManifest(manifestSource, contosoTarget());
    expect(await AppManifestUtils.validateAgainstSchema(manifest)).toEqual([]);
    expect(manifest.staticTabs?.[0]?.contentUrl).toBe(
      "https://careers.contoso.edu/interviews/tab.html?host=teams",
    );
  });

  it("is rejected by the same validation when a surface is misspelt (the check is real)", async () => {
    const broken = structuredClone(committed) as unknown as {
      extensions: { ribbons: { contexts: string[] }[] }[];
    };
    broken.extensions[0]!.ribbons[0]!.contexts = ["mailReading"];
    const errors = await AppManifestUtils.validateAgainstSchema(
      broken as unknown as UnifiedManifest,
    );
    expect(errors.join("\n")).toMatch(/contexts/);
  });

  it("gives students a personal tab opening the tab page in Teams mode", () => {
    const tab = committed.staticTabs?.[0];
    expect(tab?.scopes).toEqual(["personal"]);
    expect(tab?.contentUrl).toBe("https://interviews.example.org/tab.html?host=teams");
    // "Open in browser" from Teams lands on the same page without the Teams host parameter.
    expect(tab?.websiteUrl).toBe("https://interviews.example.org/tab.html");
  });

  it("offers the configurable tab in channels, chats, meeting chat, details and the side panel", () => {
    const tab = committed.configurableTabs?.[0];
    expect(tab?.configurationUrl).toBe(
      "https://interviews.example.org/tab.html?host=teams&view=config",
    );
    expect(tab?.scopes).toEqual(expect.arrayContaining(["team", "groupChat"]));
    for (const context of [...CONFIGURABLE_TAB_CONTEXTS]) expect(tab?.context).toContain(context);
    expect(tab?.meetingSurfaces).toContain("sidePanel");
  });

  it("puts an Outlook button on message read and compose and on both sides of a meeting", () => {
    const extension = committed.extensions?.[0];
    const contexts = extension?.ribbons?.flatMap((r) => r.contexts ?? []);
    expect(new Set(contexts)).toEqual(
      new Set(["mailRead", "mailCompose", "meetingDetailsOrganizer", "meetingDetailsAttendee"]),
    );
    expect(extension?.requirements?.scopes).toEqual(["mail"]);
    expect(extension?.requirements?.capabilities).toContainEqual({
      name: "Mailbox",
      minVersion: "1.5",
    });

    const runtime = extension?.runtimes?.[0];
    expect(runtime?.code.page).toBe("https://interviews.example.org/taskpane.html?host=outlook");
    const action = runtime?.actions?.[0];
    expect(action).toMatchObject({ type: "openPage", pinnable: true });
    // Every button runs the task pane action, and ids are unique across the manifest.
    const controls = extension?.ribbons?.flatMap((r) =>
      r.tabs.flatMap((t) => t.groups?.flatMap((g) => g.controls ?? []) ?? []),
    );
    expect(controls?.every((c) => c.actionId === action?.id)).toBe(true);
    const ids = [
      ...(controls ?? []).map((c) => c.id),
      ...(extension?.ribbons ?? []).flatMap((r) =>
        r.tabs.flatMap((t) => t.groups?.map((g) => g.id) ?? []),
      ),
    ];
    expect(new Set(ids).size).toBe(ids.length);
    for (const control of controls ?? [])
      expect(control.icons?.map((i) => i.size)).toEqual([16, 32, 80]);
  });

  it("asks for read item only: the code never writes to the item", () => {
    expect(committed.authorization?.permissions?.resourceSpecific).toEqual([
      { name: "MailboxItem.Read.User", type: "Delegated" },
    ]);
  });

  it("has its own id and hides the XML manifest's add-in, which has another", () => {
    const target = contosoTarget();
    const { manifest } = buildUnifiedManifest(manifestSource, target);
    expect(manifest.id).not.toBe(target.xmlAddinId);
    expect(manifest.extensions?.[0]?.alternates).toEqual([
      { hide: { customOfficeAddin: { officeAddinId: target.xmlAddinId } } },
    ]);
  });

  it("names the Entra app for tab SSO and trusts only its own domain", () => {
    const target = contosoTarget();
    const { manifest } = buildUnifiedManifest(manifestSource, target);
    expect(manifest.webApplicationInfo).toEqual({
      id: target.clientId,
      resource: `api://careers.contoso.edu/${target.clientId}`,
    });
    expect(manifest.validDomains).toEqual(["careers.contoso.edu"]);
    expect(manifest.id).toBe(target.appId);
  });
});

describe("the fr-CA localization file", () => {
  it("validates against the bundled localization schema", async () => {
    expect(committedFrench.$schema).toBe(localizationSchemaUrl(manifestSource.manifestVersion));
    expect(await validateLocalization(committedFrench)).toEqual([]);
  });

  it("is rejected when a translation is too long for its slot (the check is real)", async () => {
    const tooLong = { ...committedFrench, "name.short": "Entrevues d'information professionnelle" };
    expect((await validateLocalization(tooLong)).join("\n")).toMatch(/name\.short/);
  });

  it("is declared in the manifest", () => {
    expect(committed.localizationInfo?.additionalLanguages).toContainEqual({
      languageTag: "fr-ca",
      file: "fr-ca.json",
    });
  });

  it("translates every user-visible string, each at a path that exists in the manifest", () => {
    const keys = Object.keys(committedFrench).filter((k) => k !== "$schema");
    for (const key of keys) expect(typeof valueAt(committed, key), key).toBe("string");
    expect(committedFrench["name.short"]).toBe("Entrevues d'information");
    expect(committedFrench["staticTabs[0].name"]).toBe("Mes entrevues");
    // Every ribbon label, tip title and tip description has its French version.
    const ribbonStrings = keys.filter((k) => k.startsWith("extensions[0].ribbons["));
    expect(ribbonStrings).toHaveLength(manifestSource.ribbonButtons.length * 4);
    for (const key of keys) expect(committedFrench[key]).not.toBe(valueAt(committed, key));
  });
});
