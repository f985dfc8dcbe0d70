/**
 * The pair directory kept between builds (`directory-cache.ts`): a build that changes the newest
 * shard, or starts a new one, reads back the saved directory and the newest shard's counts only,
 * and gets the directory a merge of every shard gives.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { countShardTokens, type PairDirectory, type ShardTokens } from "../../src/search/directory.js";
import { shardsDirectory, type DirectoryShard } from "../../src/search/directory-cache.js";
import { fieldTokens } from "../../src/search/tokens.js";
import { tempDir, type TempDir } from "../build/run.js";

let dir: TempDir;
beforeEach(() => (dir = tempDir("directory-cache-")));
afterEach(() => dir.remove());

/** The shards whose counts were read in the last call. */
let read: string[] = [];
const shard = (hash: string, ...records: string[]): DirectoryShard => {
  const tokens: ShardTokens = countShardTokens(records.map((text) => fieldTokens(text)));
  return {
    hash,
    tokens: () => {
      read.push(hash);
      return Promise.resolve(tokens);
    },
  };
};

const files = (directory: PairDirectory, count: number): [number, string][] =>
  [...directory.files(count, directory.bucketCount())].sort(([a], [b]) => a - b);

/** The directory files of every shard merged, nothing saved. */
const merged = async (shards: DirectoryShard[]) =>
  files(await shardsDirectory(shards, undefined), shards.length);

/** The directory files of a build keeping its directory in the cache, and whose counts it read. */
async function build(shards: DirectoryShard[]): Promise<{ built: [number, string][]; read: string[] }> {
  read = [];
  const built = files(await shardsDirectory(shards, dir.path), shards.length);
  return { built, read: [...read] };
}

const january = [shard("a", "聊城聊城", "东阿"), shard("b", "东阿县"), shard("c", "聊城市")];

describe("the pair directory kept between builds", () => {
  it("should read only the newest shard's counts when the newest shard changed", async () => {
    await build(january);
    const changed = [...january.slice(0, 2), shard("c2", "聊城市", "阳谷县")];
    expect(await build(changed)).toEqual({ built: await merged(changed), read: ["c2"] });
  });

  it("should read only the new shard's counts when a new shard starts", async () => {
    await build(january);
    const added = [...january, shard("d", "临清")];
    expect(await build(added)).toEqual({ built: await merged(added), read: ["d"] });
  });

  it("should read no counts when no shard changed, and merge them all when an older one did", async () => {
    await build(january);
    expect(await build(january)).toEqual({ built: await merged(january), read: [] });
    const edited = [shard("a2", "茌平"), ...january.slice(1)];
    expect(await build(edited)).toEqual({ built: await merged(edited), read: ["a2", "b", "c"] });
  });
});
