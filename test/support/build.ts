/**
 * The one way tests build a site: the eleventy command exactly as `npm run build` runs it, as a
 * child process, for an archive root (`ARCHIVE_ROOT`) into an output dir (`--output`).
 *
 * - `runBuild(root, output)` never throws: for tests about the build's exit code and what it prints.
 * - `buildSite(root)` builds into a fresh temp dir and throws with Eleventy's output on failure:
 *   for tests about the built pages.
 */
import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { eleventyNodeArgs, SITE_CONFIG } from "../../src/build/command.js";
import { siteFiles as deployedFiles } from "../../src/deploy/files.js";

export const repoRoot = resolve(import.meta.dirname, "../..");

export interface Run {
  /** Exit code (null when killed by a signal). */
  code: number | null;
  /** stdout then stderr, as a librarian sees them in a terminal. */
  output: string;
}

/** Runs `command` in the repo with `env` added; never throws on a non-zero exit. */
export function run(command: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<Run> {
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

export interface BuildOptions {
  /** `ARCHIVE_PATH_PREFIX` (`/archive/`); unset, the archive's own `pathPrefix` holds. */
  prefix?: string;
  /** More variables, e.g. `TZ`, `ARCHIVE_BASE_URL`, `ARCHIVE_SEARCH_SHARD_RECORDS`. */
  env?: Record<string, string>;
  /** `--quiet`: Eleventy lists no written files. */
  quiet?: boolean;
}

/**
 * The environment of a build: the test's own, without any `ARCHIVE_*` variable inherited from the
 * shell that runs the tests (a build sees only what its test sets), then `ARCHIVE_ROOT`, the prefix
 * and `env`.
 */
export function buildEnv(root: string, options: BuildOptions): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  // `run` starts from process.env; a variable set to undefined is not passed to the child.
  for (const key of Object.keys(process.env)) if (key.startsWith("ARCHIVE_")) env[key] = undefined;
  env.ARCHIVE_ROOT = root;
  if (options.prefix !== undefined) env.ARCHIVE_PATH_PREFIX = options.prefix;
  return { ...env, ...options.env };
}

/** The site build exactly as `npm run build` runs it, for the archive at `root`, into `output`. */
export const runBuild = (root: string, output: string, options: BuildOptions = {}): Promise<Run> =>
  run(
    process.execPath,
    eleventyNodeArgs(SITE_CONFIG, [`--output=${output}`, ...(options.quiet ? ["--quiet"] : [])]),
    buildEnv(root, options),
  );

/** A site built into a temp dir. */
export interface BuiltSite {
  /** The output dir. */
  dir: string;
  /** The path prefix the site was built under (`/` unless `prefix` was given). */
  prefix: string;
  /** The text of an output file, by its path relative to the output dir. */
  read: (file: string) => string;
  /** Output files, relative to the output dir, `/`-separated, sorted. */
  files: () => string[];
  exists: (file: string) => boolean;
  remove: () => void;
}

/** Builds the archive at `root` into a fresh temp dir (quietly); throws with Eleventy's output on failure. */
export async function buildSite(root: string, options: BuildOptions = {}): Promise<BuiltSite> {
  const dir = mkdtempSync(join(tmpdir(), "test-site-"));
  const result = await runBuild(root, dir, { quiet: true, ...options });
  if (result.code !== 0) {
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`the build of ${root} failed (exit ${result.code}):\n${result.output}`);
  }
  return {
    dir,
    prefix: options.prefix ?? "/",
    read: (file) => readFileSync(join(dir, file), "utf8"),
    files: () => siteFiles(dir).map((file) => file.slice(1)),
    exists: (file) => existsSync(join(dir, file)) && statSync(join(dir, file)).isFile(),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** Every file under `dir`, as site paths with `/` separators (`/2025/03/17/index.html`), sorted. */
export function siteFiles(dir: string): string[] {
  return deployedFiles(dir).map((file) => `/${file}`);
}

/** Every file of a built site with the SHA-256 of its bytes, by site path, sorted: equal only for byte-identical sites. */
export function siteFingerprint(dir: string): Record<string, string> {
  return Object.fromEntries(
    siteFiles(dir).map((file) => [
      file,
      createHash("sha256")
        .update(readFileSync(join(dir, file)))
        .digest("hex"),
    ]),
  );
}
