// Which deployment the manifests point at: configured or a clearly fake dry run, never localhost by
// accident.
import { describe, expect, it } from "vitest";
import {
  EXAMPLE_DEPLOYMENT,
  isLocalHost,
  resolveDeployTarget,
} from "../../manifest-src/deployTarget";

const APP = "3f2b8c1e-5d4a-4e6b-9c7d-1a2b3c4d5e6f";
const CLIENT = "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d";

function errorsOf(result: ReturnType<typeof resolveDeployTarget>): string {
  return result.ok ? "" : result.errors.join("\n");
}

describe("resolving the deploy target", () => {
  it("reads a deployment from deploy.config.json and normalizes the URL", () => {
    const result = resolveDeployTarget({
      env: {},
      configFile: {
        baseUrl: "https://Careers.Contoso.edu/",
        appId: APP.toUpperCase(),
        clientId: CLIENT,
      },
    });
    expect(result).toMatchObject({
      ok: true,
      target: {
        baseUrl: "https://careers.contoso.edu",
        host: "careers.contoso.edu",
        appId: APP,
        isExample: false,
      },
    });
  });

  it("lets environment variables win over the file (CI overrides a checked-in config)", () => {
    const result = resolveDeployTarget({
      env: { INTERVIEWS_BASE_URL: "https://staging.contoso.edu" },
      configFile: { baseUrl: "https://careers.contoso.edu", appId: APP, clientId: CLIENT },
    });
    expect(result.ok && result.target.baseUrl).toBe("https://staging.contoso.edu");
  });

  it("falls back to the example deployment only for a dry run, and says so", () => {
    const dry = resolveDeployTarget({ env: {}, allowExample: true });
    expect(dry).toMatchObject({ ok: true, target: { ...EXAMPLE_DEPLOYMENT, isExample: true } });
    expect(errorsOf(resolveDeployTarget({ env: {} }))).toMatch(/No deployment configured/);
  });

  it("refuses half a configuration instead of mixing real and example values", () => {
    const result = resolveDeployTarget({
      env: { INTERVIEWS_BASE_URL: "https://careers.contoso.edu" },
      allowExample: true,
    });
    expect(errorsOf(result)).toMatch(/Missing appId/);
    expect(errorsOf(result)).toMatch(/Missing clientId/);
  });

  it("refuses localhost unless --dev, and allows it for sideloading with --dev", () => {
    const env = {
      INTERVIEWS_BASE_URL: "https://localhost:3000",
      INTERVIEWS_APP_ID: APP,
      INTERVIEWS_CLIENT_ID: CLIENT,
    };
    expect(errorsOf(resolveDeployTarget({ env }))).toMatch(/--dev/);
    expect(resolveDeployTarget({ env, dev: true })).toMatchObject({
      ok: true,
      target: { host: "localhost:3000", isDev: true },
    });
    for (const host of ["127.0.0.1", "[::1]", "app.localhost", "LOCALHOST"]) {
      const url = `https://${host}`;
      expect(
        errorsOf(resolveDeployTarget({ env: { ...env, INTERVIEWS_BASE_URL: url } })),
        url,
      ).toMatch(/this machine/);
    }
  });

  it("gives the XML manifest its own stable id: derived from the app id, or given", () => {
    const env = {
      INTERVIEWS_BASE_URL: "https://careers.contoso.edu",
      INTERVIEWS_APP_ID: APP,
      INTERVIEWS_CLIENT_ID: CLIENT,
    };
    const first = resolveDeployTarget({ env });
    const again = resolveDeployTarget({ env });
    const derived = first.ok ? first.target.xmlAddinId : "";
    expect(derived).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    expect(derived).not.toBe(APP);
    expect(again.ok && again.target.xmlAddinId).toBe(derived);
    const given = "6c1d2e3f-4a5b-4c6d-8e7f-0a1b2c3d4e5f";
    const withGiven = resolveDeployTarget({ env: { ...env, INTERVIEWS_XML_ADDIN_ID: given } });
    expect(withGiven.ok && withGiven.target.xmlAddinId).toBe(given);
    expect(
      errorsOf(resolveDeployTarget({ env: { ...env, INTERVIEWS_XML_ADDIN_ID: APP } })),
    ).toMatch(/xmlAddinId must differ/);
  });

  it("refuses plain http, queries, and ids that are not GUIDs", () => {
    const base = { INTERVIEWS_APP_ID: APP, INTERVIEWS_CLIENT_ID: CLIENT };
    expect(
      errorsOf(
        resolveDeployTarget({
          env: { ...base, INTERVIEWS_BASE_URL: "http://careers.contoso.edu" },
        }),
      ),
    ).toMatch(/https/);
    expect(
      errorsOf(
        resolveDeployTarget({
          env: { ...base, INTERVIEWS_BASE_URL: "https://careers.contoso.edu/?x=1" },
        }),
      ),
    ).toMatch(/query/);
    expect(
      errorsOf(
        resolveDeployTarget({
          env: {
            ...base,
            INTERVIEWS_BASE_URL: "https://careers.contoso.edu",
            INTERVIEWS_CLIENT_ID: "my-app",
          },
        }),
      ),
    ).toMatch(/clientId is not a GUID/);
    expect(
      errorsOf(
        resolveDeployTarget({
          env: {
            ...base,
            INTERVIEWS_BASE_URL: "https://careers.contoso.edu",
            INTERVIEWS_CLIENT_ID: APP,
          },
        }),
      ),
    ).toMatch(/must differ/);
  });

  it("uses the organisation's publisher details when given, else points them at the app", () => {
    const env = {
      INTERVIEWS_BASE_URL: "https://careers.contoso.edu",
      INTERVIEWS_APP_ID: APP,
      INTERVIEWS_CLIENT_ID: CLIENT,
    };
    const given = resolveDeployTarget({
      env,
      configFile: {
        publisher: { name: "Contoso Career Centre", privacyUrl: "https://contoso.edu/privacy" },
      },
    });
    expect(given.ok && given.target.publisher).toEqual({
      name: "Contoso Career Centre",
      websiteUrl: "https://careers.contoso.edu",
      privacyUrl: "https://contoso.edu/privacy",
      termsOfUseUrl: "https://careers.contoso.edu",
    });
    expect(
      errorsOf(
        resolveDeployTarget({
          env,
          configFile: { publisher: { privacyUrl: "http://contoso.edu/privacy" } },
        }),
      ),
    ).toMatch(/privacyUrl/);
  });

  it("knows which hosts are this machine", () => {
    expect(isLocalHost("localhost")).toBe(true);
    expect(isLocalHost("127.10.0.1")).toBe(true);
    expect(isLocalHost("localhost.contoso.edu")).toBe(false);
    expect(isLocalHost("careers.contoso.edu")).toBe(false);
  });
});
