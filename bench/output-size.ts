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

/** Eleventy's closing line, `[11ty] Copied 1 Wrote 3594 files in …`: the files it rendered. */
export function eleventyWroteFiles(log: string): number | null {
  const match = /Wrote (\d+) files? in/.exec(log);
  return match ? Number(match[1]) : null;
}
