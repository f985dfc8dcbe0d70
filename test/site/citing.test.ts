/**
 * Citing an article of the built sample archive as a researcher and a reference manager do: the
 * printed citations, the `citation_*` and Dublin Core tags and the JSON-LD all name the same
 * article, and the issue's RIS and CSL-JSON files hold it. A renamed paper is cited by the title it
 * had on the day.
 */
import { appendFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSite, type BuiltSite, repoRoot } from "../support/build.js";
import { SAMPLE_PAGE } from "../support/corpus.js";
import { htmlFiles, page, sitePath, text, writeArchive } from "./build.js";
import { goldItem, goldItemCount } from "./fixture.js";
import { ITEM_PAGE } from "./links.js";

let site: BuiltSite;

beforeAll(async () => {
  site = await buildSite(repoRoot);
});
afterAll(() => site?.remove());

const SAMPLE_URL = "https://example.github.io";

/** What an article page says about itself, as each kind of reader of its `<head>` reads it. */
function described(doc: Document) {
  const meta = (name: string): string[] =>
    [...doc.querySelectorAll(`meta[name="${name}"]`)].map((m) => m.getAttribute("content") ?? "");
  const ld = JSON.parse(doc.querySelector('script[type="application/ld+json"]')?.textContent ?? "{}") as {
    headline: string;
    author?: { name: string }[];
    datePublished: string;
    pageStart: string;
    url: string;
    isPartOf: { isPartOf: { name: string } };
  };
  return {
    highwire: {
      title: meta("citation_title")[0],
      authors: meta("citation_author"),
      date: meta("citation_publication_date")[0]?.replaceAll("/", "-"),
      newspaper: meta("citation_journal_title")[0],
      page: meta("citation_firstpage")[0],
      url: meta("citation_public_url")[0],
    },
    dublinCore: {
      title: meta("DC.title")[0],
      authors: meta("DC.creator"),
      date: meta("DC.date")[0],
      newspaper: meta("DC.relation.isPartOf")[0],
      page: meta("citation_firstpage")[0],
      url: meta("DC.identifier")[0],
    },
    jsonLd: {
      title: ld.headline,
      authors: (ld.author ?? []).map((a) => a.name),
      date: ld.datePublished.slice(0, 10),
      newspaper: ld.isPartOf.isPartOf.name,
      page: ld.pageStart,
      url: ld.url,
    },
  };
}

