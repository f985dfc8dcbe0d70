/**
 * Publishes a built site to S3-compatible object storage, for archives past what one static host
 * takes (`docs/performance.md`, "Publishing"): uploads what is new or changed, each with its
 * content type, cache lifetime and compression (`headers.ts`), then deletes what the site no
 * longer has. Unchanged files are recognised by their ETag (the MD5 of the stored bytes), so a
 * daily deploy of a large archive uploads the day's pages and the search files that changed.
 * Deletion comes last, so a reader never meets a page linking to a removed file mid-deploy.
 */
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { objectHeaders } from "./headers.js";
import type { S3Bucket } from "./s3.js";

export interface DeployReport {
  uploaded: number;
  unchanged: number;
  deleted: number;
  /** Bytes sent for the uploads (compressed where stored compressed). */
  bytes: number;
}

/** Uploads this many files at once: enough to hide each request's latency. */
const PARALLEL = 16;

/**
 * `files` are the site's files relative to `siteDir`, `/`-separated (`siteFiles`); `prefix` is
 * the folder in the bucket (`""` for its root, else ending in `/`).
 */
export async function deploySite(
  siteDir: string,
  files: readonly string[],
  bucket: S3Bucket,
  prefix = "",
): Promise<DeployReport> {
  const stored = new Map((await bucket.list(prefix)).map((o) => [o.key, o.etag]));
  const report: DeployReport = { uploaded: 0, unchanged: 0, deleted: 0, bytes: 0 };
  const queue = [...files];
  const worker = async (): Promise<void> => {
    for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
      const headers = objectHeaders(file);
      const raw = await readFile(join(siteDir, file));
      // Level 9 and no timestamp: the same file compresses to the same bytes, so its ETag holds.
      const body = headers.gzip ? gzipSync(raw, { level: 9 }) : raw;
      const key = prefix + file;
      if (stored.get(key) === createHash("md5").update(body).digest("hex")) {
        report.unchanged++;
        continue;
      }
      await bucket.put(key, body, {
        contentType: headers.contentType,
        cacheControl: headers.cacheControl,
        contentEncoding: headers.gzip ? "gzip" : undefined,
      });
      report.uploaded++;
      report.bytes += body.length;
    }
  };
  await Promise.all(Array.from({ length: PARALLEL }, worker));
  const keep = new Set(files.map((f) => prefix + f));
  const removed = [...stored.keys()].filter((key) => !keep.has(key));
  await bucket.delete(removed);
  report.deleted = removed.length;
  return report;
}
