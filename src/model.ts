/**
 * The archive as loaded from disk: archive → issues → pages.
 * Everything downstream (site shaping, feeds, search) reads this model, never the files.
 */
import type { HeadlinePosition, PageReading } from "./read/types.js";

/** The archive-wide settings in `archive.yaml`. */
export interface ArchiveConfig {
  /** The archive's name, shown in every page title and feed. */
  title: string;
  /** A sentence about the archive, for the home page and feeds. */
  description: string;
  /** BCP 47 tag of the newspaper's language, e.g. `zh-CN`; also the UI language. */
  language: string;
  /** IANA time zone the newspaper is published in, e.g. `Asia/Shanghai`. */
  timeZone: string;
  /** Absolute origin the site is served from, e.g. `https://example.org` (no path). */
  baseUrl: string;
  /** Path the site lives under on that origin, `/` or e.g. `/archive/` (leading and trailing slash). */
  pathPrefix: string;
  /**
   * The newspaper's own title, as its masthead prints it, for citations and structured data; in
   * order of use when the paper was renamed (see `newspaperTitleOn`). Defaults to `title`.
   */
  newspaper: NewspaperTitle[];
  /** Who publishes the newspaper (feed author, citations). */
  publisher: string;
  /** How many entries the latest-articles feeds hold. */
  feedLimit: number;
  /** Default for pages whose metadata does not say; omitted means "detect per page". */
  headlinePosition?: HeadlinePosition;
}

/** A title the newspaper printed from a day on (`from`, ISO date; null for the first). */
export interface NewspaperTitle {
  title: string;
  from: string | null;
}

/** A print of a page or of a whole issue, as the librarian put it beside the page files. */
export interface PrintFile {
  /** Path relative to the archive root, with `/` separators. */
  file: string;
  /** A scan (`.jpg`, `.png`, `.webp`, `.tif`), processed at build time, or a PDF, published as it is. */
  kind: "image" | "pdf";
  /** Size in bytes. */
  bytes: number;
}

/** One printed page of an issue. */
export interface Page {
  /** Printed page number (版次), from the file name's leading number or the issue metadata. */
  number: number;
  /** Page name from the metadata, e.g. `聊城新闻`; null when not given. */
  name: string | null;
  /** Path of the page file relative to the archive root, with `/` separators (the print's, for a page without text). */
  file: string;
  /** The file's text: decoded, BOM removed, line ends normalised to `\n`, bidi controls removed; empty for a page published with its print only. */
  text: string;
  /** The page read into articles and notes. */
  reading: PageReading;
  /** The page's scan, when there is one (optional, so that models built in code may leave it out). */
  image?: PrintFile | null;
  /** The page's PDF, when there is one. */
  pdf?: PrintFile | null;
}

/** One issue of the newspaper: a folder named by its date. */
export interface Issue {
  /** ISO date `YYYY-MM-DD`. */
  date: string;
  /** Edition slug from the folder name (`2025-03-17-evening` → `evening`), null for the main edition. */
  edition: string | null;
  /** Edition label as printed (e.g. `晚报`), from the issue metadata's `edition`; null when not given. */
  editionLabel?: string | null;
  /** Issue number (期号) from the metadata, or null. */
  number: number | null;
  /** Folder of the issue relative to the archive root. */
  dir: string;
  /** Pages in printed order. */
  pages: Page[];
  /** One PDF of the whole issue, when there is one. */
  pdf?: PrintFile | null;
}

export interface Archive {
  config: ArchiveConfig;
  /** Issues oldest first. */
  issues: Issue[];
}
