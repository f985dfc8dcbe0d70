/** Size of a built site: what a library uploads to its static host. */
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";

export interface OutputSize {
  files: number;
  bytes: number;
  htmlFiles: number;
}

export function measureOutput(dir: string): OutputSize {
  const size: OutputSize = { files: 0, bytes: 0, htmlFiles: 0 };
  const walk = (d: string): void => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const full = join(d, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile()) {
        size.files += 1;
        size.bytes += statSync(full).size;
        if (entry.name.endsWith(".html")) size.htmlFiles += 1;
      }
    }
  };
  walk(dir);
  return size;
}
