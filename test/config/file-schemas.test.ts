/**
 * The JSON Schemas shipped for editors (`schemas/`) are what `npm run schemas` generates from the
 * zod schemas, the sample files name them, and they agree with zod on what they can express.
 */
import { Ajv2020 } from "ajv/dist/2020.js";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { archiveConfigSchema } from "../../src/config/archive-config.js";
import { fileSchemas, schemaText, type FileSchema } from "../../src/config/file-schemas.js";
import { issueMetadataSchema } from "../../src/config/issue-metadata.js";
import { repoRoot } from "../support/build.js";

const schemaOf = (file: string): FileSchema => fileSchemas().find((s) => s.file === file)!;
const ajv = new Ajv2020({ allErrors: true, strict: true });
const archiveValidate = ajv.compile(schemaOf("archive.yaml").schema);
const issueValidate = ajv.compile(schemaOf("issue.yaml").schema);

/** Both verdicts on one value: the JSON Schema's (an editor's) and zod's (`npm run check`'s). */
const verdicts =
  (validate: (v: unknown) => boolean, zod: { safeParse: (v: unknown) => { success: boolean } }) =>
  (value: unknown) => ({ schema: validate(value), zod: zod.safeParse(value).success });
const archiveVerdicts = verdicts(archiveValidate, archiveConfigSchema);
const issueVerdicts = verdicts(issueValidate, issueMetadataSchema);

const archive = {
  title: "聊城新闻档案",
  language: "zh-CN",
  timeZone: "Asia/Shanghai",
  baseUrl: "https://example.github.io",
};

describe("the shipped JSON Schemas", () => {
  it("should be what npm run schemas writes (run it after changing a key)", () => {
    for (const { path, schema } of fileSchemas())
      expect(readFileSync(join(repoRoot, path), "utf8"), `${path}: run npm run schemas`).toBe(
        schemaText(schema),
      );
  });

  it("should be named by the sample files, by a path that leads to them", () => {
    for (const [sample, file] of [
      ["archive.yaml", "archive.yaml"],
      ["issues/2025/2025-03-17/issue.yaml", "issue.yaml"],
    ] as const) {
      const first = readFileSync(join(repoRoot, sample), "utf8").split("\n")[0] ?? "";
      const target = /^# yaml-language-server: \$schema=(\S+)$/.exec(first)?.[1];
      expect(target, sample).toBeDefined();
      const resolved = resolve(dirname(join(repoRoot, sample)), target!);
      expect(resolved, sample).toBe(join(repoRoot, schemaOf(file).path));
      expect(existsSync(resolved)).toBe(true);
    }
  });

  it("should accept the sample files", () => {
    expect(archiveValidate(parse(readFileSync(join(repoRoot, "archive.yaml"), "utf8")))).toBe(true);
    const issue = parse(readFileSync(join(repoRoot, "issues/2025/2025-03-17/issue.yaml"), "utf8"));
    expect(issueValidate(issue)).toBe(true);
  });

  it("should describe each key with the help check prints", () => {
    const properties = schemaOf("archive.yaml").schema.properties as Record<string, { description?: string }>;
    expect(properties.timeZone?.description).toBe(
      "the IANA time zone the newspaper is published in: timeZone: Asia/Shanghai",
    );
  });
});

describe("archive.yaml: JSON Schema and zod agree", () => {
  it.each([
    ["the least a file must say", archive],
    [
      "every key",
      {
        ...archive,
        description: "",
        pathPrefix: "/archive/",
        publisher: "聊城日报",
        feedLimit: 20,
        headlinePosition: "after-body",
      },
    ],
  ])("should both accept %s", (_, value) => {
    expect(archiveVerdicts(value)).toEqual({ schema: true, zod: true });
  });

  it.each([
    ["a missing title", { ...archive, title: undefined }],
    ["an unknown key (a typo)", { ...archive, feedlimit: 20 }],
    ["a path prefix without its final /", { ...archive, pathPrefix: "/archive" }],
    ["a feed limit of 0", { ...archive, feedLimit: 0 }],
    ["a feed limit that is not whole", { ...archive, feedLimit: 2.5 }],
    ["a feed limit written as text", { ...archive, feedLimit: "50" }],
    ["an unknown headline position", { ...archive, headlinePosition: "below" }],
    ["an empty title", { ...archive, title: "" }],
  ])("should both reject %s", (_, value) => {
    expect(archiveVerdicts(JSON.parse(JSON.stringify(value)))).toEqual({ schema: false, zod: false });
  });

  // Checks written as code have no JSON Schema form: only `npm run check` catches these.
  it.each([
    ["a time zone that does not exist", { ...archive, timeZone: "Asia/Liaocheng" }],
    ["a language tag that is not one", { ...archive, language: "zh_CN!" }],
    ["a base URL with a path", { ...archive, baseUrl: "https://example.github.io/archive" }],
    ["a title of spaces", { ...archive, title: "   " }],
  ])("should leave %s to npm run check", (_, value) => {
    expect(archiveVerdicts(value)).toEqual({ schema: true, zod: false });
  });
});

describe("issue.yaml: JSON Schema and zod agree", () => {
  it.each([
    ["an empty file's mapping", {}],
    [
      "every key",
      {
        number: 12345,
        edition: "晚报",
        headlines: "after-body",
        pages: { "01.txt": { number: 5, name: "聊城新闻", headlines: "before-body" } },
      },
    ],
    ["a page listed with nothing under it", { pages: { "01.txt": null } }],
  ])("should both accept %s", (_, value) => {
    expect(issueVerdicts(value)).toEqual({ schema: true, zod: true });
  });

  it.each([
    ["an unknown key", { numbr: 1 }],
    ["an unknown key in a page", { pages: { "01.txt": { title: "要闻" } } }],
    ["an issue number of 0", { number: 0 }],
    ["a page number written as text", { pages: { "01.txt": { number: "5" } } }],
    ["an empty page name", { pages: { "01.txt": { name: "" } } }],
    ["pages given as a list", { pages: ["01.txt"] }],
  ])("should both reject %s", (_, value) => {
    expect(issueVerdicts(value)).toEqual({ schema: false, zod: false });
  });
});
