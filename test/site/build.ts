/**
 * Test helpers for the site's pages: a small archive described by issue and page (written with
 * `test/support/archive.ts`, built with `test/support/build.ts`), and the built pages read through
 * a real DOM parser.
 */
import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { parseHTML } from "linkedom";
import { type ArchiveFiles, issueFolder, tempArchive } from "../support/archive.js";
import { type BuildOptions, type BuiltSite, buildSite, siteFiles } from "../support/build.js";

export const BASE_URL = "https://example.org";

export interface FixtureArchive {
  /** Extra lines for archive.yaml (title, language, timeZone, baseUrl are set). */
  config?: Record<string, string>;
  /** Issue folder name (`2025-03-17`) → page file name → text; `issue.yaml` text under that name. */
  issues: Record<string, Record<string, string | Uint8Array>>;
}

/** Writes the archive into a fresh temp dir and returns its root. */
export function writeArchive(fixture: FixtureArchive): string {
  const config = {
    title: "聊城新闻档案",
    description: "聊城本地新闻",
    language: "zh-CN",
    timeZone: "Asia/Shanghai",
    baseUrl: BASE_URL,
    publisher: "聊城日报",
    ...fixture.config,
  };
  const files: ArchiveFiles = {
    "archive.yaml": Object.entries(config)
      .map(([k, v]) => `${k}: ${JSON.stringify(v)}\n`)
      .join(""),
  };
  for (const [date, pages] of Object.entries(fixture.issues))
    for (const [name, text] of Object.entries(pages)) files[`${issueFolder(date)}/${name}`] = text;
  return tempArchive(files).root;
}

/** Writes `fixture` into a temp archive and builds it; the site's `remove()` removes the archive too. */
export async function buildFixture(fixture: FixtureArchive, options: BuildOptions = {}): Promise<BuiltSite> {
  const root = writeArchive(fixture);
  const removeArchive = (): void => rmSync(root, { recursive: true, force: true });
  try {
    const site = await buildSite(root, options);
    return {
      ...site,
      remove: () => {
        site.remove();
        removeArchive();
      },
    };
  } catch (error) {
    removeArchive();
    throw error;
  }
}

export const htmlFiles = (dir: string): string[] => siteFiles(dir).filter((f) => f.endsWith(".html"));

/** The built page at a site path (`/2025/` or `/2025/index.html`), parsed. */
export function page(site: BuiltSite, path: string): Document {
  const file = path.endsWith("/") ? `${path}index.html` : path;
  return parseHTML(readFileSync(join(site.dir, decodeURIComponent(file)), "utf8")).document;
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
