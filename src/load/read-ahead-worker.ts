/** The worker of `read-ahead.ts`: reads its share of the pages into the reading cache. */
import { parentPort } from "node:worker_threads";
import { readPage } from "../read/index.js";
import { keepReading } from "./reading-cache.js";
import type { ReadAheadJob } from "./read-ahead.js";

parentPort?.once("message", (job: ReadAheadJob) => {
  for (const page of job.pages) {
    try {
      keepReading(job.dir, page.name, readPage(page.text, page.options));
    } catch {
      // Read again as the archive loads, which reports the error with the page's file.
    }
  }
  parentPort?.postMessage("done");
});
