/**
 * A hash of the code a cached result was made with, for the build's caches (search shards,
 * rendered pages, page readings): every file under the folders given, the locked dependencies, and
 * the Node and ICU that format dates. Any change to them gives a new hash, so a cached result is
 * always one this code would make. Read once per build: a few hundred small files.
 */
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** This project's root: `src/` and the templates' folders are in it. */
export const PROJECT_DIR = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

/**
 * `format` names what a cache keeps (bumped when that changes, not when code does); `paths` are
 * files or folders, relative to the project's root, hashed with their names.
 */
export function codeVersion(format: string, paths: readonly string[], root = PROJECT_DIR): string {
  const hash = createHash("sha256");
  hash.update(`${format}\0${process.versions.node}\0${process.versions.icu ?? ""}\0`);
  const add = (path: string): void => {
    if (!existsSync(path)) return;
    if (statSync(path).isDirectory()) {
      for (const name of readdirSync(path).sort()) add(join(path, name));
      return;
    }
    hash
      .update(`${relative(root, path)}\0`)
      .update(readFileSync(path))
      .update("\0");
  };
  for (const path of paths) add(join(root, path));
  return hash.digest("hex");
}
