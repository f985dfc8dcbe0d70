import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resolveFile, serveStatic, type StaticServer } from "../../bench/static-server.js";

let root: string;
let server: StaticServer;
const html = "<!doctype html><title>搜索</title>" + "<p>聊城新闻</p>".repeat(200);

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), "static-server-test-"));
  mkdirSync(join(root, "search"));
  mkdirSync(join(root, "pagefind"));
  writeFileSync(join(root, "search/index.html"), html);
  writeFileSync(join(root, "pagefind/a.pf_fragment"), Buffer.alloc(1000, 7));
  server = await serveStatic(root);
});
afterAll(async () => {
  await server.close();
  rmSync(root, { recursive: true, force: true });
});

function get(
  path: string,
  origin = server.origin,
): Promise<{ status: number; encoding: string | undefined; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = request(`${origin}${path}`, { headers: { "accept-encoding": "gzip" } }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () =>
        resolve({
          status: res.statusCode ?? 0,
          encoding: res.headers["content-encoding"],
          body: Buffer.concat(chunks),
        }),
      );
    });
    req.on("error", reject);
    req.end();
  });
}

describe("bench static server", () => {
  it("should serve a folder's index.html gzipped and count raw and wire bytes", async () => {
    server.reset();
    const res = await get("/search/?q=%E8%81%8A%E5%9F%8E");
    expect(res.status).toBe(200);
    expect(res.encoding).toBe("gzip");
    expect(gunzipSync(res.body).toString()).toBe(html);
    expect(server.requests).toEqual([
      expect.objectContaining({ status: 200, rawBytes: Buffer.byteLength(html), wireBytes: res.body.length }),
    ]);
    expect(res.body.length).toBeLessThan(Buffer.byteLength(html));
  });

  it("should send Pagefind's files as they are, without compressing them again", async () => {
    server.reset();
    const res = await get("/pagefind/a.pf_fragment");
    expect(res.encoding).toBeUndefined();
    expect(res.body.length).toBe(1000);
    expect(server.requests[0]).toMatchObject({ rawBytes: 1000, wireBytes: 1000 });
  });

  it("should answer 404 for missing files and for paths that climb out of the site", async () => {
    expect((await get("/nope/")).status).toBe(404);
    expect(resolveFile(root, "/../../etc/passwd")).toBeNull();
    expect(resolveFile(root, "/%2e%2e/%2e%2e/etc/passwd")).toBeNull();
  });
});

describe("static server for the browser tests", () => {
  it("should serve only under the site's prefix, unzipped, with its 404 page for what is missing", async () => {
    writeFileSync(join(root, "404.html"), "<!doctype html><title>找不到</title>");
    const prefixed = await serveStatic(root, { prefix: "/archive/", gzip: false, notFoundPage: true });
    try {
      expect(prefixed.root).toBe(`${prefixed.origin}/archive/`);
      const found = await get("/archive/search/", prefixed.origin);
      expect(found.status).toBe(200);
      expect(found.encoding).toBeUndefined();
      expect(found.body.toString()).toBe(html);
      const outside = await get("/search/", prefixed.origin);
      expect(outside.status).toBe(404);
      expect(outside.body.toString()).toContain("找不到");
      expect(prefixed.requests.map((r) => r.status)).toEqual([200, 404]);
    } finally {
      await prefixed.close();
      rmSync(join(root, "404.html"));
    }
  });
});
