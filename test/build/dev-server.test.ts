/**
 * `npm start` (Eleventy's dev server) as a librarian uses it: it starts on an archive with errors
 * and shows them in the browser, rebuilds when a page or an issue is deleted or renamed, shows an
 * error made while it runs and recovers once it is fixed. Each step waits for the server to show
 * the change (bounded, so a server that never does fails the test).
 */
import { type ChildProcess, spawn } from "node:child_process";
import { renameSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eleventyNodeArgs, SITE_CONFIG } from "../../src/build/command.js";
import { copySample } from "../support/archive.js";
import { repoRoot } from "../support/build.js";
import { SAMPLE_PAGE } from "../support/corpus.js";
import { tempDir, type TempDir } from "./run.js";

let dir: TempDir;
let root: string;
let server: ChildProcess;
let origin: string;
let log = "";

const freePort = (): Promise<number> =>
  new Promise((done) => {
    const probe = createServer().listen(0, () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => done(port));
    });
  });

/** What the server answers at `path`: status and body. */
async function get(path: string): Promise<{ status: number; body: string }> {
  try {
    const response = await fetch(new URL(path, origin));
    return { status: response.status, body: await response.text() };
  } catch {
    return { status: 0, body: "" };
  }
}

/** Waits until `path` answers as `ok` says; fails with the server's log after `seconds`. */
async function until(
  path: string,
  ok: (r: { status: number; body: string }) => boolean,
  seconds = 90,
): Promise<void> {
  for (let waited = 0; waited < seconds * 4; waited++) {
    if (ok(await get(path))) return;
    await sleep(250);
  }
  throw new Error(`${path} never answered as expected; the server said:\n${log}`);
}

const EMPTY = "issues/2025/2025-03-18/02.txt";
const problemsShown = (body: string): boolean => body.includes('class="problems"');

beforeAll(async () => {
  dir = tempDir("dev-server-");
  root = copySample(join(dir.path, "archive"), {
    "issues/2025/2025-03-18/01.txt": SAMPLE_PAGE,
    [EMPTY]: "",
  });
  const port = await freePort();
  origin = `http://localhost:${port}/`;
  server = spawn(
    process.execPath,
    eleventyNodeArgs(SITE_CONFIG, ["--serve", `--port=${port}`, `--output=${join(dir.path, "_site")}`]),
    { cwd: repoRoot, env: { ...process.env, ARCHIVE_ROOT: root, NO_COLOR: "1" }, detached: true },
  );
  server.stdout?.on("data", (chunk: Buffer) => (log += chunk.toString()));
  server.stderr?.on("data", (chunk: Buffer) => (log += chunk.toString()));
}, 30_000);
afterAll(() => {
  if (server?.pid) process.kill(-server.pid, "SIGTERM");
  dir?.remove();
});

describe("npm start", () => {
  it("should start on an archive with errors and show them in the browser", async () => {
    await until("", (r) => r.status === 200 && problemsShown(r.body));
    const { body } = await get("");
    expect(body).toContain(
      `<li><code>${EMPTY}: error: the page is empty — put the page&#39;s text in it, or delete the file</code></li>`,
    );
    // Any other address answers with the same problems (the 404 page).
    expect(problemsShown((await get("2025/03/17/1/")).body)).toBe(true);
  }, 120_000);

  it("should recover when the librarian fixes it, here by deleting the empty page", async () => {
    rmSync(join(root, EMPTY));
    await until("", (r) => r.status === 200 && !problemsShown(r.body));
    await until("2025/03/18/1/", (r) => r.status === 200);
  }, 120_000);

  it("should rebuild when an issue is deleted, leaving none of its pages served", async () => {
    rmSync(join(root, "issues/2025/2025-03-18"), { recursive: true });
    await until("2025/03/18/1/", (r) => r.status === 404);
    // The 404 may be seen while the rebuild has emptied the folder and not yet written it again.
    await until("2025/03/17/1/", (r) => r.status === 200);
    expect((await get("2025/03/18/1/")).status).toBe(404);
  }, 120_000);

  it("should show an error made while it runs, and recover when it is fixed", async () => {
    const page = "issues/2025/2025-03-17/005.txt";
    writeFileSync(join(root, page), "@@# 待录入\n");
    await until("", (r) =>
      r.body.includes(`${page}: error: nothing is left of the page once its @@ lines are taken out`),
    );
    writeFileSync(join(root, page), SAMPLE_PAGE);
    await until("", (r) => !problemsShown(r.body));
    await until("2025/03/17/6/", (r) => r.status === 200);
  }, 120_000);

  it("should rebuild when an issue is renamed", async () => {
    renameSync(join(root, "issues/2025/2025-03-17"), join(root, "issues/2025/2025-03-20"));
    await until("2025/03/20/1/", (r) => r.status === 200);
    await until("2025/03/17/1/", (r) => r.status === 404);
  }, 120_000);
});
