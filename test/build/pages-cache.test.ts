/**
 * The Pages workflow keeps the build's caches between runs (page readings, search shards, rendered
 * pages, data files' sizes) and the site the build wrote (which the next build updates in place):
 * it restores, before the build, the folders the build writes them to (under the archive's root,
 * the checkout in CI), and saves those same folders after the build.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { repoRoot, runBuild } from "../support/build.js";
import { copySample } from "../support/archive.js";
import { tempDir } from "./run.js";

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  with?: { path?: string; key?: string };
}
const workflow = parse(readFileSync(join(repoRoot, ".github/workflows/pages.yml"), "utf8")) as {
  jobs: { build: { steps: Step[] } };
};
const steps = workflow.jobs.build.steps;
const at = (test: (s: Step) => boolean): number => steps.findIndex(test);

const work = tempDir("pages-cache-");
afterAll(() => work.remove());

describe("the Pages workflow's build cache", () => {
  const restore = at((s) => s.uses?.startsWith("actions/cache/restore@") ?? false);
  const build = at((s) => s.run === "npm run build");
  const save = at((s) => s.uses?.startsWith("actions/cache/save@") ?? false);

  it("should restore the cache before the build and save it after, under the same key", () => {
    expect([restore, build, save].every((i) => i >= 0)).toBe(true);
    expect(restore).toBeLessThan(build);
    expect(save).toBeGreaterThan(build);
    expect(steps[save]!.with?.path).toBe(steps[restore]!.with?.path);
    expect(steps[save]!.with?.key).toBe(steps[restore]!.with?.key);
  });

  it("should cache every folder the build keeps things in for the next, and nothing else", async () => {
    const root = copySample(work.path);
    const result = await runBuild(root, join(work.path, "_site"));
    expect(result.code, result.output).toBe(0);
    const paths = steps[restore]!.with!.path!.trim().split("\n");
    // The encoded scans have a cache step of their own.
    expect(paths.sort()).toEqual(
      [
        ...readdirSync(join(root, ".cache"))
          .filter((name) => name !== "prints")
          .map((name) => `.cache/${name}`),
        "_site",
      ].sort(),
    );
    const entries = (folder: string): string[] => readdirSync(join(root, ".cache", folder));
    expect(entries("search").filter((e) => /^[0-9a-f]{64}$/.test(e))).toHaveLength(1);
    expect(entries("readings").length).toBeGreaterThan(0);
    expect(entries("pages").length).toBeGreaterThan(0);
  }, 120_000);
});
