// The development config the dev server serves at /config.json: where the sandbox is, who is
// default.
import type { SharePointConfig } from "../../domain/config";

export interface DevConfig {
  mode: "sandbox";
  sandboxOrigin: string;
  defaultPersona: string;
  sharePoint: SharePointConfig | null;
}

export async function loadDevConfig(): Promise<DevConfig> {
  const response = await fetch("config.json", { cache: "no-store" });
  if (!response.ok) throw new Error(`config.json: HTTP ${response.status}`);
  return (await response.json()) as DevConfig;
}
