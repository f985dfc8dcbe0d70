/**
 * The data downloads of the built sample archive, used as a researcher would: the issue's JSON is
 * the page's reading (scored against the hand-checked one), every URL in the files resolves in the
 * site, the year's JSONL parses line by line, the `data/` page lists every file with its size, and
 * the JSON Schemas are made from the same zod schemas the files are checked with here.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fileSize } from "../../src/data/index-page.js";
import { articleLineSchema, issueDataSchema } from "../../src/data/schema.js";
import { buildSite, type BuiltSite, repoRoot } from "../support/build.js";
import { SAMPLE_NAME } from "../support/corpus.js";
import { htmlFiles, page, sitePath, text } from "../site/build.js";
import { goldItemCount } from "../site/fixture.js";
import { fileFor } from "../site/links.js";

let site: BuiltSite;

beforeAll(async () => {
  site = await buildSite(repoRoot);
});
afterAll(() => site?.remove());

const SAMPLE_URL = "https://example.github.io";
const corpus = join(repoRoot, "test/fixtures/corpus");

/** The site file an absolute URL of the sample site names, or null. */
const resolves = (url: string): boolean =>
  url.startsWith(`${SAMPLE_URL}/`) &&
  fileFor(site, new URL(url.replace(SAMPLE_URL, "https://example.org"))) !== null;

/** Every string value of `data` that is a URL. */
const urlsIn = (data: unknown): string[] =>
  typeof data === "string"
    ? /^https?:\/\//.test(data)
      ? [data]
      : []
    : data && typeof data === "object"
      ? Object.values(data).flatMap(urlsIn)
      : [];

describe("the issue's JSON", () => {
  const issue = () => issueDataSchema.parse(JSON.parse(site.read("data/issues/2025-03-17.json")));

  it("should hold the page's reading in the corpus schema, scoring 10/10 headlines against the gold", () => {
    const data = issue();
    expect(data).toMatchObject({
      newspaper: "聊城日报",
      date: "2025-03-17",
      url: `${SAMPLE_URL}/2025/03/17/`,
    });
    expect(data.pages).toHaveLength(1);
    const dir = mkdtempSync(join(tmpdir(), "score-"));
    try {
      const parsed = join(dir, "page.json");
      writeFileSync(parsed, JSON.stringify(data.pages[0]));
      const report = execFileSync(
        process.execPath,
        [
          join(corpus, "score-segmentation.mjs"),
          join(corpus, `${SAMPLE_NAME}.gold.json`),
          join(corpus, `${SAMPLE_NAME}.txt`),
          parsed,
          "--min-headlines",
          "1",
        ],
        { encoding: "utf8" },
      );
      expect(report).toMatch(/^score: headlines 10\/10, .*lost 0, invented 0 — ok$/m);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("should give each item its URL, and every URL should resolve in the built site", () => {
    const data = issue();
    const items = data.pages.flatMap((p) => p.items);
    expect(items).toHaveLength(goldItemCount());
    expect(items.map((i) => i.url)).toEqual(items.map((_, i) => `${SAMPLE_URL}/2025/03/17/1/${i + 1}/`));
    const urls = urlsIn(data);
    expect(urls.length).toBeGreaterThan(items.length);
    expect(urls.filter((u) => !resolves(u))).toEqual([]);
  });
});

describe("the year's JSONL", () => {
  it("should parse line by line, one item per line with where it was printed, every URL resolving", () => {
    const body = site.read("data/years/2025.jsonl");
    expect(body.endsWith("\n")).toBe(true);
    const lines = body
      .trimEnd()
      .split("\n")
      .map((line) => articleLineSchema.parse(JSON.parse(line)));
    expect(lines).toHaveLength(goldItemCount());
    expect(lines[0]).toMatchObject({ date: "2025-03-17", page: 1, position: 1, newspaper: "聊城日报" });
    expect(lines.map((l) => l.url).filter((u) => !resolves(u))).toEqual([]);
  });
});

describe("the data page", () => {
  it("should be linked from every page's footer", () => {
    for (const file of htmlFiles(site.dir).filter((f) => !f.startsWith("/pagefind")))
      expect(page(site, file).querySelector('footer.site a[href="/data/"]'), file).not.toBeNull();
  });

  it("should list every download with its real size", () => {
    const links = [...page(site, "/data/").querySelectorAll("main a")].map((a) => ({
      path: sitePath(site, a.getAttribute("href") ?? "") ?? "",
      size: text(a.nextElementSibling),
    }));
    const listed = links.map((l) => l.path).sort();
    expect(listed).toEqual(
      [
        "/data/issues/2025-03-17.json",
        "/2025/03/17/cite.ris",
        "/2025/03/17/cite.json",
        "/data/years/2025.jsonl",
        "/data/schema/issue.schema.json",
        "/data/schema/article.schema.json",
      ].sort(),
    );
    for (const { path, size } of links)
      expect(size, path).toBe(fileSize(Buffer.byteLength(site.read(path.slice(1))), "zh-CN"));
  });
});

describe("the JSON Schemas", () => {
  it("should accept the files they describe (Ajv, draft 2020-12) and refuse a broken one", () => {
    // Formats (uri, date) are annotations without ajv-formats; zod checks them in the tests above.
    const ajv = new Ajv2020({ allErrors: true, strict: true, validateFormats: false });
    const issue = ajv.compile(JSON.parse(site.read("data/schema/issue.schema.json")) as object);
    const line = ajv.compile(JSON.parse(site.read("data/schema/article.schema.json")) as object);
    const data = JSON.parse(site.read("data/issues/2025-03-17.json")) as { pages: { items: object[] }[] };
    expect(issue(data), JSON.stringify(issue.errors)).toBe(true);
    for (const text of site.read("data/years/2025.jsonl").trimEnd().split("\n"))
      expect(line(JSON.parse(text)), JSON.stringify(line.errors)).toBe(true);
    const broken = structuredClone(data);
    Object.assign(broken.pages[0]?.items[0] ?? {}, { kind: "advert" });
    expect(issue(broken)).toBe(false);
  });

  it("should describe the files as the zod schemas do, each under its own URL", () => {
    const schema = JSON.parse(site.read("data/schema/issue.schema.json")) as {
      $schema: string;
      $id: string;
      required: string[];
      properties: Record<string, unknown>;
      additionalProperties: boolean;
    };
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(schema.$id).toBe(`${SAMPLE_URL}/data/schema/issue.schema.json`);
    const data = JSON.parse(site.read("data/issues/2025-03-17.json")) as Record<string, unknown>;
    expect(Object.keys(schema.properties).sort()).toEqual(Object.keys(data).sort());
    expect(schema.required.sort()).toEqual(Object.keys(data).sort());
    expect(schema.additionalProperties).toBe(false);
    const line = JSON.parse(site.read("data/schema/article.schema.json")) as { properties: object };
    const first = JSON.parse(site.read("data/years/2025.jsonl").split("\n")[0] ?? "{}") as object;
    expect(Object.keys(line.properties).sort()).toEqual(Object.keys(first).sort());
  });
});
