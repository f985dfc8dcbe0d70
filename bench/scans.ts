/**
 * Scans for the benchmark (`--images`): one JPEG beside each synthetic page, page-shaped, each
 * different (the encoder caches by content, so copies of one image would be encoded once only).
 * Made from one drawn page with a few pixels changed per scan, so that making them stays cheap.
 */
import { readdirSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import sharp from "sharp";

/** Writes `NN.jpg` beside every `NN.txt` under `root/issues`; returns how many. */
export async function writeSyntheticScans(root: string, width: number): Promise<number> {
  const base = await drawnPage(width);
  const pages = textFiles(join(root, "issues"));
  for (const [i, page] of pages.entries()) {
    const pixels = Buffer.from(base.pixels);
    // The scan's index, written as dark pixels along the top edge: every scan differs.
    for (let bit = 0; bit < 24; bit++) if ((i >> bit) & 1) pixels.fill(0, bit * 3 * 4, bit * 3 * 4 + 12);
    const jpeg = await sharp(pixels, { raw: base.raw }).jpeg({ quality: 85 }).toBuffer();
    writeFileSync(page.replace(/\.txt$/, ".jpg"), jpeg);
  }
  return pages.length;
}

/** A drawn page as raw RGB, `width` × 1.4 `width`: light paper, dark bars in four columns of text. */
export interface DrawnPage {
  pixels: Buffer;
  raw: { width: number; height: number; channels: 3 };
}

/** Drawn differently for each `seed` (line spacing and lengths), so tests can tell pages apart. */
export async function drawnPage(width: number, seed = 1): Promise<DrawnPage> {
  const height = Math.round(width * 1.4);
  const column = Math.floor(width / 4);
  const bars: sharp.OverlayOptions[] = [];
  for (let c = 0; c < 4; c++)
    for (let y = 40 + ((seed * 7) % 13); y < height - 30; y += 14 + ((seed + c) % 5)) {
      const barWidth = Math.max(8, column - 16 - ((y * (seed + c)) % 37));
      bars.push({
        input: { create: { width: barWidth, height: 6, channels: 3, background: "#333333" } },
        left: c * column + 8,
        top: y,
      });
    }
  const pixels = await sharp({ create: { width, height, channels: 3, background: "#efece4" } })
    .composite(bars)
    .removeAlpha()
    .raw()
    .toBuffer();
  return { pixels, raw: { width, height, channels: 3 } };
}

function textFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return textFiles(path);
    return entry.name.endsWith(".txt") ? [path] : [];
  });
}

/** The files under `dir` written at or after `since` (epoch ms): encoded again, when `dir` is the cache. */
export function filesWrittenSince(
  dir: string,
  since: number,
): { written: number; total: number; bytes: number } {
  let written = 0;
  let total = 0;
  let bytes = 0;
  for (const name of readdirSync(dir)) {
    const stat = statSync(join(dir, name));
    total++;
    bytes += stat.size;
    if (stat.mtimeMs >= since) written++;
  }
  return { written, total, bytes };
}
