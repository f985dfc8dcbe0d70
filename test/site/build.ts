/**
 * Test helpers: write a small archive into a temp dir, build it with the real Eleventy command
 * (as `npm run build` does), and read the built pages through a real DOM parser.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { parseHTML } from "linkedom";

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

/** The real sample page (a copy of the shared corpus page). */
export const samplePage = (): string =>
  readFileSync(join(repoRoot, "test/fixtures/corpus/000_44ab08e54eea3468.txt"), "utf8");

export const BASE_URL = "https://example.org";

export interface FixtureArchive {
  /** Extra lines for archive.yaml (title, language, timeZone, baseUrl are set). */
  config?: Record<string, string>;
  /** Issue folder name (`2025-03-17`) → page file name → text; `issue.yaml` text under that name. */
  issues: Record<string, Record<string, string>>;
}

/** Writes the archive into a fresh temp dir and returns its root. */
export function writeArchive(fixture: FixtureArchive): string {
  const root = mkdtempSync(join(tmpdir(), "shape-archive-"));
  const config = {
    title: "聊城新闻档案",
    description: "聊城本地新闻",
    language: "zh-CN",
    timeZone: "Asia/Shanghai",
    baseUrl: BASE_URL,
    publisher: "聊城日报",
    ...fixture.config,
  };
  writeFileSync(
    join(root, "archive.yaml"),
    Object.entries(config)
      .map(([k, v]) => `${k}: ${JSON.stringify(v)}\n`)
      .join(""),
  );
  for (const [date, files] of Object.entries(fixture.issues)) {
    const dir = join(root, "issues", date.slice(0, 4), date);
    mkdirSync(dir, { recursive: true });
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  }
  return root;
}

export interface BuiltSite {
  out: string;
  /** The path prefix the site was built under (`/` or `/archive/`). */
  prefix: string;
  cleanup: () => void;
}

/** Builds `root` with the eleventy command into a temp dir; throws with Eleventy's output on failure. */
export function buildSite(root: string, prefix = "/"): BuiltSite {
  const out = mkdtempSync(join(tmpdir(), "shape-site-"));
  execFileSync(
    join(repoRoot, "node_modules/.bin/tsx"),
    ["node_modules/@11ty/eleventy/cmd.cjs", "--config=.eleventy.ts", `--output=${out}`, "--quiet"],
    {
      cwd: repoRoot,
      env: buildEnv(root, prefix),
      stdio: "pipe",
    },
  );
  return { out, prefix, cleanup: () => rmSync(out, { recursive: true, force: true }) };
}

function buildEnv(root: string, prefix: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ARCHIVE_ROOT: root };
  delete env.ARCHIVE_PATH_PREFIX;
  delete env.ARCHIVE_TIMINGS;
  if (prefix !== "/") env.ARCHIVE_PATH_PREFIX = prefix;
  return env;
}

/** Every file under `dir`, as site paths with `/` separators (`/2025/03/17/index.html`). */
export function siteFiles(dir: string): string[] {
  const files: string[] = [];
  const walk = (d: string): void => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const full = join(d, entry.name);
      if (entry.isDirectory()) walk(full);
      else files.push(`/${relative(dir, full).split(sep).join("/")}`);
    }
  };
  walk(dir);
  return files.sort();
}

export const htmlFiles = (dir: string): string[] => siteFiles(dir).filter((f) => f.endsWith(".html"));

/** The built page at a site path (`/2025/` or `/2025/index.html`), parsed. */
export function page(site: BuiltSite, path: string): Document {
  const file = path.endsWith("/") ? `${path}index.html` : path;
  return parseHTML(readFileSync(join(site.out, decodeURIComponent(file)), "utf8")).document;
}

/** A link's target as a site path without the prefix (`/archive/2025/` → `/2025/`), or null if external. */
export function sitePath(site: BuiltSite, href: string): string | null {
  const url = new URL(href, `${BASE_URL}${site.prefix}`);
  if (url.origin !== BASE_URL || !url.pathname.startsWith(site.prefix)) return null;
  return decodeURIComponent(`/${url.pathname.slice(site.prefix.length)}`);
}

export const text = (el: Element | null | undefined): string =>
  (el?.textContent ?? "").replace(/\s+/g, " ").trim();

/** A `<pre>`'s text as a browser shows it: HTML drops one newline right after the start tag. */
export const preText = (el: Element | null): string => (el?.textContent ?? "").replace(/^\n/, "");
