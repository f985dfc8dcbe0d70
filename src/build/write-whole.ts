/**
 * Puts a file in place whole: it is made under a name of its own beside `file`, then renamed over
 * it, so that a reader (another build, a build killed half-way and run again) never sees half of
 * it. The caches' entries and lists are written this way.
 */
import { randomBytes } from "node:crypto";
import { renameSync, writeFileSync } from "node:fs";

/** Writes `content` at `file`, or has `make` make the file at the path it is given. */
export function writeWhole(file: string, content: string | ((temp: string) => void)): void {
  const temp = `${file}.${randomBytes(4).toString("hex")}`;
  if (typeof content === "string") writeFileSync(temp, content);
  else content(temp);
  renameSync(temp, file);
}
