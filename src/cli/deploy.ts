/**
 * `npm run deploy -- --endpoint URL --bucket NAME [--region R] [--prefix DIR/] [--site _site]`:
 * publishes the built site to S3-compatible object storage (`src/deploy/`), uploading only what
 * changed and deleting what the site no longer has. Credentials come from the environment,
 * `AWS_ACCESS_KEY_ID` and `AWS_SECRET_ACCESS_KEY`, as every S3 tool reads them. Exits 1 when the
 * deploy fails, 2 on bad usage.
 */
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { siteFiles } from "../deploy/files.js";
import { deploySite } from "../deploy/deploy.js";
import { S3Bucket } from "../deploy/s3.js";

const USAGE =
  "usage: npm run deploy -- --endpoint URL --bucket NAME [--region REGION] [--prefix DIR/] [--site DIR]\n" +
  "       with AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY in the environment";

async function main(argv: string[]): Promise<number> {
  let options;
  try {
    const { values } = parseArgs({
      args: argv,
      strict: true,
      options: {
        endpoint: { type: "string" },
        bucket: { type: "string" },
        region: { type: "string", default: process.env.AWS_REGION ?? "us-east-1" },
        prefix: { type: "string", default: "" },
        site: { type: "string", default: "_site" },
      },
    });
    const { AWS_ACCESS_KEY_ID: accessKeyId, AWS_SECRET_ACCESS_KEY: secretAccessKey } = process.env;
    if (!values.endpoint || !values.bucket) throw new Error("--endpoint and --bucket are required");
    if (!accessKeyId || !secretAccessKey)
      throw new Error("AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY are not set");
    if (values.prefix && !values.prefix.endsWith("/")) throw new Error("--prefix must end with /");
    options = { ...values, endpoint: values.endpoint, bucket: values.bucket, accessKeyId, secretAccessKey };
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  const site = resolve(options.site);
  const started = performance.now();
  const bucket = new S3Bucket(options);
  const report = await deploySite(site, siteFiles(site), bucket, options.prefix);
  process.stdout.write(
    `[deploy] ${report.uploaded} uploaded (${(report.bytes / 1024 / 1024).toFixed(1)} MB), ${report.unchanged} unchanged, ` +
      `${report.deleted} deleted, to ${options.endpoint}/${options.bucket}/${options.prefix} in ${((performance.now() - started) / 1000).toFixed(1)} s\n`,
  );
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
