/**
 * Settings a build may impose over `archive.yaml` without editing it: the GitHub Pages workflow
 * serves a fork under `https://<owner>.github.io/<repo>/`, which only the build machine knows.
 */
import type { Override } from "../config/yaml-file.js";

/** archive.yaml keys that may be overridden, each with the environment variable that does it. */
export const OVERRIDABLE = { baseUrl: "ARCHIVE_BASE_URL", pathPrefix: "ARCHIVE_PATH_PREFIX" } as const;

export type ConfigOverrides = Partial<Record<keyof typeof OVERRIDABLE, Override>>;

/** The overrides set in `env`; an empty variable (as CI systems leave unset ones) overrides nothing. */
export function overridesFromEnv(env: NodeJS.ProcessEnv = process.env): ConfigOverrides {
  const overrides: ConfigOverrides = {};
  for (const [key, variable] of Object.entries(OVERRIDABLE) as [keyof typeof OVERRIDABLE, string][]) {
    const value = env[variable];
    if (value) overrides[key] = { value, source: variable };
  }
  return overrides;
}
