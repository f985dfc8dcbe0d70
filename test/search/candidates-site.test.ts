/**
 * A query longer than two characters is searched by its rarest pair, and each candidate is read
 * before it is shown (`src/search/client/worker.ts`). On pages of short articles built so that
 * the rare pair stands outside the query too, in headless Chromium, results in printed order
 * (`sort=oldest`, so the candidates are read in a known order): no article without the query is
 * ever shown, the count says when it is an estimate, and it ends exact; a phrase in no recent
 * shard stops after a few and says which dates were searched.
 */
import { afterAll, beforeAll, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { shortArticlesArchive, type ShortArticle } from "./archives.js";
import { openSearchSite, seenResults, showAll, waitForAnswer } from "./harness.js";
import { FIRST_SCREEN } from "../../src/search/view.js";
import type { StaticServer } from "../../bench/static-server.js";
import { describeInBrowser } from "../support/browser.js";

const many = (count: number, make: (n: number) => ShortArticle): ShortArticle[] =>
  Array.from({ length: count }, (_, i) => make(i + 1));

/** Holds 钢铁产能. */
const hit = (n: number): ShortArticle => ({
  headline: `全市推进产业结构调整第${n}期`,
  reporter: "王海燕",
  body: `全市钢铁产能调整稳步推进，第${n}批项目完成验收。`,
});
/** Holds its pair 铁产, not the query. */
const miss = (n: number): ShortArticle => ({
  headline: `外贸订单持续增长第${n}期`,
  reporter: "孙晓明",
  body: `当地铁产品出口保持增长，第${n}批订单按期交付。`,
});
/** Holds 钢铁 and 产能 apart, so that 铁产 is the query's rarest pair. */
const apart = (n: number): ShortArticle => ({
  headline: `重点企业技术改造第${n}期`,
  reporter: "刘志强",
  body: `钢铁企业加快技术改造，扩大优质产能，第${n}家通过评估。`,
});

interface Site {
  page: Page;
  served: StaticServer;
  close: () => Promise<void>;
  /** Paths fetched since the last search. */
  fetched: string[];
}

async function open(articles: ShortArticle[]): Promise<Site> {
  const { page, served, close } = await openSearchSite(shortArticlesArchive({ "2025-05-06": articles }));
  const fetched: string[] = [];
  page.on("request", (r) => fetched.push(new URL(r.url()).pathname));
  return { page, served, close, fetched };
}

/** Opens `?q=…&sort=oldest` in a fresh page load; what it fetched is in `site.fetched`. */
async function search(site: Site, query: string): Promise<Awaited<ReturnType<typeof seenResults>>> {
  site.fetched.length = 0;
  await site.page.goto(`${site.served.root}search/?q=${encodeURIComponent(query)}&sort=oldest`);
  await waitForAnswer(site.page);
  return seenResults(site.page);
}

const fragments = (paths: string[]): number => paths.filter((p) => p.includes("/fragment/")).length;
const titles = (articles: ShortArticle[]): string[] => articles.map((a) => a.headline).sort();

describeInBrowser("a rare query whose rarest pair is common: 40 articles hold 铁产 without 钢铁产能", () => {
  const hits = many(3, hit);
  let site: Site;
  beforeAll(async () => {
    site = await open([...many(25, miss), ...hits, ...many(15, (n) => miss(n + 25)), ...many(50, apart)]);
  });
  afterAll(() => site?.close());

  it("should judge the pair by the first screen's worth read, then ask for a second pair and read only what holds both", async () => {
    const { status, results } = await search(site, "钢铁产能");
    expect(status).toBe("共找到 3 篇。");
    expect(results.map((r) => r.title).sort()).toEqual(titles(hits));
    for (const r of results) expect(r.marked).toEqual(["钢铁产能"]);
    // A first screen's worth read to judge 铁产 (all misses), then the three that hold 钢铁 just before 铁产.
    expect(fragments(site.fetched)).toBe(FIRST_SCREEN + 3);
  });

  it("should count a two-character query exactly at once: its pair is the query", async () => {
    const { status, results } = await search(site, "铁产");
    expect(status).toBe("共找到 43 篇。");
    expect(results).toHaveLength(FIRST_SCREEN);
  });

  it("should list filter values without counts when Pagefind's counts are not of results", async () => {
    await search(site, "地铁产品");
    await site.page.click("#search-filters summary");
    const option = site.page.locator("#search-filter-reporter option", { hasText: "孙晓明" });
    await option.waitFor({ state: "attached" });
    // 地铁产品: its rarest pair 地铁 is in the 40 misses only, but until all are read the counts are of candidates.
    const options = await site.page.locator("#search-filter-reporter option").allTextContents();
    expect(options).toEqual(["全部", "孙晓明"]);
    await site.page.click("#search-filters summary");
  });
});

describeInBrowser("a common query: 30 of 34 candidates hold it", () => {
  const hits = many(30, hit);
  let site: Site;
  beforeAll(async () => {
    site = await open([...many(4, miss), ...hits, ...many(50, apart)]);
  });
  afterAll(() => site?.close());

  it("should estimate the count from the share read, and count exactly once all are read", async () => {
    const first = await search(site, "钢铁产能");
    // The first six read (4 misses, 2 hits) judge 铁产 poor: the second pair is asked for, and
    // the candidates holding both pairs as far apart as the query does are the 30 hits; the six
    // read next all hold it, so the rest are counted at that rate: 6 + 24 × 6/6.
    expect(FIRST_SCREEN).toBe(6);
    expect(first.status).toBe("约找到 30 篇。");
    expect(first.results).toHaveLength(FIRST_SCREEN);
    // Six to judge, and four more: the two hits among the six were read already.
    expect(fragments(site.fetched)).toBe(10);
    const all = await showAll(site.page);
    expect(all.status).toBe("共找到 30 篇。");
    expect(all.results.map((r) => r.title).sort()).toEqual(titles(hits));
  });
});

describeInBrowser("a number whose pairs are all common: 400亿元 among 40 other sums", () => {
  const sum = (n: number, amount: string): ShortArticle => ({
    headline: `重大项目集中签约第${n}期`,
    reporter: "冯诚",
    body: `本次签约${amount}，40多家企业参加。`,
  });
  // 1400亿元 holds 400亿元 too: a number is found inside a longer one.
  const hits = [sum(1, "400亿元"), sum(2, "1400亿元"), sum(3, "400亿元")];
  const others = many(40, (n) => sum(n + 3, `${(n % 3) + 1}00亿元`));
  let site: Site;
  beforeAll(async () => {
    site = await open([...others, ...hits]);
  });
  afterAll(() => site?.close());

  it("should ask for the number with its unit, and read only the articles that hold it", async () => {
    const { status, results } = await search(site, "400亿元");
    expect(status).toBe("共找到 3 篇。");
    expect(results.map((r) => r.title).sort()).toEqual(titles(hits));
    expect(fragments(site.fetched)).toBe(3);
  });
});

describeInBrowser("a phrase only in the oldest of seven shards, its pairs in all", () => {
  const dates = [
    "2025-05-01",
    "2025-05-02",
    "2025-05-03",
    "2025-05-04",
    "2025-05-05",
    "2025-05-06",
    "2025-05-07",
  ];
  const hits = many(2, hit);
  let page: Page;
  let served: StaticServer;
  let close: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    const issues = Object.fromEntries(
      dates.map((date, i) => [
        date,
        i === 0 ? [...hits, ...many(5, apart)] : [...many(5, miss), ...many(5, apart)],
      ]),
    );
    ({ page, served, close } = await openSearchSite(shortArticlesArchive(issues), {
      env: { ARCHIVE_SEARCH_SHARD_RECORDS: "10" },
    }));
  });
  afterAll(() => close?.());

  it("should search five shards, say which dates, and search the older ones when asked", async () => {
    await page.goto(`${served.root}search/?q=${encodeURIComponent("钢铁产能")}`);
    await waitForAnswer(page);
    const first = await seenResults(page);
    expect(first.results).toEqual([]);
    expect(first.status).toBe(
      "已检索的报纸中没有找到，尚未检索全部报纸。已检索2025年5月3日至2025年5月7日的报纸。",
    );
    const all = await showAll(page);
    expect(all.status).toBe("共找到 2 篇。");
    expect(all.results.map((r) => r.title).sort()).toEqual(titles(hits));
  });
});

describeInBrowser(
  "a query with no second pair to ask for: 哈哈哈 in 3 articles, 哈哈 alone in 55 before them",
  () => {
    const laugh = (n: number, text: string): ShortArticle => ({
      headline: `读者来信第${n}期`,
      reporter: "赵丽",
      body: `来信说：“${text}，生活真好。”第${n}封。`,
    });
    const hits = many(3, (n) => laugh(n + 55, "哈哈哈"));
    let site: Site;
    beforeAll(async () => {
      site = await open([...many(55, (n) => laugh(n, "哈哈")), ...hits]);
    });
    afterAll(() => site?.close());

    it("should read up to fifty, then say none found yet rather than nothing found", async () => {
      const first = await search(site, "哈哈哈");
      expect(first.status).toBe("暂未找到，还有 8 篇可能包含该检索词的文章有待核对。");
      expect(first.results).toEqual([]);
      expect(fragments(site.fetched)).toBe(50);
      const all = await showAll(site.page);
      expect(all.status).toBe("共找到 3 篇。");
      expect(all.results.map((r) => r.title).sort()).toEqual(titles(hits));
    });
  },
);
