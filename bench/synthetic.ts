/**
 * The synthetic archive for the benchmark: N daily issues of 8 pages, each page laid out like the
 * sample page, text recombined from the sample's sentences. Deterministic for a seed; written to a
 * temporary folder, never committed. Its title says it is synthetic so it cannot pass for news.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { stringify } from "yaml";
import type { ArchiveConfig } from "../src/model.js";
import { createRandom, type Random } from "./prng.js";
import { takeApart } from "./sample-text.js";
import { buildVocabulary, fill, PLACES, type Vocabulary } from "./vocabulary.js";
import { printArticle, printNote, type DraftArticle } from "./layout.js";

export const PAGES_PER_ISSUE = 8;
export const SYNTHETIC_TITLE = "（合成测试数据）Synthetic benchmark archive";

export interface SyntheticOptions {
  /** Number of daily issues, one per day from `firstDate`. */
  issues: number;
  seed: number;
  /** Text of the sample page to recombine. */
  sampleText: string;
  /** ISO date of the first issue; default 2021-01-01 (four years fit before 2025). */
  firstDate?: string;
}

/** What was written, for the report and the baseline. */
export interface SyntheticSummary {
  issues: number;
  pages: number;
  articles: number;
  notes: number;
  bytes: number;
  firstDate: string;
  lastDate: string;
}

/** One page file of the archive. */
export interface SyntheticPage {
  /** Relative to the archive root, e.g. `issues/2021/2021-01-01/01.txt`. */
  path: string;
  text: string;
  articles: number;
  notes: number;
}

const SURNAMES = [
  ..."王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段",
];
const GIVEN = [
  ..."伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红兰飞鹏辉建国斌宇浩凯健俊帆良诚亚田迪振祥淑珂增秀宁海燕雪琳晨阳",
];

function makeName(random: Random): string {
  const given = random.chance(0.7) ? random.pick(GIVEN) + random.pick(GIVEN) : random.pick(GIVEN);
  return random.pick(SURNAMES) + given;
}

/** Staff is small (a few dozen reporters), correspondents many: as in a real regional daily. */
function makeStaff(random: Random): { reporters: string[]; correspondents: string[] } {
  const unique = (n: number, taken: Set<string>): string[] => {
    const names: string[] = [];
    while (names.length < n) {
      const name = makeName(random);
      if (!taken.has(name)) {
        taken.add(name);
        names.push(name);
      }
    }
    return names;
  };
  const taken = new Set<string>();
  return { reporters: unique(40, taken), correspondents: unique(400, taken) };
}

/** The issue dates: one a day from `first`, as ISO strings. */
export function issueDates(first: string, count: number): string[] {
  const start = Date.parse(`${first}T00:00:00Z`);
  if (Number.isNaN(start)) throw new Error(`firstDate must be YYYY-MM-DD, got "${first}"`);
  return Array.from({ length: count }, (_, i) => new Date(start + i * 86_400_000).toISOString().slice(0, 10));
}

interface Context {
  random: Random;
  vocabulary: Vocabulary;
  staff: { reporters: string[]; correspondents: string[] };
  /** Indexes of the sentence templates the current page draws on. */
  topic: number[];
}

function sentences(ctx: Context, count: number, place: string): string {
  const { random, vocabulary, topic } = ctx;
  // A window of neighbouring sentences of the page's subset keeps one article on one subject.
  const start = random.int(0, topic.length - 1);
  let text = "";
  for (let i = 0; i < count; i++) {
    const index = topic[(start + random.skewedIndex(8, 0.6)) % topic.length]!;
    text += fill(vocabulary.sentences[index]!, vocabulary, random, place);
  }
  return text;
}

/**
 * The sample sentences one page draws on: a random subset, in the sample's order. A page uses a
 * template many times with new words, but only some templates, so the words the templates keep
 * (新质生产力 inside 新|质|生产|力) are on some pages, not all.
 */
function pageTopic(random: Random, templates: number): number[] {
  const size = Math.min(templates, random.int(15, 30));
  const chosen = new Set<number>();
  while (chosen.size < size) chosen.add(random.int(0, templates - 1));
  return [...chosen].sort((a, b) => a - b);
}

/**
 * A headline: now and then one of the sample's headlines with new words, mostly a clause of one of
 * the page's sentences (so headlines, too, follow the page's subset rather than repeat everywhere).
 */
function headline(ctx: Context, place: string): string {
  const { random, vocabulary, topic } = ctx;
  if (random.chance(0.2)) return fill(random.pick(vocabulary.headlines), vocabulary, random, place);
  for (let attempt = 0; attempt < 5; attempt++) {
    const sentence = fill(vocabulary.sentences[random.pick(topic)]!, vocabulary, random, place);
    const clauses = sentence
      .split(/[，。；：！？、]/)
      .map((c) => c.replace(/^[“”‘’"]+|[“”‘’"]+$/g, ""))
      .filter((c) => [...c].length >= 6 && [...c].length <= 18);
    if (clauses.length > 0) return random.pick(clauses);
  }
  return fill(random.pick(vocabulary.headlines), vocabulary, random, place);
}

