/**
 * The child process `indexer.ts` forks for each shard: reads one `ShardJob` message, writes the
 * shard (`shard-writer.ts`), answers one `ShardOutcome`, and exits.
 */
import { writeShard, type ShardJob, type ShardOutcome } from "./shard-writer.js";

const reply = (outcome: ShardOutcome, code: number): void => {
  process.send!(outcome, () => process.exit(code));
};

process.once("message", (job: ShardJob) => {
  writeShard(job).then(
    () => reply({ ok: true }, 0),
    (e: unknown) => reply({ ok: false, message: e instanceof Error ? e.message : String(e) }, 1),
  );
});
