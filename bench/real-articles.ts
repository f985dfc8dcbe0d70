/**
 * `npm run bench -- --corpus`: the cold first screen of search on real articles. Builds the pages
 * of a national daily in `test/fixtures/corpus/dev/` (24 pages, 72 articles of up to 4,100
 * characters), laid out as an archive, as one search shard and as about ten, and opens a few
 * dozen queries of every kind in a fresh headless Chromium context each: common words, names,
 * rare phrases, numbers, Latin words present and absent, and Traditional forms. Reports every
 * query's bytes and the worst, against the 150 KB budget.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { buildArchive } from "./builds.js";
import { measureSearchCost, type QueryCost } from "./search-cost.js";
import { TARGETS } from "./report.js";

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), "..");
/** The development corpus's pages of a national daily, with their hand-checked readings. */
export const CORPUS_DEV = join(REPO, "test/fixtures/corpus/dev");

/**
 * The corpus pages as an archive in `dir`: `2025-03-12_05-评论.txt` becomes page 5, named 评论, of
 * the issue of 2025-03-12, read with the headline position its reading records.
 */
export function writeCorpusArchive(dir: string): string {
  const issues = new Map<string, string[]>();
  for (const file of readdirSync(CORPUS_DEV).filter((f) => f.endsWith(".txt"))) {
    const m = /^(\d{4})-(\d{2}-\d{2})_(\d+)-(.+)\.txt$/.exec(file);
    if (!m) continue;
    const [, year = "", monthDay = "", page = "", name = ""] = m;
    const date = `${year}-${monthDay}`;
    const folder = join(dir, "issues", year, date);
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, `${page}.txt`), readFileSync(join(CORPUS_DEV, file)));
    const reading = JSON.parse(
      readFileSync(join(CORPUS_DEV, file.replace(/\.txt$/, ".gold.json")), "utf8"),
    ) as {
      headlinePosition: string;
    };
    const lines = issues.get(folder) ?? [];
    lines.push(`  ${page}.txt: { name: ${name}, headlines: ${reading.headlinePosition} }`);
    issues.set(folder, lines);
  }
  for (const [folder, lines] of issues)
    writeFileSync(join(folder, "issue.yaml"), `pages:\n${lines.join("\n")}\n`);
  writeFileSync(
    join(dir, "archive.yaml"),
    [
      "title: 人民日报（开发语料）",
      "description: 基准测试用的真实文章。",
      "language: zh-CN",
      "timeZone: Asia/Shanghai",
      "baseUrl: https://example.org",
      "pathPrefix: /",
      "feedLimit: 50",
      "",
    ].join("\n"),
  );
  return dir;
}

/** Queries and how often they occur in the 72 articles (articles holding them). */
export const CORPUS_QUERIES = [
  // Common words (19–40 articles).
  "发展",
  "我们",
  "工作",
  "企业",
  "中国",
  "社会",
  "创新",
  "人民",
  "文化",
  "经济",
  // Fewer (3–9).
  "孩子",
  "高质量发展",
  "人工智能",
  "一带一路",
  "北京",
  "生态",
  "法院",
  "机动车",
  // Names in bylines.
  "申智林",
  "沈靖然",
  "周欢",
  "李心萍",
  // Rare phrases (1–2 articles) and numbers with units.
  "柴油货车",
  "黑烟",
  "新质生产力",
  "京杭大运河",
  "脱水萝卜丝",
  "450万户",
  "300万人次",
  // Latin words, present and absent.
  "DeepSeek",
  "AI",
  "City Walk",
  "GDP",
  "rocket",
  "saltlake",
  "blockchain",
  // Absent Chinese.
  "火箭",
  "中欧班列",
  // Traditional forms.
  "發展",
  "經濟",
  "企業",
  "高質量發展",
  "機動車",
  "柴油貨車",
  "黃河",
];

export interface CorpusCase {
  shards: string;
  queries: QueryCost[];
  worst: QueryCost;
}

const log = (message: string): void => void process.stderr.write(`[bench] ${message}\n`);

/** Builds the corpus with at most `maxRecords` items a shard and measures every query. */
async function measureCase(maxRecords: number, label: string): Promise<CorpusCase> {
  const work = mkdtempSync(join(tmpdir(), "archive-bench-corpus-"));
  try {
    log(`building the real-article corpus, ${label}`);
    const archive = writeCorpusArchive(join(work, "archive"));
    const build = await buildArchive(REPO, work, archive, {
      env: { ARCHIVE_SEARCH_SHARD_RECORDS: String(maxRecords) },
    });
    log(`cold first screens of ${CORPUS_QUERIES.length} queries`);
    const cost = await measureSearchCost(build.siteDir, CORPUS_QUERIES);
    if (!cost.queries) throw new Error(`search not measured: ${cost.reason}`);
    const worst = cost.queries.reduce((a, b) => (b.wireKB > a.wireKB ? b : a));
    return { shards: label, queries: cost.queries, worst };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

export async function runCorpusBench(): Promise<void> {
  const cases = [await measureCase(100_000, "one shard"), await measureCase(7, "shards of ≤ 7 items")];
  const lines: string[] = [];
  for (const c of cases) {
    lines.push(`real articles, ${c.shards}: cold first screen, KB on the wire`);
    for (const q of c.queries)
      lines.push(
        `  ${q.query.padEnd(12)} ${q.wireKB.toFixed(1).padStart(7)} KB  (${q.pagefindWireKB.toFixed(1)} KB from /pagefind/, ${q.fragmentsFetched} fragments, ${q.requests} requests)`,
      );
    const over = c.queries.filter((q) => q.wireKB > TARGETS.searchKB).map((q) => q.query);
    lines.push(
      `  worst: ${c.worst.query} ${c.worst.wireKB.toFixed(1)} KB — ≤ ${TARGETS.searchKB} KB: ${over.length ? `NO (over: ${over.join(", ")})` : "yes"}`,
    );
  }
  process.stdout.write(lines.join("\n") + "\n\n" + JSON.stringify({ corpus: cases }) + "\n");
}
