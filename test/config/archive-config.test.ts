import { describe, expect, it } from "vitest";
import { archiveConfigSpec } from "../../src/config/archive-config.js";
import { parseYamlFile } from "../../src/config/yaml-file.js";
import { formatDiagnostic } from "../../src/load/format.js";

const REQUIRED = [
  "title: 聊城新闻档案",
  "language: zh-CN",
  "timeZone: Asia/Shanghai",
  "baseUrl: https://example.org",
];

const parse = (lines: string[], overrides = {}) =>
  parseYamlFile(lines.join("\n"), "archive.yaml", archiveConfigSpec, overrides);
const problems = (lines: string[], overrides = {}): string[] =>
  parse(lines, overrides).diagnostics.map(formatDiagnostic);

describe("archive.yaml", () => {
  it("should fill optional settings with their defaults", () => {
    expect(parse(REQUIRED).value).toEqual({
      title: "聊城新闻档案",
      description: "",
      language: "zh-CN",
      timeZone: "Asia/Shanghai",
      baseUrl: "https://example.org",
      pathPrefix: "/",
      newspaper: [{ title: "聊城新闻档案", from: null }],
      publisher: "聊城新闻档案",
      feedLimit: 50,
    });
  });

  it("should take every setting", () => {
    const value = parse([
      ...REQUIRED.slice(0, 3),
      "baseUrl: https://library.example.cn/",
      "description: 聊城本地新闻",
      "pathPrefix: /archive/",
      "publisher: 聊城日报社",
      "feedLimit: 20",
      "headlinePosition: after-body",
    ]).value;
    expect(value).toMatchObject({
      baseUrl: "https://library.example.cn",
      pathPrefix: "/archive/",
      publisher: "聊城日报社",
      feedLimit: 20,
      headlinePosition: "after-body",
    });
  });

  it("should write a language tag in its canonical form", () => {
    expect(parse([...REQUIRED.slice(0, 1), "language: zh-cn", ...REQUIRED.slice(2)]).value?.language).toBe(
      "zh-CN",
    );
  });

  it("should reject a misspelt key with its line and the key it stands for", () => {
    expect(problems([...REQUIRED, "timezone: Asia/Shanghai"])).toEqual([
      'archive.yaml:5: error: unknown key "timezone" — did you mean "timeZone"?',
    ]);
  });

  it("should list the known keys for an unknown key that is not a typo", () => {
    expect(problems([...REQUIRED, "author: 编辑部"])).toEqual([
      'archive.yaml:5: error: unknown key "author" — the keys known here are: title, description, language, timeZone, ' +
        "baseUrl, pathPrefix, newspaper, publisher, feedLimit, headlinePosition",
    ]);
  });

  it("should name a missing setting with a line to copy", () => {
    expect(problems(REQUIRED.slice(1))).toEqual([
      'archive.yaml:1: error: "title" is missing — add it: the archive\'s name, shown on every page: title: 聊城新闻档案',
    ]);
  });

  it("should reject a base URL with a path, showing the value found", () => {
    expect(problems([...REQUIRED.slice(0, 3), "baseUrl: https://example.github.io/archive"])).toEqual([
      "archive.yaml:4: error: baseUrl: must be the site's origin only, like https://example.github.io (no path) " +
        '(found "https://example.github.io/archive") — the origin the site is served from, without a path: baseUrl: https://example.github.io',
    ]);
  });

  it("should reject a base URL with a user name or password, without printing them", () => {
    const lines = problems([...REQUIRED.slice(0, 3), "baseUrl: https://deploy:s3cr3t@example.github.io"]);
    expect(lines).toEqual([
      "archive.yaml:4: error: baseUrl: must not hold a user name or password: every page and feed would publish it " +
        '(found "https://***@example.github.io") — the origin the site is served from, without a path: baseUrl: https://example.github.io',
    ]);
    expect(problems([...REQUIRED.slice(0, 3), "baseUrl: https://ghp_token@example.github.io"])[0]).toContain(
      "must not hold a user name or password",
    );
  });

  it("should reject a path prefix with . or .. segments", () => {
    for (const prefix of ["/archive/../", "/./archive/", "/a/./b/"])
      expect(problems([...REQUIRED, `pathPrefix: ${prefix}`])).toEqual([
        `archive.yaml:5: error: pathPrefix: must not hold "." or ".." segments: name the folder itself, like /archive/ (found "${prefix}") — ` +
          "the path the site lives under on that origin: pathPrefix: /archive/ (or / for the root)",
      ]);
    expect(problems([...REQUIRED, "pathPrefix: /archive.v2/"])).toEqual([]);
  });

  it("should reject a path prefix without its slashes", () => {
    expect(problems([...REQUIRED, "pathPrefix: archive"])).toEqual([
      'archive.yaml:5: error: pathPrefix: must start and end with "/", like /archive/ (or / for the site root) (found "archive") — ' +
        "the path the site lives under on that origin: pathPrefix: /archive/ (or / for the root)",
    ]);
  });

  it("should reject a language name for a tag, naming the tag meant", () => {
    expect(
      problems([
        "title: 聊城新闻档案",
        "language: chinese",
        "timeZone: Asia/Shanghai",
        "baseUrl: https://example.org",
      ]),
    ).toEqual([
      'archive.yaml:2: error: language: is not a language tag (BCP 47), like zh-CN or en; for Chinese, write zh (found "chinese") — ' +
        "the newspaper's language as a BCP 47 tag: language: zh-CN",
    ]);
  });

  it("should reject an unknown time zone and language", () => {
    const lines = problems([
      "title: 聊城新闻档案",
      "language: Chinese!",
      "timeZone: Asia/Beijing",
      "baseUrl: https://example.org",
    ]);
    expect(lines).toEqual([
      'archive.yaml:2: error: language: is not a language tag (BCP 47), like zh-CN or en; for Chinese, write zh (found "Chinese!") — the newspaper\'s language as a BCP 47 tag: language: zh-CN',
      'archive.yaml:3: error: timeZone: is not a known IANA time zone, like Asia/Shanghai (found "Asia/Beijing") — the IANA time zone the newspaper is published in: timeZone: Asia/Shanghai',
    ]);
  });

  it("should reject a feed limit that is not a whole number above 0", () => {
    expect(problems([...REQUIRED, "feedLimit: 0"])).toEqual([
      "archive.yaml:5: error: feedLimit: must be 1 or more (found 0) — how many entries the latest-articles feeds hold: feedLimit: 50",
    ]);
    expect(problems([...REQUIRED, "feedLimit: many"])[0]).toMatch(
      /^archive\.yaml:5: error: feedLimit: must be a number \(found "many"\)/,
    );
  });

  it("should reject an unknown headline position", () => {
    expect(problems([...REQUIRED, "headlinePosition: below"])[0]).toBe(
      'archive.yaml:5: error: headlinePosition: must be "after-body" (headline printed under its article) or "before-body" (found "below") — ' +
        "where pages print headlines, unless detected: headlinePosition: after-body",
    );
  });

  it("should report YAML syntax errors with their line and stop there", () => {
    expect(problems([...REQUIRED, "title: again", "description: [unclosed"])).toEqual([
      'archive.yaml:5: error: "title" is set twice — keep one of the two lines',
      "archive.yaml:6: error: YAML syntax error: Flow sequence in block collection must be sufficiently indented and end with a ] — " +
        'write one "key: value" per line, indent with spaces, and quote values that contain ": "',
    ]);
  });

  it("should reject a file that is not key: value lines", () => {
    expect(problems(["- title", "- language"])).toEqual([
      'archive.yaml:1: error: expected "key: value" lines — see docs/librarians.md for the keys this file takes',
    ]);
  });

  it("should apply overrides and name their variable when they are wrong", () => {
    const base = { value: "https://someone.github.io", source: "ARCHIVE_BASE_URL" };
    expect(
      parse(REQUIRED, { baseUrl: base, pathPrefix: { value: "/newspaper/", source: "ARCHIVE_PATH_PREFIX" } })
        .value,
    ).toMatchObject({
      baseUrl: "https://someone.github.io",
      pathPrefix: "/newspaper/",
    });
    expect(problems(REQUIRED, { pathPrefix: { value: "newspaper", source: "ARCHIVE_PATH_PREFIX" } })).toEqual(
      [
        'ARCHIVE_PATH_PREFIX: error: pathPrefix: must start and end with "/", like /archive/ (or / for the site root) (found "newspaper") — ' +
          "the path the site lives under on that origin: pathPrefix: /archive/ (or / for the root)",
      ],
    );
  });
});
