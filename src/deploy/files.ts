/** The files of a built site, as the deploy uploads them. */
import { readdirSync } from "node:fs";
import { join, relative, sep } from "node:path";

/** Every file under `dir`, relative to it with `/` separators, sorted. */
export function siteFiles(dir: string): string[] {
  const files: string[] = [];
  const walk = (d: string): void => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const full = join(d, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile()) files.push(relative(dir, full).split(sep).join("/"));
    }
  };
  walk(dir);
  return files.sort();
}
