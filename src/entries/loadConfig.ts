// Reads the deploy-time config.json that sits beside the pages and checks it.
import { parseConfig, type ConfigResult } from "../domain/config";

/** The checked config, plus the sandbox's default persona when the development server names one. */
export type LoadedConfig = ConfigResult & { defaultPersona?: string };

export async function loadConfig(): Promise<LoadedConfig> {
  try {
    const response = await fetch("config.json", { cache: "no-store" });
    if (!response.ok)
      return { ok: false, problems: [`config.json answered HTTP ${response.status}`] };
    const json: unknown = await response.json();
    const persona = (json as { defaultPersona?: unknown } | null)?.defaultPersona;
    return {
      ...parseConfig(json),
      ...(typeof persona === "string" ? { defaultPersona: persona } : {}),
    };
  } catch {
    return { ok: false, problems: ["config.json could not be read"] };
  }
}
