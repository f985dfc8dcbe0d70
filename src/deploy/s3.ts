/**
 * The few S3 calls a deploy needs — list, put, delete — over plain HTTP with AWS Signature
 * Version 4 (`aws4fetch`), against any S3-compatible endpoint (AWS S3, Cloudflare R2, Backblaze
 * B2, MinIO, …) in path style: `<endpoint>/<bucket>/<key>`.
 */
import { createHash } from "node:crypto";
import { AwsClient } from "aws4fetch";
import { XMLParser } from "fast-xml-parser";

export interface S3Target {
  /** `https://s3.eu-central-1.amazonaws.com`, `https://<account>.r2.cloudflarestorage.com`, … */
  endpoint: string;
  bucket: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
}

/** An object as listed: its key and ETag (the MD5 of its bytes for a single-part upload). */
export interface ListedObject {
  key: string;
  etag: string;
}

export interface PutOptions {
  contentType: string;
  cacheControl: string;
  contentEncoding?: string;
}

// Keys stay strings (`2025` is a folder, not a number).
const xml = new XMLParser({
  parseTagValue: false,
  isArray: (name) => name === "Contents" || name === "Error",
});
const keyPath = (key: string): string => key.split("/").map(encodeURIComponent).join("/");
const escapeXml = (s: string): string =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

export class S3Bucket {
  private readonly client: AwsClient;
  private readonly base: string;

  constructor(target: S3Target) {
    this.client = new AwsClient({
      accessKeyId: target.accessKeyId,
      secretAccessKey: target.secretAccessKey,
      region: target.region,
      service: "s3",
    });
    this.base = `${target.endpoint.replace(/\/+$/, "")}/${encodeURIComponent(target.bucket)}`;
  }

  private async send(url: string, init: RequestInit, what: string): Promise<Response> {
    const response = await this.client.fetch(url, init);
    if (!response.ok)
      throw new Error(`deploy: ${what} failed: HTTP ${response.status} ${await response.text()}`);
    return response;
  }

  /** Every object under `prefix`, a page of up to 1,000 at a time. */
  async list(prefix: string): Promise<ListedObject[]> {
    const objects: ListedObject[] = [];
    let token: string | undefined;
    do {
      const query = new URLSearchParams({ "list-type": "2", prefix });
      if (token) query.set("continuation-token", token);
      const response = await this.send(`${this.base}?${query}`, {}, `listing ${prefix || "the bucket"}`);
      const result = (xml.parse(await response.text()) as { ListBucketResult: ListResult }).ListBucketResult;
      for (const c of result.Contents ?? [])
        objects.push({ key: String(c.Key), etag: String(c.ETag).replace(/"/g, "") });
      token = result.IsTruncated === "true" ? String(result.NextContinuationToken) : undefined;
    } while (token);
    return objects;
  }

  async put(key: string, body: Uint8Array, options: PutOptions): Promise<void> {
    const headers: Record<string, string> = {
      "Content-Type": options.contentType,
      "Cache-Control": options.cacheControl,
      "Content-MD5": createHash("md5").update(body).digest("base64"),
    };
    if (options.contentEncoding) headers["Content-Encoding"] = options.contentEncoding;
    // An ArrayBuffer of its own: what fetch takes as a body in Node's types.
    const bytes = Uint8Array.from(body).buffer;
    await this.send(
      `${this.base}/${keyPath(key)}`,
      { method: "PUT", body: bytes, headers },
      `uploading ${key}`,
    );
  }

  /** Deletes `keys`, up to 1,000 a request (S3's limit); fails on any key not deleted. */
  async delete(keys: readonly string[]): Promise<void> {
    for (let i = 0; i < keys.length; i += 1000) {
      const batch = keys.slice(i, i + 1000);
      const body = `<Delete><Quiet>true</Quiet>${batch.map((k) => `<Object><Key>${escapeXml(k)}</Key></Object>`).join("")}</Delete>`;
      const response = await this.send(
        `${this.base}?delete`,
        {
          method: "POST",
          body,
          // S3 asks for a checksum of a multi-object delete.
          headers: {
            "Content-Type": "application/xml",
            "Content-MD5": createHash("md5").update(body).digest("base64"),
          },
        },
        `deleting ${batch.length} objects`,
      );
      const errors = (
        xml.parse(await response.text()) as { DeleteResult?: { Error?: { Key: string; Message: string }[] } }
      ).DeleteResult?.Error;
      if (errors?.length)
        throw new Error(
          `deploy: could not delete ${errors.map((e) => `${e.Key} (${e.Message})`).join(", ")}`,
        );
    }
  }
}

interface ListResult {
  Contents?: { Key: unknown; ETag: unknown }[];
  IsTruncated?: string;
  NextContinuationToken?: unknown;
}
