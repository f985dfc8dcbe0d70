/**
 * One scan → the files a reader's browser is sent: a thumbnail, screen-sized copies in AVIF, WebP
 * and JPEG (the browser picks), and a full-size JPEG to zoom into. Encoding is done by
 * @11ty/eleventy-img (sharp), which names each file by a hash of the scan's bytes.
 *
 * What was made is written down beside the files, in `<hash>.json`, the hash taken of the scan's
 * bytes and the recipe below: a later build that finds it (and its files) skips the encoder
 * altogether. eleventy-img's own caches are off: its in-memory one keeps every scan's bytes until
 * the process ends (gigabytes for a year of scans), and ours makes its on-disk one unneeded.
 */
import Image from "@11ty/eleventy-img";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/** One encoded file, with its URL path (unprefixed, `/prints/…`) and its pixel size. */
export interface EncodedFile {
  url: string;
  width: number;
  height: number;
  /** The file eleventy-img wrote (or found already written) in the cache folder. */
  outputPath: string;
}

/** The copies made of one scan; each list runs from the narrowest to the widest. */
export interface EncodedImage {
  /** Thumbnails (160 and 320 px wide, WebP and JPEG), for lists and the article page. */
  thumbnail: { webp: EncodedFile[]; jpeg: EncodedFile[] };
  /** Screen-sized copies (640 and 1280 px wide) for the page view. */
  screen: { avif: EncodedFile[]; webp: EncodedFile[]; jpeg: EncodedFile[] };
  /** The full image as a JPEG, at most 3000 px wide. */
  full: EncodedFile;
}

export const THUMBNAIL_WIDTHS = [160, 320];
export const SCREEN_WIDTHS = [640, 1280];
export const FULL_WIDTH = 3000;

/** URL path the encoded files are published under. */
export const PRINTS_URL_PATH = "/prints/";

type Stats = Record<string, EncodedFile[] | undefined>;
type ImageFunction = (src: Buffer, options: Record<string, unknown>) => Promise<Stats>;
const image = Image as unknown as ImageFunction;

const COMMON = {
  urlPath: PRINTS_URL_PATH,
  useCache: false,
  // A damaged scan fails the build (naming the file) instead of publishing a half-grey page.
  sharpOptions: { failOn: "error" },
  // Scans are large: AVIF's default effort takes seconds per page; 2 is a fair trade here.
  sharpAvifOptions: { effort: 2 },
  sharpJpegOptions: { quality: 80 },
};
const RECIPES = {
  thumbnail: { widths: THUMBNAIL_WIDTHS, formats: ["webp", "jpeg"] },
  screen: { widths: SCREEN_WIDTHS, formats: ["avif", "webp", "jpeg"] },
  full: { widths: [FULL_WIDTH], formats: ["jpeg"] },
};
/** Changes whenever what is made changes, so that older cache entries are not used. */
const RECIPE_ID = JSON.stringify({ COMMON, RECIPES, version: 1 });

/** Encodes the scan at `src` into `cacheDir`, or returns what an earlier build made of the same bytes. */
export async function encodeImage(src: string, cacheDir: string): Promise<EncodedImage> {
  const bytes = readFileSync(src);
  const key = createHash("sha256").update(RECIPE_ID).update(bytes).digest("base64url").slice(0, 24);
  const manifest = join(cacheDir, `${key}.json`);
  const cached = readManifest(manifest);
  if (cached) return cached;
  const options = { ...COMMON, outputDir: cacheDir };
  const [thumbnail, screen, full] = await Promise.all([
    image(bytes, { ...options, ...RECIPES.thumbnail }),
    image(bytes, { ...options, ...RECIPES.screen }),
    image(bytes, { ...options, ...RECIPES.full }),
  ]);
  const files = (stats: Stats, format: string): EncodedFile[] =>
    (stats[format] ?? []).map(({ url, width, height, outputPath }) => ({ url, width, height, outputPath }));
  const fullJpeg = files(full, "jpeg")[0];
  if (!fullJpeg) throw new Error(`no JPEG was made of ${src}`);
  const encoded: EncodedImage = {
    thumbnail: { webp: files(thumbnail, "webp"), jpeg: files(thumbnail, "jpeg") },
    screen: { avif: files(screen, "avif"), webp: files(screen, "webp"), jpeg: files(screen, "jpeg") },
    full: fullJpeg,
  };
  mkdirSync(cacheDir, { recursive: true });
  // Written whole or not at all, after the files it lists.
  writeFileSync(`${manifest}.part`, JSON.stringify(encoded));
  renameSync(`${manifest}.part`, manifest);
  return encoded;
}

/** An earlier build's record, when it and every file it lists are still there. */
function readManifest(path: string): EncodedImage | null {
  try {
    const encoded = JSON.parse(readFileSync(path, "utf8")) as EncodedImage;
    return encodedFiles(encoded).every((f) => existsSync(f.outputPath)) ? encoded : null;
  } catch {
    return null;
  }
}

/** Scan file (relative to the archive root, `PrintFile.file`) → its encoded copies. */
export type EncodedPrints = ReadonlyMap<string, EncodedImage>;

/** Every file of `encoded`, to publish. */
export const encodedFiles = (encoded: EncodedImage): EncodedFile[] => [
  ...encoded.thumbnail.webp,
  ...encoded.thumbnail.jpeg,
  ...encoded.screen.avif,
  ...encoded.screen.webp,
  ...encoded.screen.jpeg,
  encoded.full,
];
