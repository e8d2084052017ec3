// What `npm run start:https` tells the developer to sideload: the files in dist/ it serves, by path.
import { existsSync } from "node:fs";
import { join } from "node:path";

/** What to sideload, naming the files in dist/ that `npm run package -- --dev` wrote. */
export function sideloadHints(dist: string): string[] {
  const zip = join(dist, "appPackage.zip");
  const xml = join(dist, "manifest.xml");
  const config = join(dist, "config.json");
  const lines = [
    existsSync(zip)
      ? `Teams (and Outlook via the app package): upload ${zip} (Apps → Manage your apps → Upload an app).`
      : `No ${zip}: run \`npm run package -- --dev --skip-build\` with INTERVIEWS_BASE_URL=https://localhost:<port>.`,
    existsSync(xml)
      ? `Outlook clients without the app package: sideload ${xml} (https://aka.ms/olksideload → Add from file).`
      : `No ${xml}: \`npm run package -- --dev --skip-build\` writes it.`,
  ];
  if (!existsSync(config))
    lines.push(`No ${config}: write one (docs/DEPLOY.md, step 4) before signing in.`);
  return lines;
}
