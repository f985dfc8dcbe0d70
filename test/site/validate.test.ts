/**
 * Every built page passes html-validate's recommended and document rules. One option is set:
 * `require-sri` asks for integrity hashes on cross-origin resources only (its `crossorigin`
 * target); the site loads nothing from other origins, and hashes of its own files add nothing.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { HtmlValidate } from "html-validate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildFixture, htmlFiles } from "./build.js";
import type { BuiltSite } from "../support/build.js";
import { browseArchive, edgeArchive } from "./fixture.js";

const validator = new HtmlValidate({
  extends: ["html-validate:recommended", "html-validate:document"],
  rules: { "require-sri": ["error", { target: "crossorigin" }] },
});

const sites: BuiltSite[] = [];

beforeAll(async () => {
  for (const fixture of [browseArchive(), edgeArchive()]) {
    sites.push(await buildFixture(fixture));
  }
});
afterAll(() => {
  for (const site of sites) site.remove();
});

async function problems(site: BuiltSite): Promise<string[]> {
  const found: string[] = [];
  for (const file of htmlFiles(site.dir)) {
    const report = await validator.validateString(readFileSync(join(site.dir, file), "utf8"), file);
    for (const result of report.results)
      for (const m of result.messages) found.push(`${file}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
  }
  return found;
}

describe("html-validate", () => {
  it("should find no problem on any page of a built archive", async () => {
    expect(htmlFiles(sites[0]!.dir).length).toBeGreaterThan(20);
    expect(await problems(sites[0]!)).toEqual([]);
  });

  it("should find no problem on pages whose text holds markup", async () => {
    expect(await problems(sites[1]!)).toEqual([]);
  });
});
