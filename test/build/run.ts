/**
 * Test helpers for the build and check commands: `npm run check` as a child process, and temp dirs.
 * Building and writing archives: `test/support/build.ts`, `test/support/archive.ts`.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { run, type Run } from "../support/build.js";

/**
 * `npm run check -- --root ROOT`, outside GitHub Actions (whose annotations would add lines to the
 * report) unless `env` says otherwise.
 */
export const check = (root: string, env: Record<string, string> = {}): Promise<Run> =>
  run("npm", ["run", "check", "--", "--root", root], { GITHUB_ACTIONS: "", ...env });

export interface TempDir {
  path: string;
  remove: () => void;
}

export function tempDir(prefix: string): TempDir {
  const path = mkdtempSync(join(tmpdir(), prefix));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}
