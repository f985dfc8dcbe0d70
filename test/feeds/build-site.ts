/** Real builds for the feed tests: the eleventy command as `npm run build` runs it, into a temp dir. */
import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";
import { promisify } from "node:util";

const repo = resolve(import.meta.dirname, "../..");
const run = promisify(execFile);

export interface BuiltSite {
  dir: string;
  /** The text of an output file, by its path relative to the output dir. */
  read: (file: string) => string;
  /** Output files, relative to the output dir, `/`-separated. */
  files: () => string[];
  exists: (file: string) => boolean;
  remove: () => void;
}

/**
 * Builds the archive at `archiveRoot`. `env` adds variables such as ARCHIVE_PATH_PREFIX; TZ is set
 * far from the archive's zone so that dates that fell back to the machine's zone would show.
 */
export async function buildSite(archiveRoot: string, env: Record<string, string> = {}): Promise<BuiltSite> {
  const dir = mkdtempSync(join(tmpdir(), "feeds-site-"));
  await run(
    join(repo, "node_modules/.bin/tsx"),
    ["node_modules/@11ty/eleventy/cmd.cjs", "--config=.eleventy.ts", `--output=${dir}`, "--quiet"],
    {
      cwd: repo,
      env: { ...process.env, TZ: "America/Los_Angeles", ARCHIVE_ROOT: archiveRoot, ...env },
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  const files = (): string[] => walk(dir).map((file) => relative(dir, file).split("\\").join("/"));
  return {
    dir,
    read: (file) => readFileSync(join(dir, file), "utf8"),
    files,
    exists: (file) => existsSync(join(dir, file)) && statSync(join(dir, file)).isFile(),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

/**
 * The output file a site URL is served from: the prefix taken off, the path decoded, and
 * `index.html` added to a directory URL. Null when the URL is not under `sitePrefix`.
 */
export function fileForUrl(url: string, sitePrefix: string): string | null {
  if (!url.startsWith(sitePrefix)) return null;
  const path = decodeURIComponent(url.slice(sitePrefix.length).split(/[?#]/)[0] ?? "");
  return path === "" || path.endsWith("/") ? `${path}index.html` : path;
}
