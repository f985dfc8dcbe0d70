/**
 * The addresses the Pages workflow builds for, evaluated as GitHub evaluates them (with GitHub's
 * own expression engine, @actions/expressions), for a run where the Pages step ran and for a pull
 * request, where it is skipped and archive.yaml's own address must hold.
 */
import { data, Evaluator, Lexer, Parser } from "@actions/expressions";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { loadConfig } from "../../src/load/config-file.js";
import { overridesFromEnv } from "../../src/load/overrides.js";
import { tempArchive } from "../support/archive.js";
import { repoRoot } from "../support/build.js";

interface Step {
  name?: string;
  run?: string;
  env?: Record<string, string>;
}
const workflow = parse(readFileSync(join(repoRoot, ".github/workflows/pages.yml"), "utf8")) as {
  jobs: { build: { steps: Step[] } };
};

/** The build job's steps that run an npm script with the address variables: check and build. */
const addressed = workflow.jobs.build.steps.filter((step) => step.env?.ARCHIVE_PATH_PREFIX !== undefined);

/** `text` with each `${{ … }}` replaced by its value, as GitHub does for an `env:` value. */
function render(text: string, steps: object): string {
  return text.replace(/\$\{\{(.*?)\}\}/g, (_, source: string) => {
    const { tokens } = new Lexer(source).lex();
    const expr = new Parser(tokens, ["steps", "github"], []).parse();
    const context = JSON.parse(JSON.stringify({ steps }), data.reviver) as data.Dictionary;
    return new Evaluator(expr, context).evaluate().coerceString();
  });
}

/** The environment the build step gets, and the path prefix the build uses with it. */
function prefixBuiltWith(
  steps: object,
  archivePrefix: string,
): { env: Record<string, string>; prefix: string } {
  const env = Object.fromEntries(
    Object.entries(addressed.at(-1)!.env!).map(([key, value]) => [key, render(value, steps)]),
  );
  const archive = tempArchive({
    "archive.yaml": `title: 档案\nlanguage: zh-CN\ntimeZone: Asia/Shanghai\nbaseUrl: https://example.org\npathPrefix: ${archivePrefix}\n`,
  });
  try {
    const prefix = loadConfig(archive.root, overridesFromEnv(env)).config?.pathPrefix ?? "(invalid)";
    return { env, prefix };
  } finally {
    archive.remove();
  }
}

const skipped = { pages: { outcome: "skipped", conclusion: "skipped", outputs: {} } };
const ran = (basePath: string) => ({
  pages: {
    outcome: "success",
    conclusion: "success",
    outputs: { origin: "https://someone.github.io", base_path: basePath },
  },
});

describe("the Pages workflow's address for the build", () => {
  it("should give check and build the same address variables", () => {
    expect(addressed.map((step) => step.run)).toEqual(["npm run check", "npm run build"]);
    expect(addressed[0]?.env).toEqual(addressed[1]?.env);
  });

  it("should keep archive.yaml's prefix when the Pages step is skipped (pull requests)", () => {
    const { env, prefix } = prefixBuiltWith(skipped, "/archive/");
    expect(env).toEqual({ ARCHIVE_BASE_URL: "", ARCHIVE_PATH_PREFIX: "" });
    expect(prefix).toBe("/archive/");
  });

  it("should build under the repository's sub-path that Pages reports", () => {
    expect(prefixBuiltWith(ran("/liaocheng-archive"), "/archive/").prefix).toBe("/liaocheng-archive/");
  });

  it("should build at the root when Pages serves the site at the root (a custom domain)", () => {
    expect(prefixBuiltWith(ran(""), "/archive/").prefix).toBe("/");
  });
});
