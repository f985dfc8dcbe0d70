/**
 * A page's print as the pages show it: the scan's thumbnail and screen copies (made by
 * src/prints/), and PDF links with their size, all linked under the path prefix.
 */
import type { Issue, Page, PrintFile } from "../model.js";
import type { EncodedFile, EncodedImage, EncodedPrints } from "../prints/image.js";
import type { UiStrings } from "./i18n.js";
import { issuePdfPath, pagePdfPath } from "./urls.js";
import type { Link } from "./views.js";

export type { EncodedPrints };

/** A `<picture>` ready to print: sources best format first, then the fallback `<img>`. */
export interface PictureView {
  sources: { type: string; srcset: string }[];
  src: string;
  srcset: string;
  sizes: string;
  width: number;
  height: number;
  alt: string;
}

/** The scan on the page view: the picture, and the full image it opens. */
export interface PrintImageView {
  picture: PictureView;
  full: Link;
}

export interface PrintLookup {
  /** A small picture of the page (lists, the article header), or null when it has no scan. */
  thumbnail: (page: Page, alt: string) => PictureView | null;
  /** The scan as the page view shows it, or null. */
  image: (page: Page, alt: string) => PrintImageView | null;
  /** The page's PDF, linked with its size, or null. */
  pagePdf: (issue: Issue, page: Page) => Link | null;
  /** The whole issue's PDF, linked with its size, or null. */
  issuePdf: (issue: Issue) => Link | null;
}

const srcset = (href: (path: string) => string, files: EncodedFile[]): string =>
  files.map((f) => `${href(f.url)} ${f.width}w`).join(", ");

const MIME = { avif: "image/avif", webp: "image/webp" } as const;

function picture(
  href: (path: string) => string,
  formats: Partial<Record<keyof typeof MIME, EncodedFile[]>>,
  jpeg: EncodedFile[],
  sizes: string,
  alt: string,
): PictureView | null {
  const fallback = jpeg[0];
  if (!fallback) return null;
  const sources = (Object.keys(MIME) as (keyof typeof MIME)[])
    .filter((format) => (formats[format] ?? []).length > 0)
    .map((format) => ({ type: MIME[format], srcset: srcset(href, formats[format] ?? []) }));
  return {
    sources,
    src: href(fallback.url),
    srcset: srcset(href, jpeg),
    sizes,
    width: fallback.width,
    height: fallback.height,
    alt,
  };
}

/** `1.2 MB`, `850 KB`: the size a reader weighs before downloading. */
export function fileSize(bytes: number): string {
  if (bytes >= 1e6) return `${(bytes / 1e6).toFixed(1)} MB`;
  return `${Math.max(1, Math.round(bytes / 1e3))} KB`;
}

export function printLookup(
  encoded: EncodedPrints,
  ui: UiStrings,
  href: (path: string) => string,
): PrintLookup {
  // A page's picture is its scan, else its PDF's first page (src/prints/process.ts).
  const encodedOf = (page: Page): EncodedImage | undefined => {
    const print: PrintFile | null | undefined = page.image ?? page.pdf;
    return print ? encoded.get(print.file) : undefined;
  };
  return {
    // Thumbnails are shown 160 CSS px wide at most (smaller on phones).
    thumbnail: (page, alt) => {
      const image = encodedOf(page);
      return image ? picture(href, { webp: image.thumbnail.webp }, image.thumbnail.jpeg, "160px", alt) : null;
    },
    // Half of a wide screen, the whole width of a phone.
    image: (page, alt) => {
      const image = encodedOf(page);
      if (!image) return null;
      const { avif, webp, jpeg } = image.screen;
      const shown = picture(href, { avif, webp }, jpeg, "(min-width: 60em) 50vw, 100vw", alt);
      return shown && { picture: shown, full: { href: href(image.full.url), text: ui.openFullImage } };
    },
    pagePdf: (issue, page) =>
      page.pdf ? { href: href(pagePdfPath(issue, page)), text: ui.pagePdf(fileSize(page.pdf.bytes)) } : null,
    issuePdf: (issue) =>
      issue.pdf ? { href: href(issuePdfPath(issue)), text: ui.issuePdf(fileSize(issue.pdf.bytes)) } : null,
  };
}
