import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseHTML } from "linkedom";
import { afterEach, describe, expect, it } from "vitest";
import { repoRoot, runBuild } from "../support/build.js";
import { tempDir, type TempDir } from "./run.js";

let dir: TempDir | undefined;
afterEach(() => dir?.remove());

describe("npm run build for GitHub Pages", () => {
  it("should serve the site from the address the Pages workflow passes in, without editing archive.yaml", async () => {
    dir = tempDir("pages-");
    // What .github/workflows/pages.yml sets for https://someone.github.io/liaocheng-archive/.
    const env = { ARCHIVE_BASE_URL: "https://someone.github.io", ARCHIVE_PATH_PREFIX: "/liaocheng-archive/" };
    const result = await runBuild(repoRoot, dir.path, { env });
    expect(result.code, result.output).toBe(0);
    const { document } = parseHTML(readFileSync(join(dir.path, "index.html"), "utf8"));
    expect(document.querySelector('link[rel="canonical"]')?.getAttribute("href")).toBe(
      "https://someone.github.io/liaocheng-archive/",
    );
    const local = [...document.querySelectorAll("[href], [src]")]
      .map((e) => e.getAttribute("href") ?? e.getAttribute("src") ?? "")
      .filter((url) => url.startsWith("/"));
    expect(local.length).toBeGreaterThan(0);
    expect(local.filter((url) => !url.startsWith("/liaocheng-archive/"))).toEqual([]);
  });
});
