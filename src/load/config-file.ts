/** Loading `archive.yaml` from the archive root, with any build overrides applied before validation. */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { ARCHIVE_CONFIG_FILE, archiveConfigSpec } from "../config/archive-config.js";
import { parseYamlFile } from "../config/yaml-file.js";
import type { ArchiveConfig } from "../model.js";
import { hasBuiltInInterface } from "../shape/i18n.js";
import type { Diagnostic } from "./diagnostic.js";
import { diagnose } from "./catalogue.js";
import { decodeText } from "./decode.js";
import type { ConfigOverrides } from "./overrides.js";
import { readBytes } from "./read-file.js";

export interface LoadedConfig {
  /** Null when the file is missing or invalid (the diagnostics say why). */
  config: ArchiveConfig | null;
  diagnostics: Diagnostic[];
}

export function loadConfig(root: string, overrides: ConfigOverrides): LoadedConfig {
  const path = join(root, ARCHIVE_CONFIG_FILE);
  if (!existsSync(path))
    return { config: null, diagnostics: [diagnose("missing-config", ARCHIVE_CONFIG_FILE, {})] };
  const read = readBytes(path, ARCHIVE_CONFIG_FILE);
  if (!read.ok) return { config: null, diagnostics: [read.diagnostic] };
  const decoded = decodeText(read.bytes, ARCHIVE_CONFIG_FILE);
  if (!decoded.ok) return { config: null, diagnostics: [decoded.diagnostic] };
  const parsed = parseYamlFile(decoded.text, ARCHIVE_CONFIG_FILE, archiveConfigSpec, overrides);
  const diagnostics = [...parsed.diagnostics];
  const language = parsed.value?.language;
  if (language && !hasBuiltInInterface(language)) {
    const name = new Intl.DisplayNames("en", { type: "language" }).of(language) ?? language;
    diagnostics.push(
      diagnose("no-ui-translation", ARCHIVE_CONFIG_FILE, { language, name }, parsed.lineOfKey(["language"])),
    );
  }
  return { config: parsed.value, diagnostics };
}
