/**
 * A save under `npm start` rebuilds from what the last rebuild kept (readings, each issue's views,
 * data files' sizes, feed entries, rendered pages): the folder it serves then holds the bytes a
 * clean `npm run build` of the same archive writes, after an edit to an issue in the middle (whose
 * neighbours link to it), after an issue is added and after one is removed.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eleventyNodeArgs, SITE_CONFIG } from "../../src/build/command.js";
import { copySample, issueFolder, writeFiles, type ArchiveFiles } from "../support/archive.js";
import { buildEnv, repoRoot, runBuild, siteFingerprint } from "../support/build.js";
import { SAMPLE_NAME, SAMPLE_PAGE } from "../support/corpus.js";
import { tempDir, type TempDir } from "./run.js";

const sampleIssue = (date: string, page = SAMPLE_PAGE): ArchiveFiles => ({
  [`${issueFolder(date)}/${SAMPLE_NAME}.txt`]: page,
});

let dir: TempDir;
let root: string;
let server: ChildProcess;
let log = "";
let builds = 0;

const freePort = (): Promise<number> =>
  new Promise((done) => {
    const probe = createServer().listen(0, () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => done(port));
    });
  });

/** The number of builds the server has finished (search index included). */
const finished = (): number => log.match(/^\[archive\] built /gm)?.length ?? 0;

/** Waits for the server's next finished build; fails with its log after two minutes. */
async function nextBuild(): Promise<void> {
  builds++;
  for (let waited = 0; finished() < builds; waited++) {
    if (waited > 480) throw new Error(`build ${builds} never finished; the server said:\n${log}`);
    await sleep(250);
  }
  // The watcher's own settling: a change written at once could fall into the build just done.
  await sleep(500);
}

/** What the server serves now, against a clean build of the archive as it is. */
async function againstClean(name: string): Promise<[Record<string, string>, Record<string, string>]> {
  const clean = join(dir.path, name);
  const result = await runBuild(root, clean, {
    env: { ARCHIVE_CACHE_DIR: join(dir.path, `${name}-cache`) },
  });
  expect(result.code, result.output).toBe(0);
  return [siteFingerprint(join(dir.path, "served")), siteFingerprint(clean)];
}

beforeAll(async () => {
  dir = tempDir("serve-rebuild-");
  root = copySample(join(dir.path, "archive"), {
    ...sampleIssue("2025-03-14"),
    ...sampleIssue("2025-03-15"),
    ...sampleIssue("2025-03-16"),
  });
  const port = await freePort();
  server = spawn(
    process.execPath,
    eleventyNodeArgs(SITE_CONFIG, ["--serve", `--port=${port}`, `--output=${join(dir.path, "served")}`]),
    { cwd: repoRoot, env: { ...process.env, NO_COLOR: "1", ...buildEnv(root, {}) }, detached: true },
  );
  server.stdout?.on("data", (chunk: Buffer) => (log += chunk.toString()));
  server.stderr?.on("data", (chunk: Buffer) => (log += chunk.toString()));
  await nextBuild();
}, 150_000);

afterAll(() => {
  if (server?.pid) process.kill(-server.pid, "SIGTERM");
  dir?.remove();
});

describe("a save under npm start", () => {
  it("should serve a clean build's bytes after an edit to an issue its neighbours link to", async () => {
    const page = join(root, issueFolder("2025-03-15"), `${SAMPLE_NAME}.txt`);
    writeFileSync(page, readFileSync(page, "utf8").replace("聊城", "聊城市"));
    await nextBuild();
    const [edited, cleanEdited] = await againstClean("clean-edited-text");
    expect(edited).toEqual(cleanEdited);
    // What its neighbours' pages show of it: its label, in their links to it.
    writeFiles(root, { [`${issueFolder("2025-03-15")}/issue.yaml`]: "edition: 晚报\n" });
    await nextBuild();
    const [served, clean] = await againstClean("clean-edited-label");
    expect(served).toEqual(clean);
  }, 240_000);

  it("should serve a clean build's bytes after an issue is added, then one removed", async () => {
    writeFiles(root, sampleIssue("2025-03-19", SAMPLE_PAGE.replace("本报", "本刊")));
    await nextBuild();
    const [served, clean] = await againstClean("clean-added");
    expect(served).toEqual(clean);
    rmSync(join(root, issueFolder("2025-03-16")), { recursive: true });
    await nextBuild();
    const [after, cleanAfter] = await againstClean("clean-removed");
    expect(after).toEqual(cleanAfter);
  }, 360_000);
});
