/**
 * Test helpers: run the project's real commands (`npm run build`'s eleventy command, `npm run check`)
 * as child processes, and copy the sample archive into a temp dir so a test can spoil it.
 */
import { execFile } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";

export const repoRoot = resolve(import.meta.dirname, "../..");

export interface Run {
  /** Exit code (null when killed by a signal). */
  code: number | null;
  /** stdout then stderr, as a librarian sees them in a terminal. */
  output: string;
}

/** Runs `command` in the repo with `env` added; never throws on a non-zero exit. */
export function run(command: string, args: string[], env: Record<string, string> = {}): Promise<Run> {
  return new Promise((done) => {
    execFile(
      command,
      args,
      // NO_COLOR: Eleventy colours its messages on a terminal; assertions compare plain text.
      { cwd: repoRoot, env: { ...process.env, NO_COLOR: "1", ...env }, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === "number" ? error.code : null) : 0;
        done({ code, output: `${stdout}${stderr}` });
      },
    );
  });
}

/** The site build exactly as `npm run build` runs it, for the archive at `root`, into `output`. */
export const build = (root: string, output: string, env: Record<string, string> = {}): Promise<Run> =>
  run(
    join(repoRoot, "node_modules/.bin/tsx"),
    ["node_modules/@11ty/eleventy/cmd.cjs", "--config=.eleventy.ts", `--output=${output}`],
    { ARCHIVE_ROOT: root, ...env },
  );

/** `npm run check -- --root ROOT`. */
export const check = (root: string, env: Record<string, string> = {}): Promise<Run> =>
  run("npm", ["run", "check", "--", "--root", root], env);

export interface TempDir {
  path: string;
  remove: () => void;
}

export function tempDir(prefix: string): TempDir {
  const path = mkdtempSync(join(tmpdir(), prefix));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}

/** A copy of the sample archive (archive.yaml and issues/) in `dir`, plus `files` written over it. */
export function copySample(dir: string, files: Record<string, string | Uint8Array> = {}): string {
  cpSync(join(repoRoot, "archive.yaml"), join(dir, "archive.yaml"));
  cpSync(join(repoRoot, "issues"), join(dir, "issues"), { recursive: true });
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}
