/**
 * Index lanes: worker threads (`index-worker.ts`) that each index one shard at a time with a
 * Pagefind process of their own, so that a machine with two cores indexes two shards at once. A
 * year of a daily is ~36 shards of ~1.5–2 s of Pagefind each, most of a clean build's CPU time
 * (docs/performance.md). Each lane holds one Pagefind process of ≤ ~0.45 GB while it works.
 *
 * Workers are started when first needed and kept for the next build (`npm start`), and they do
 * not keep the process alive while idle.
 */
import { availableParallelism } from "node:os";
import type { Worker } from "node:worker_threads";
import { startTsWorker } from "../build/ts-worker.js";

/** One record as Pagefind reads it. */
interface JobRecord {
  url: string;
  html: string;
  /** Named in an error: the item and its page file. */
  source: string;
}

/** What a lane is handed: one shard's records, and where to write it. */
export interface ShardJob {
  records: JobRecord[];
  /** The shard's index language (`manifest.ts`, `shardLanguage`). */
  language: string;
  outputPath: string;
}

/** A lane's answer to a job. */
export type LaneAnswer = { ok: true } | { ok: false; message: string };

/**
 * More lanes than cores only queue on the CPU; more than four would hold more memory than a
 * year's render needs (four Pagefind processes, ~1.8 GB) for little gain. `ARCHIVE_INDEX_LANES`
 * sets another number (1 indexes one shard at a time, as a 1 GB machine may need).
 */
export function laneCount(): number {
  const asked = Number(process.env.ARCHIVE_INDEX_LANES);
  return Number.isInteger(asked) && asked > 0 ? asked : Math.min(availableParallelism(), 4);
}

class Lane {
  private worker: Worker | null = null;
  private settle: ((error: Error | null) => void) | null = null;

  run(job: ShardJob): Promise<void> {
    const worker = (this.worker ??= this.start());
    worker.ref();
    return new Promise((resolve, reject) => {
      this.settle = (error) => (error ? reject(error) : resolve());
      worker.postMessage(job);
    });
  }

  async close(): Promise<void> {
    await this.worker?.terminate();
    this.worker = null;
  }

  private start(): Worker {
    const worker = startTsWorker(new URL("./index-worker.ts", import.meta.url));
    const done = (error: Error | null): void => {
      const settle = this.settle;
      this.settle = null;
      worker.unref();
      settle?.(error);
    };
    worker.on("message", (answer: LaneAnswer) => done(answer.ok ? null : new Error(answer.message)));
    // A worker that died is replaced on the next job.
    worker.on("error", (error) => {
      this.worker = null;
      done(error);
    });
    worker.on("exit", (code) => {
      if (this.worker === worker) this.worker = null;
      done(new Error(`search: an index lane stopped (exit code ${code})`));
    });
    return worker;
  }
}

/** A fixed set of lanes; a shard waits for a free one. */
export class IndexLanes {
  private readonly idle: Lane[];
  private readonly all: Lane[];
  private readonly waiting: ((lane: Lane) => void)[] = [];

  constructor(count = laneCount()) {
    this.all = Array.from({ length: count }, () => new Lane());
    this.idle = [...this.all];
  }

  /**
   * Waits for a free lane, then makes the shard's job (so that records are built only when a lane
   * can take them, and memory holds a few shards' records at most) and starts it there. Resolves
   * once it has started, with `done`, which resolves when the shard's files are written.
   */
  async start(makeJob: () => ShardJob): Promise<{ done: Promise<void> }> {
    const lane = this.idle.pop() ?? (await new Promise<Lane>((resolve) => this.waiting.push(resolve)));
    let job: ShardJob;
    try {
      job = makeJob();
    } catch (error) {
      this.release(lane);
      throw error;
    }
    return { done: lane.run(job).finally(() => this.release(lane)) };
  }

  async close(): Promise<void> {
    await Promise.all(this.all.map((lane) => lane.close()));
  }

  private release(lane: Lane): void {
    const next = this.waiting.shift();
    if (next) next(lane);
    else this.idle.push(lane);
  }
}