function draftArticle(ctx: Context, lead: boolean): DraftArticle {
  const { random, vocabulary, staff } = ctx;
  const place = PLACES[random.skewedIndex(PLACES.length, 1.2)]!;
  const paragraphCount = lead ? random.int(6, 14) : random.int(1, 5);
  const paragraphs: string[] = [];
  for (let p = 0; p < paragraphCount; p++) {
    if (lead && p > 0 && vocabulary.subheads.length > 0 && random.chance(0.15)) {
      paragraphs.push(`§${fill(random.pick(vocabulary.subheads), vocabulary, random, place)}`);
    }
    paragraphs.push(sentences(ctx, random.int(1, 4), place));
  }
  const reporters = Array.from({ length: random.int(1, 2) }, () => random.pick(staff.reporters));
  const withDateline = random.chance(0.8);
  const correspondents = withDateline && random.chance(0.6) ? [random.pick(staff.correspondents)] : [];
  return {
    reporters: [...new Set(reporters)],
    correspondents,
    datelinePlace: withDateline ? place : null,
    paragraphs,
    kicker: random.chance(0.1) ? headline(ctx, place) : null,
    headline: headline(ctx, place),
  };
}

function generatePage(ctx: Context, path: string): SyntheticPage {
  const { random } = ctx;
  ctx.topic = pageTopic(random, ctx.vocabulary.sentences.length);
  const column = { height: random.int(18, 45), left: 0 };
  column.left = column.height;
  const lines: string[] = [];
  const articleCount = random.int(8, 12);
  const notePosition = random.chance(0.25) ? random.int(0, articleCount - 1) : -1;
  for (let a = 0; a < articleCount; a++) {
    if (a === notePosition) lines.push(...printNote(sentences(ctx, random.int(2, 4), random.pick(PLACES))));
    lines.push(...printArticle(draftArticle(ctx, a === 0), random, column));
  }
  return { path, text: lines.join("\n") + "\n", articles: articleCount, notes: notePosition >= 0 ? 1 : 0 };
}

/** Every page of the archive in order, generated lazily so a four-year archive never sits in memory. */
export function* generatePages(options: SyntheticOptions): Generator<SyntheticPage> {
  const random = createRandom(options.seed);
  const ctx: Context = {
    random,
    vocabulary: buildVocabulary(takeApart(options.sampleText), random),
    staff: makeStaff(random),
    topic: [],
  };
  for (const date of issueDates(options.firstDate ?? "2021-01-01", options.issues)) {
    for (let n = 1; n <= PAGES_PER_ISSUE; n++) {
      const path = `issues/${date.slice(0, 4)}/${date}/${String(n).padStart(2, "0")}.txt`;
      yield generatePage(ctx, path);
    }
  }
}

/** The archive-wide settings of the synthetic archive, typed against the loader's model. */
export function syntheticConfig(): ArchiveConfig {
  return {
    title: SYNTHETIC_TITLE,
    description:
      "合成测试数据：由样例版面的句子重新组合而成，不是新闻。Synthetic text recombined from a sample page; not news.",
    language: "zh-CN",
    timeZone: "Asia/Shanghai",
    baseUrl: "https://example.org",
    pathPrefix: "/",
    newspaper: [{ title: SYNTHETIC_TITLE, from: null }],
    publisher: "Synthetic benchmark",
    feedLimit: 50,
  };
}

/**
 * Writes `archive.yaml` and `issues/…` under `root` (which should be an empty temp folder). With
 * `from`, only the issues from that one on (0 = the first) are written, as they would be in a
 * larger archive: `npm run bench -- --add` adds the next day's issue to a built archive.
 */
export function writeSyntheticArchive(root: string, options: SyntheticOptions, from = 0): SyntheticSummary {
  writeFileSync(join(root, "archive.yaml"), stringify(syntheticConfig()));
  const summary = { issues: options.issues - from, pages: 0, articles: 0, notes: 0, bytes: 0 };
  let index = 0;
  for (const page of generatePages(options)) {
    // Earlier issues are generated all the same: the random stream must reach the later ones.
    if (index++ < from * PAGES_PER_ISSUE) continue;
    const file = join(root, page.path);
    mkdirSync(join(file, ".."), { recursive: true });
    writeFileSync(file, page.text);
    summary.pages += 1;
    summary.articles += page.articles;
    summary.notes += page.notes;
    summary.bytes += Buffer.byteLength(page.text);
  }
  const dates = issueDates(options.firstDate ?? "2021-01-01", options.issues).slice(from);
  return { ...summary, firstDate: dates[0] ?? "", lastDate: dates[dates.length - 1] ?? "" };
}