describe("an article page of the sample", () => {
  it("should say the same title, authors, date, newspaper and page in its tags and its JSON-LD", () => {
    const itemPages = htmlFiles(site.dir).filter((f) => ITEM_PAGE.test(f));
    expect(itemPages).toHaveLength(goldItemCount());
    for (const file of itemPages) {
      const { highwire, dublinCore, jsonLd } = described(page(site, file));
      expect(highwire, file).toEqual(jsonLd);
      expect(dublinCore, file).toEqual(jsonLd);
      expect(jsonLd.newspaper, file).toBe("聊城日报");
      expect(jsonLd.date, file).toBe("2025-03-17");
      expect(jsonLd.url, file).toBe(`${SAMPLE_URL}${file.replace(/index\.html$/, "")}`);
    }
    const first = described(page(site, "/2025/03/17/1/1/")).highwire;
    expect(first).toMatchObject({ title: goldItem(0).headline, authors: goldItem(0).reporters, page: "1" });
  });

  it("should cite the first article in GB/T 7714's form for an online newspaper article", () => {
    const doc = page(site, "/2025/03/17/1/1/");
    expect(text(doc.querySelector("#cite-gbt"))).toBe(
      "胡磊, 薛良诚. 推介会上，市长讲了5个“小故事”[N/OL]. 聊城日报, 2025-03-17(1)[引用日期]. " +
        `${SAMPLE_URL}/2025/03/17/1/1/.`,
    );
    // The access date is the reader's: the build prints a placeholder the page's script replaces.
    expect(doc.querySelector("[data-accessed]")?.textContent).toBe("引用日期");
    expect(text(doc.querySelector("#cite-plain"))).toBe(
      `胡磊、薛良诚：《推介会上，市长讲了5个“小故事”》，《聊城日报》2025年3月17日第1版。${SAMPLE_URL}/2025/03/17/1/1/`,
    );
    // Copy buttons only show once the script runs (a button that does nothing is never shown).
    expect([...doc.querySelectorAll("button.copy")].map((b) => b.hasAttribute("hidden"))).toEqual([
      true,
      true,
    ]);
  });

  it("should link the issue's RIS and CSL-JSON files, which hold every item of the issue", () => {
    const doc = page(site, "/2025/03/17/1/1/");
    const [ris, csl] = [...doc.querySelectorAll(".cite a[download]")].map((a) =>
      site.read(sitePath(site, a.getAttribute("href") ?? "") ?? ""),
    );
    const records = (ris ?? "").split("\r\nER  - \r\n").filter((r) => r.trim());
    expect(records).toHaveLength(goldItemCount());
    expect(records[0]).toContain("TI  - 推介会上，市长讲了5个“小故事”\r\nT2  - 聊城日报\r\n");
    const items = JSON.parse(csl ?? "[]") as { title: string; URL: string; "container-title": string }[];
    expect(items.map((i) => i.URL)).toEqual(
      Array.from({ length: goldItemCount() }, (_, i) => `${SAMPLE_URL}/2025/03/17/1/${i + 1}/`),
    );
    expect(items[0]).toMatchObject({ title: goldItem(0).headline, "container-title": "聊城日报" });
  });

  it("should title the page's untitled note honestly, with the whole first sentence as its description", () => {
    const index = Array.from({ length: goldItemCount() }, (_, i) => i).find(
      (i) => goldItem(i).kind === "note",
    );
    const doc = page(site, `/2025/03/17/1/${(index ?? 0) + 1}/`);
    expect(text(doc.querySelector("main h1"))).toBe("本版导语 · 2025年3月17日 第1版");
    expect(text(doc.querySelector("title"))).toBe("本版导语 · 2025年3月17日 第1版 - 聊城新闻档案");
    expect(doc.querySelector('meta[name="citation_title"]')?.getAttribute("content")).toBe(
      "本版导语 · 2025年3月17日 第1版",
    );
    const description = doc.querySelector('meta[name="description"]')?.getAttribute("content") ?? "";
    const firstParagraph = goldItem(index ?? 0).blocks[0]?.text ?? "";
    expect(description.endsWith("…")).toBe(false);
    expect(firstParagraph.startsWith(description)).toBe(true);
    expect(description).toMatch(/。$/);
  });
});

describe("a paper renamed over the years", () => {
  it("should be cited by the title it had on the issue's day", async () => {
    const root = writeArchive({
      issues: { "1984-12-31": { "01.txt": SAMPLE_PAGE }, "1985-01-02": { "01.txt": SAMPLE_PAGE } },
    });
    appendFileSync(
      join(root, "archive.yaml"),
      "newspaper:\n  - title: 聊城报\n  - title: 聊城日报\n    from: 1985-01-01\n",
    );
    const renamed = await buildSite(root);
    try {
      const newspaper = (path: string) =>
        page(renamed, path).querySelector('meta[name="citation_journal_title"]')?.getAttribute("content");
      expect(newspaper("/1984/12/31/1/1/")).toBe("聊城报");
      expect(newspaper("/1985/01/02/1/1/")).toBe("聊城日报");
      expect(text(page(renamed, "/1984/12/31/1/1/").querySelector("#cite-gbt"))).toContain(
        "[N/OL]. 聊城报, 1984-12-31(1)",
      );
      expect(text(page(renamed, "/1985/01/02/").querySelector("title"))).toMatch(/^聊城日报 1985年1月2日/);
    } finally {
      renamed.remove();
      rmSync(root, { recursive: true, force: true });
    }
  });
});
