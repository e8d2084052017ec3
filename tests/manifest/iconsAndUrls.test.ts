// Icons have the sizes the hosts demand, the outline icon is white on transparent, and every
// manifest URL has its file.
import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { UnifiedManifest } from "../../manifest-src/unifiedManifest";
import {
  BUILT_PAGES,
  ICON_DIR,
  PACKAGE_ICONS,
  SITE_ICON_SIZES,
  siteIconFile,
} from "../../manifest-src/sitePages";
import { descendants, parseXml } from "./xmlTree";
import { readPng } from "./readPng";

const json = JSON.parse(readFileSync("appPackage/manifest.json", "utf8")) as UnifiedManifest;
const xml = readFileSync("manifest/manifest.xml", "utf8");
const BASE = "https://interviews.example.org";

/** Every https URL the two manifests point at on our own site. */
function siteUrlsInManifests(): string[] {
  const fromJson: string[] = [];
  const walk = (value: unknown): void => {
    if (typeof value === "string" && value.startsWith(`${BASE}/`)) fromJson.push(value);
    else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === "object") Object.values(value).forEach(walk);
  };
  walk(json);
  const fromXml = descendants(parseXml(xml)).flatMap((node) =>
    [...Object.values(node.attributes), node.text].filter((v) => v.startsWith(`${BASE}/`)),
  );
  return [...new Set([...fromJson, ...fromXml])];
}

/** Share of fully transparent pixels and the set of colours used by visible pixels. */
function inspect(rgba: Uint8Array) {
  let transparent = 0;
  const colours = new Set<string>();
  for (let i = 0; i < rgba.length; i += 4) {
    if (rgba[i + 3] === 0) transparent++;
    else colours.add(`${rgba[i]},${rgba[i + 1]},${rgba[i + 2]}`);
  }
  return { transparentShare: transparent / (rgba.length / 4), colours };
}

describe("icons", () => {
  it("the Teams colour icon is a 192 px opaque tile in the brand colour", () => {
    const png = readPng(readFileSync(`appPackage/${PACKAGE_ICONS.color.file}`));
    expect([png.width, png.height]).toEqual([192, 192]);
    const { transparentShare, colours } = inspect(png.rgba);
    expect(transparentShare).toBe(0);
    // The corner pixel is the brand colour the manifest declares as its accent.
    const hex = `#${[...png.rgba.subarray(0, 3)].map((c) => c.toString(16).padStart(2, "0")).join("")}`;
    expect(hex.toUpperCase()).toBe(json.accentColor.toUpperCase());
    expect(colours.size).toBeGreaterThan(3);
  });

  it("the Teams outline icon is 32 px, white on transparent, with a visible mark", () => {
    const png = readPng(readFileSync(`appPackage/${PACKAGE_ICONS.outline.file}`));
    expect([png.width, png.height, png.colorType]).toEqual([32, 32, 6]);
    const { transparentShare, colours } = inspect(png.rgba);
    expect([...colours]).toEqual(["255,255,255"]);
    expect(transparentShare).toBeGreaterThan(0.3);
    expect(transparentShare).toBeLessThan(0.8);
  });

  it("every site icon has the size its name promises and a transparent background", () => {
    for (const size of SITE_ICON_SIZES) {
      const png = readPng(readFileSync(`${ICON_DIR}/${siteIconFile(size)}`));
      expect([png.width, png.height], `icon-${size}`).toEqual([size, size]);
      expect(png.rgba[3], `icon-${size} corner`).toBe(0);
      expect(inspect(png.rgba).transparentShare).toBeLessThan(0.7);
    }
  });
});

describe("manifest URLs", () => {
  it("point only at pages the web build produces and at committed icons", () => {
    const urls = siteUrlsInManifests();
    expect(urls.length).toBeGreaterThan(5);
    for (const url of urls) {
      const path = new URL(url).pathname.slice(1);
      const isPage = (BUILT_PAGES as readonly string[]).includes(path);
      const isIcon = path.startsWith(`${ICON_DIR}/`) && existsSync(path);
      expect(isPage || isIcon, url).toBe(true);
    }
  });

  it("use each icon at the size its file has", () => {
    const manifestIcons = json.extensions?.[0]?.ribbons?.flatMap((r) =>
      r.tabs.flatMap(
        (t) =>
          t.groups?.flatMap((g) => [
            ...(g.icons ?? []),
            ...(g.controls ?? []).flatMap((c) => c.icons ?? []),
          ]) ?? [],
      ),
    );
    expect(manifestIcons?.length).toBeGreaterThan(0);
    for (const icon of manifestIcons ?? []) {
      const png = readPng(readFileSync(new URL(icon.url).pathname.slice(1)));
      expect(png.width, icon.url).toBe(icon.size);
    }
    const root = parseXml(xml);
    const images = descendants(root).filter(
      (n) => n.name === "bt:Image" && n.attributes.DefaultValue,
    );
    for (const image of images) {
      const size = Number(/icon-(\d+)\.png$/.exec(image.attributes.DefaultValue ?? "")?.[1]);
      expect(image.attributes.id).toBe(`Icon.${size}x${size}`);
      expect(readPng(readFileSync(`${ICON_DIR}/${siteIconFile(size)}`)).width).toBe(size);
    }
    const iconUrl =
      descendants(root).find((n) => n.name === "IconUrl")?.attributes.DefaultValue ?? "";
    const highRes =
      descendants(root).find((n) => n.name === "HighResolutionIconUrl")?.attributes.DefaultValue ??
      "";
    expect(readPng(readFileSync(new URL(iconUrl).pathname.slice(1))).width).toBe(64);
    expect(readPng(readFileSync(new URL(highRes).pathname.slice(1))).width).toBe(128);
  });

  it("never point at this machine in the committed (production-shaped) manifests", () => {
    for (const text of [JSON.stringify(json), xml]) {
      expect(text).not.toMatch(/localhost|127\.0\.0\.1|\[::1\]/);
      expect(text).not.toMatch(/http:\/\/(?!schemas\.microsoft\.com|www\.w3\.org)/);
    }
  });
});
