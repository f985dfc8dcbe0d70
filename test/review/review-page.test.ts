/**
 * `npm run review` on a fixture archive with known doubtful readings, the page opened in headless
 * Chromium: each doubt appears with its file, line and fix; its link leads to the line, shown
 * beside how it was read; axe-core finds no violation.
 */
import { createRequire } from "node:module";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "../../bench/chromium.js";
import { run, type Run } from "../support/build.js";
import { copySample } from "../support/archive.js";
import { SAMPLE_PAGE } from "../support/corpus.js";
import { tempDir, type TempDir } from "../build/run.js";

const axePath = createRequire(import.meta.url).resolve("axe-core/axe.min.js");
const lines = SAMPLE_PAGE.split("\n");
/** The sample page without the given (1-based) lines. */
const without = (...drop: number[]): string => lines.filter((_, i) => !drop.includes(i + 1)).join("\n");
const DIR = "issues/2025/2025-03-18";

let dir: TempDir;
let browser: Browser;
let tab: Page;
let result: Run;

beforeAll(async () => {
  dir = tempDir("review-");
  const root = copySample(join(dir.path, "archive"), {
    // Line 335, the headline of 市直职工健步走活动举行, taken out: its article has no headline (line 321).
    [`${DIR}/01.txt`]: without(335).replace("推介会上", "推介\u200b会上"),
    // Line 354, the byline of 东阿瑞泓水务, taken out: the only article of the page without one.
    [`${DIR}/02.txt`]: without(354),
    // No headline, no byline: read as one text.
    [`${DIR}/03.txt`]:
      "眼下正值春耕备耕的关键时期，记者走进田间地头，看到农民正在忙着整地施肥。\n今年全市春播面积预计达到三百万亩。\n",
    [`${DIR}/04.txt`]: SAMPLE_PAGE,
  });
  result = await run("npm", [
    "run",
    "review",
    "--",
    "--root",
    root,
    "--output",
    join(dir.path, "review/index.html"),
  ]);
  browser = await launchChromium();
  tab = await browser.newPage();
  await tab.goto(pathToFileURL(join(dir.path, "review/index.html")).href);
}, 60_000);
afterAll(async () => {
  await browser?.close();
  dir?.remove();
});

/** The doubts listed for a page, as the librarian reads them. */
const doubtsOf = (label: string): Promise<string[]> =>
  tab
    .locator("section", { has: tab.getByRole("heading", { name: label, level: 2 }) })
    .locator("ol > li")
    .allInnerTexts();

describe("npm run review", () => {
  it("should say where it wrote the page and how much there is to check", () => {
    expect(result.code).toBe(0);
    expect(result.output).toContain(
      `4 readings to check on 3 pages, 0 other problems: open ${join(dir.path, "review/index.html")}`,
    );
  });

  it("should list only the pages with doubts", async () => {
    expect(await tab.getByRole("navigation").getByRole("listitem").allInnerTexts()).toEqual([
      `2025-03-18, page 1: ${DIR}/01.txt (2)`,
      `2025-03-18, page 2: ${DIR}/02.txt (1)`,
      `2025-03-18, page 3: ${DIR}/03.txt (1)`,
    ]);
  });

  it("should show each doubt with its file, line and the @@ line that fixes it", async () => {
    const page1 = await doubtsOf("2025-03-18, page 1");
    expect(page1[0]).toMatch(
      new RegExp(
        `^${DIR}/01\\.txt:143: warning: invisible character U\\+200B \\(zero-width space\\) at column 3`,
      ),
    );
    expect(page1[1]).toMatch(new RegExp(`^${DIR}/01\\.txt:321: warning: No headline found for this article`));
    expect(page1[1]).toContain("Fix: put @@headline on the line above its headline");
    expect(await doubtsOf("2025-03-18, page 2")).toEqual([
      `${DIR}/02.txt:354: warning: the only article on the page without a byline\n` +
        "Fix: if it prints a byline, put @@byline above that line; if its byline went to a neighbour, @@article above where it starts",
    ]);
    expect((await doubtsOf("2025-03-18, page 3"))[0]).toMatch(
      new RegExp(
        `^${DIR}/03\\.txt:1: warning: No headlines or bylines found[^]*Fix: put @@article above each article`,
      ),
    );
  });

  it("should lead from a doubt to its line, shown beside how each line was read", async () => {
    await tab.getByRole("link", { name: `${DIR}/02.txt:354` }).click();
    expect(new URL(tab.url()).hash).toBe("#p2-L354");
    const row = tab.locator("#p2-L354");
    expect(await row.locator("th").innerText()).toBe("354");
    expect(await row.locator("td").nth(0).innerText()).toBe(lines[354]!);
    expect(await row.getAttribute("class")).toContain("doubt");
    const roleOf = async (page: string, line: number): Promise<string> =>
      tab.locator(`#${page}-L${line} td`).nth(1).innerText();
    expect([
      await roleOf("p2", 1),
      await roleOf("p2", 9),
      await roleOf("p2", 143),
      await roleOf("p2", 221),
    ]).toEqual(["byline", "subhead", "headline", "kicker"]);
    expect([await roleOf("p2", 3), await roleOf("p2", 227), await roleOf("p1", 2)]).toEqual([
      "paragraph",
      "dateline",
      "blank",
    ]);
  });

  it("should link each page to its file", async () => {
    const link = tab.getByRole("link", { name: `Open ${DIR}/03.txt` });
    expect(await link.getAttribute("href")).toBe(
      pathToFileURL(join(dir.path, "archive", DIR, "03.txt")).href,
    );
  });

  it("should find no accessibility violation (axe-core), in light and dark mode", async () => {
    for (const colorScheme of ["light", "dark"] as const) {
      await tab.emulateMedia({ colorScheme });
      await tab.addScriptTag({ path: axePath });
      const violations = (await tab.evaluate(async () => {
        const axe = (window as unknown as { axe: { run: () => Promise<{ violations: { id: string }[] }> } })
          .axe;
        return (await axe.run()).violations.map((v) => v.id);
      })) as string[];
      expect(violations, colorScheme).toEqual([]);
    }
  });
});
