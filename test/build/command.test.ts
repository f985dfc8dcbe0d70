import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { eleventyNodeArgs, SITE_CONFIG } from "../../src/build/command.js";
import { repoRoot } from "../support/build.js";

const scripts = (
  JSON.parse(readFileSync(join(repoRoot, "package.json"), "utf8")) as { scripts: Record<string, string> }
).scripts;

describe("the npm scripts", () => {
  it("should build and serve with the command the tests and the benchmark run", () => {
    const build = ["node", ...eleventyNodeArgs(SITE_CONFIG)].join(" ");
    expect(scripts.build).toBe(build);
    expect(scripts.start).toBe(`${build} --serve`);
  });

  it("should run in any shell: no VAR=value prefixes, which Windows' cmd and PowerShell do not understand", () => {
    for (const [name, script] of Object.entries(scripts))
      expect(script, name).not.toMatch(/(^|[;&|]\s*)[A-Za-z_][A-Za-z0-9_]*=/);
  });
});
