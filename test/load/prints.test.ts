import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { SAMPLE_PAGE } from "../support/corpus.js";
import { pageImage, pagePdf } from "../support/prints.js";
import { tempArchive, type TempArchive } from "./temp-archive.js";

let archive: TempArchive | undefined;
const make = (files: Record<string, string | Uint8Array | null>): TempArchive =>
  (archive = tempArchive(files));
afterEach(() => archive?.remove());

const dir = "issues/2025-03-17";
let jpeg: Buffer;
let png: Buffer;
let tiff: Buffer;
beforeAll(async () => {
  [jpeg, png, tiff] = await Promise.all([pageImage("jpeg"), pageImage("png"), pageImage("tiff")]);
});

describe("prints beside the page files", () => {
  it("should give each page the image and PDF with its leading number, and the issue its own PDF", () => {
    make({
      [`${dir}/01.txt`]: SAMPLE_PAGE,
      [`${dir}/01.jpg`]: jpeg,
      [`${dir}/02.txt`]: SAMPLE_PAGE,
      [`${dir}/02.PDF`]: pagePdf("2"),
      [`${dir}/03.txt`]: SAMPLE_PAGE,
      [`${dir}/issue.pdf`]: pagePdf("issue"),
    });
    const { archive: loaded, diagnostics } = archive!.load();
    expect(diagnostics).toEqual([]);
    const issue = loaded.issues[0]!;
    expect(issue.pages.map((p) => [p.number, p.image?.file ?? null, p.pdf?.file ?? null])).toEqual([
      [1, `${dir}/01.jpg`, null],
      [2, null, `${dir}/02.PDF`],
      [3, null, null],
    ]);
    expect(issue.pages[0]!.image).toEqual({ file: `${dir}/01.jpg`, kind: "image", bytes: jpeg.length });
    expect(issue.pdf?.file).toBe(`${dir}/issue.pdf`);
  });

  it("should pair by name first, then by number, numbering from 0 as the text files do", () => {
    make({
      [`${dir}/000_44ab.txt`]: SAMPLE_PAGE,
      [`${dir}/000_44ab.tif`]: tiff,
      [`${dir}/001_9f3c.txt`]: SAMPLE_PAGE,
      [`${dir}/001.png`]: png,
      [`${dir}/2025-03-17.pdf`]: pagePdf(),
    });
    const { archive: loaded, diagnostics } = archive!.load();
    expect(diagnostics).toEqual([]);
    expect(loaded.issues[0]!.pages.map((p) => [p.number, p.image?.file])).toEqual([
      [1, `${dir}/000_44ab.tif`],
      [2, `${dir}/001.png`],
    ]);
    expect(loaded.issues[0]!.pdf?.file).toBe(`${dir}/2025-03-17.pdf`);
  });

  it("should publish a print with no text as a page of its own, and say so", () => {
    make({
      [`${dir}/01.txt`]: SAMPLE_PAGE,
      [`${dir}/02.png`]: png,
      [`${dir}/issue.yaml`]: "pages:\n  02.png: { name: 广告 }\n",
    });
    const { archive: loaded, diagnostics } = archive!.load();
    expect(archive!.lines()).toEqual([
      `${dir}/02.png: warning: no text file for this print: page 2 is published with its print only, and cannot be searched — add the page's text beside it, with the same leading number (03.txt beside 03.jpg)`,
    ]);
    expect(diagnostics[0]!.severity).toBe("warning");
    const page = loaded.issues[0]!.pages[1]!;
    expect([page.number, page.name, page.text, page.reading.items, page.image?.file]).toEqual([
      2,
      "广告",
      "",
      [],
      `${dir}/02.png`,
    ]);
  });

  it("should make one page of a scan and a PDF with the same number and no text", () => {
    make({ [`${dir}/01.txt`]: SAMPLE_PAGE, [`${dir}/08.pdf`]: pagePdf(), [`${dir}/08.png`]: png });
    const { archive: loaded } = archive!.load();
    expect(archive!.lines()).toHaveLength(1);
    expect(loaded.issues[0]!.pages.map((p) => [p.number, p.image?.file, p.pdf?.file])).toEqual([
      [1, undefined, undefined],
      [8, `${dir}/08.png`, `${dir}/08.pdf`],
    ]);
  });

  it("should report a file that is no image as an error, naming its first bytes", () => {
    make({ [`${dir}/01.txt`]: SAMPLE_PAGE, [`${dir}/01.jpg`]: "<html>not found</html>" });
    expect(archive!.lines()).toEqual([
      `${dir}/01.jpg: error: not a readable image: the file starts with bytes 3C 68 74 6D — export or scan the page again (a print is a JPEG, PNG, WebP or TIFF image, or a PDF), or move the file out of issues/`,
    ]);
    expect(archive!.load().archive.issues[0]!.pages[0]!.image).toBeNull();
  });

  it("should report an empty file, and a PDF named as an image", () => {
    make({ [`${dir}/01.txt`]: SAMPLE_PAGE, [`${dir}/01.png`]: "", [`${dir}/02.webp`]: pagePdf() });
    const lines = archive!.lines();
    expect(lines[0]).toContain(
      `${dir}/01.png: error: not a readable image: the file starts with nothing (it is empty)`,
    );
    expect(lines[1]).toContain(
      `${dir}/02.webp: error: not a readable image: the file starts with bytes 25 50 44 46`,
    );
  });

  it("should report a print cut short, for JPEG, PNG and PDF", () => {
    make({
      [`${dir}/01.txt`]: SAMPLE_PAGE,
      [`${dir}/01.jpg`]: jpeg.subarray(0, Math.floor(jpeg.length / 2)),
      [`${dir}/02.txt`]: SAMPLE_PAGE,
      [`${dir}/02.png`]: png.subarray(0, png.length - 20),
      [`${dir}/03.txt`]: SAMPLE_PAGE,
      [`${dir}/03.pdf`]: pagePdf().subarray(0, 200),
    });
    expect(archive!.lines().map((l) => l.replace(/ — .*/, ""))).toEqual([
      `${dir}/01.jpg: error: the JPEG image is cut short: it has no end-of-image marker (FF D9) at its end`,
      `${dir}/02.png: error: the PNG image is cut short: it has no IEND chunk at its end`,
      `${dir}/03.pdf: error: the PDF is cut short: it has no %%EOF line at its end`,
    ]);
  });

  it("should report a second image of one page, and two PDFs of the whole issue", () => {
    make({
      [`${dir}/01.txt`]: SAMPLE_PAGE,
      [`${dir}/01.jpg`]: jpeg,
      [`${dir}/01.png`]: png,
      [`${dir}/a.pdf`]: pagePdf(),
      [`${dir}/b.pdf`]: pagePdf(),
    });
    expect(archive!.lines().map((l) => l.replace(/ — .*/, ""))).toEqual([
      `${dir}/01.png: error: a second image of this page: ${dir}/01.jpg is one already`,
      `${dir}/b.pdf: error: a second PDF of the whole issue: ${dir}/a.pdf is one already`,
    ]);
  });

  it("should still warn about files that are neither pages nor prints", () => {
    make({ [`${dir}/01.txt`]: SAMPLE_PAGE, [`${dir}/01.gif`]: "GIF89a" });
    expect(archive!.lines()).toEqual([
      `${dir}/01.gif: warning: not a page: only .txt files and the pages' prints (.pdf, .jpg, .png, .webp, .tif) are published — a page's print must be one of .pdf, .jpg, .png, .webp, .tif: convert it (to PNG or JPEG), or move it out of issues/`,
    ]);
  });
});
