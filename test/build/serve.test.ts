/**
 * `npm start` under a path prefix: the dev server serves the site where its links point, so a
 * reader of `ARCHIVE_PATH_PREFIX=/archive/ npm start` gets the stylesheet and every page.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import { parseHTML } from "linkedom";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eleventyNodeArgs, SITE_CONFIG } from "../../src/build/command.js";
import { buildEnv, repoRoot } from "../support/build.js";
import { tempDir, type TempDir } from "./run.js";

/** A port nothing listens on now. */
const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const server = createServer().listen(0, () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on("error", reject);
  });

/** Starts `npm start`'s command and resolves with the address it says it serves at. */
function startServer(child: ChildProcess, output: () => string): Promise<string> {
  return new Promise((resolve, reject) => {
    const look = (): void => {
      const url = /Server at (http:\/\/\S+)/.exec(output())?.[1];
      if (url) resolve(url);
    };
    child.stdout?.on("data", look);
    child.stderr?.on("data", look);
    child.on("exit", (code) => reject(new Error(`the server exited (${code}) before serving:\n${output()}`)));
  });
}

let dir: TempDir;
let child: ChildProcess | undefined;
let served: string;
let log = "";

beforeAll(async () => {
  dir = tempDir("serve-");
  const port = await freePort();
  child = spawn(
    process.execPath,
    eleventyNodeArgs(SITE_CONFIG, [`--output=${dir.path}`, "--serve", `--port=${port}`, "--quiet"]),
    { cwd: repoRoot, env: { ...process.env, NO_COLOR: "1", ...buildEnv(repoRoot, { prefix: "/archive/" }) } },
  );
  child.stdout?.on("data", (chunk: Buffer) => (log += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (log += chunk.toString()));
  served = await startServer(child, () => log);
});

afterAll(() => {
  child?.kill();
  dir?.remove();
});

describe("npm start under ARCHIVE_PATH_PREFIX=/archive/", () => {
  it("should serve the site at the prefix", () => {
    expect(new URL(served).pathname).toBe("/archive/");
  });

  it("should serve the stylesheet the home page links, under the prefix", async () => {
    const home = await fetch(served);
    expect(home.status).toBe(200);
    const { document } = parseHTML(await home.text());
    const href = document.querySelector('link[rel="stylesheet"]')?.getAttribute("href") ?? "";
    expect(href).toMatch(/^\/archive\/assets\/.+\.css$/);
    const css = await fetch(new URL(href, served));
    expect(css.status, href).toBe(200);
    expect(css.headers.get("content-type")).toMatch(/text\/css/);
  });
});
