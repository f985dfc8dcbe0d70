/**
 * `deploySite` against a real S3-compatible server started here (s3rver: the S3 REST API over
 * HTTP, objects stored on disk; it accepts any signature, so credentials are not what is tested), with the sample archive's built site: what a browser then
 * fetches from the bucket — bytes, content types, cache lifetimes, compression — and what a second
 * deploy uploads and deletes.
 */
import { mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import S3rver from "s3rver";
import { deploySite } from "../../src/deploy/deploy.js";
import { siteFiles } from "../../src/deploy/files.js";
import { LONG_CACHE, SHORT_CACHE } from "../../src/deploy/headers.js";
import { S3Bucket } from "../../src/deploy/s3.js";
import { buildSite, repoRoot, type BuiltSite } from "../support/build.js";

let server: S3rver;
let storage: string;
let endpoint: string;
let site: BuiltSite;
let bucket: S3Bucket;
let files: string[];

beforeAll(async () => {
  storage = mkdtempSync(join(tmpdir(), "s3rver-"));
  server = new S3rver({
    address: "127.0.0.1",
    port: 0,
    silent: true,
    directory: storage,
    configureBuckets: [{ name: "archive", configs: [] }],
  });
  const { port } = await server.run();
  endpoint = `http://127.0.0.1:${port}`;
  // s3rver's default credentials; the requests are signed as for any S3 endpoint.
  bucket = new S3Bucket({
    endpoint,
    bucket: "archive",
    region: "us-east-1",
    accessKeyId: "S3RVER",
    secretAccessKey: "S3RVER",
  });
  site = await buildSite(repoRoot, { env: { ARCHIVE_CACHE_DIR: `${storage}-cache` } });
  files = siteFiles(site.dir);
}, 120_000);

afterAll(async () => {
  await server?.close();
  site?.remove();
  rmSync(storage, { recursive: true, force: true });
  rmSync(`${storage}-cache`, { recursive: true, force: true });
});

/** What a browser gets for a site path from the bucket (fetch inflates gzip as a browser does). */
const get = (path: string) => fetch(`${endpoint}/archive/${path}`);
const fileOf = (pattern: RegExp): string => {
  const file = files.find((f) => pattern.test(f));
  if (!file) throw new Error(`no site file matches ${pattern}`);
  return file;
};

describe("deploySite to an S3-compatible server", () => {
  it("should upload every file, HTML and feeds compressed with a short cache life", async () => {
    const report = await deploySite(site.dir, files, bucket);
    expect(report).toMatchObject({ uploaded: files.length, unchanged: 0, deleted: 0 });

    const home = await get("index.html");
    expect(home.status).toBe(200);
    expect(home.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(home.headers.get("content-encoding")).toBe("gzip");
    expect(home.headers.get("cache-control")).toBe(SHORT_CACHE);
    expect(await home.text()).toBe(site.read("index.html"));

    const atom = await get("feeds/articles.xml");
    expect(atom.headers.get("content-type")).toBe("application/atom+xml; charset=utf-8");
    expect(await atom.text()).toBe(site.read("feeds/articles.xml"));
    expect((await get("feeds/articles.json")).headers.get("content-type")).toBe(
      "application/feed+json; charset=utf-8",
    );
    expect((await get("sitemap.xml")).headers.get("content-type")).toBe("application/xml; charset=utf-8");
  });

  it("should store Pagefind's files as Pagefind wrote them, its hashed files cached for a year", async () => {
    for (const file of [fileOf(/\.pf_fragment$/), fileOf(/\.pf_meta$/)]) {
      const response = await get(file);
      expect(response.headers.get("content-type")).toBe("application/octet-stream");
      expect(response.headers.get("content-encoding")).toBeNull();
      expect(response.headers.get("cache-control")).toBe(LONG_CACHE);
      expect(Buffer.from(await response.arrayBuffer()).equals(readFileSync(join(site.dir, file)))).toBe(true);
    }
    const wasm = await get(fileOf(/wasm\.[^/]*\.pagefind$/));
    expect(wasm.headers.get("content-encoding")).toBeNull();
    expect(wasm.headers.get("cache-control")).toBe(SHORT_CACHE);
    const manifest = await get("pagefind/shards.json");
    expect(manifest.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(manifest.headers.get("cache-control")).toBe(SHORT_CACHE);
  });

  it("should upload only what changed the next time, and delete what the site no longer has", async () => {
    const gone = fileOf(/^people\/.*\/index\.html$/);
    unlinkSync(join(site.dir, gone));
    writeFileSync(join(site.dir, "robots.txt"), `${site.read("robots.txt")}# changed\n`);
    const now = siteFiles(site.dir);
    const report = await deploySite(site.dir, now, bucket);
    expect(report).toMatchObject({ uploaded: 1, unchanged: now.length - 1, deleted: 1 });
    expect((await get(gone)).status).toBe(404);
    expect(await (await get("robots.txt")).text()).toContain("# changed");
  });

  it("should keep a deploy under a prefix to that prefix, deleting nothing outside it", async () => {
    const report = await deploySite(site.dir, ["index.html"], bucket, "preview/");
    expect(report).toMatchObject({ uploaded: 1, deleted: 0 });
    expect(await (await get("preview/index.html")).text()).toBe(site.read("index.html"));
    expect((await get("robots.txt")).status).toBe(200);
  });
});
