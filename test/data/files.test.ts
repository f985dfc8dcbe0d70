/**
 * The data files' sizes kept between `npm start`'s rebuilds and between builds (`DataFileSizes`):
 * after an edit, the files listed (sizes, digests) and their texts are those of a fresh shaping,
 * and only the files made from the edited issue are made again.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dataFiles, DataFileSizes, type ArchiveDataFiles } from "../../src/data/files.js";
import { loadArchiveOrThrow } from "../../src/load/or-throw.js";
import { ReadingCache } from "../../src/load/reading-cache.js";
import { shapeContext } from "../../src/shape/context.js";
import type { Archive } from "../../src/model.js";
import { copySample, issueFolder } from "../support/archive.js";
import { SAMPLE_NAME, SAMPLE_PAGE } from "../support/corpus.js";
import { tempDir, type TempDir } from "../build/run.js";

let dir: TempDir;
let root: string;
let readings: ReadingCache;
const sizes = new DataFileSizes();
const load = (): Archive => loadArchiveOrThrow(root, undefined, readings.read).archive;
const shape = (archive: Archive, kept?: DataFileSizes): ArchiveDataFiles =>
  dataFiles(shapeContext(archive.config), archive, kept);

/** Every file as listed, with its text. */
const listed = (files: ArchiveDataFiles) =>
  [...files.issues.flatMap((i) => [i.json, i.ris, i.csl]), ...files.years.map((y) => y.jsonl)].map((f) => ({
    ...f,
    text: f.body,
  }));

beforeAll(() => {
  dir = tempDir("data-files-");
  root = copySample(join(dir.path, "archive"), {
    [join(issueFolder("2025-03-18"), `${SAMPLE_NAME}.txt`)]: SAMPLE_PAGE,
  });
  readings = new ReadingCache(join(dir.path, "readings"));
  shape(load(), sizes);
});
afterAll(() => dir?.remove());

/** The paths of the files `sizes` makes while shaping (a file is made again anyway when it is printed). */
function watchMade(sizes: DataFileSizes): Set<string> {
  const made = new Set<string>();
  const file = sizes.file.bind(sizes);
  sizes.file = (permalink, key, make) =>
    file(permalink, key, () => {
      made.add(permalink);
      return make();
    });
  return made;
}

/** Edits the sample page of 2025-03-18, putting `place` for its first 聊城. */
const editPage = (place: string): void =>
  writeFileSync(
    join(root, issueFolder("2025-03-18"), `${SAMPLE_NAME}.txt`),
    SAMPLE_PAGE.replace("聊城", place),
  );

const EDITED_FILES = [
  "/data/issues/2025-03-18.json",
  "/2025/03/18/cite.ris",
  "/2025/03/18/cite.json",
  "/data/years/2025.jsonl",
];

describe("data files kept between rebuilds", () => {
  it("should list and print what a fresh shaping does after an edit, making only the edited issue's files again", () => {
    editPage("聊城市");
    const archive = load();
    const made = watchMade(sizes);
    const kept = shape(archive, sizes);
    expect(made).toEqual(new Set(EDITED_FILES));
    expect(listed(kept)).toEqual(listed(shape(archive)));
  });

  it("should keep the sizes in a file for the next build, which makes only the edited issue's files", () => {
    const file = join(dir.path, "data", "sizes.json");
    shape(load(), new DataFileSizes(file));
    editPage("东昌府");
    const archive = load();
    const next = new DataFileSizes(file);
    const made = watchMade(next);
    const kept = shape(archive, next);
    expect(made).toEqual(new Set(EDITED_FILES));
    expect(listed(kept)).toEqual(listed(shape(archive)));
  });

  it("should make every file again when the saved sizes are not in its format", () => {
    const file = join(dir.path, "other", "sizes.json");
    mkdirSync(dirname(file));
    writeFileSync(file, JSON.stringify({ format: "data files 0", files: [] }));
    const sizes = new DataFileSizes(file);
    const made = watchMade(sizes);
    const files = shape(load(), sizes);
    expect(made.size).toBe(listed(files).length + files.schemas.length);
  });
});
