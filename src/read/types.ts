/**
 * The reading of one printed page: what a careful librarian says the page holds.
 * Field for field this is the schema of the corpus readings (`test/fixtures/corpus/README.md`),
 * plus source line numbers so that diagnostics can point into the page file.
 */

/** Where a page prints its headlines relative to the article body. */
export type HeadlinePosition = "after-body" | "before-body";

/** One block of an article body, in page order. */
export interface Block {
  /** `p`: a paragraph with wrapped lines joined; `subhead`: a heading inside the article. */
  type: "p" | "subhead";
  text: string;
}

/** One thing a reader sees on the page: an article, or a note (text with no headline). */
export interface Item {
  kind: "article" | "note";
  /** The line above the headline (引题), or null. */
  kicker: string | null;
  /** One string, even when printed over two lines; null for a note. */
  headline: string | null;
  /** The line under the headline (副题), or null. */
  subtitle: string | null;
  /**
   * As printed, without the □ marker, spaces normalised; null when none. A credit printed in
   * brackets after the dateline (本报讯（记者 张三）) is the byline with its brackets:
   * `（记者 张三）`, after the printed byline when there is one too.
   */
  byline: string | null;
  /** Names after 记者. */
  reporters: string[];
  /** Names after 通讯员. */
  correspondents: string[];
  /** As printed (本报潍坊讯, 新华社北京3月12日电), or null. */
  dateline: string | null;
  /** The place in the dateline (潍坊), or null. */
  place: string | null;
  blocks: Block[];
  /** 1-based line range of the page file this item was read from (inclusive). */
  lines: { first: number; last: number };
}

/** Something about the reading a librarian should look at; never fatal. */
export interface ReadingWarning {
  /** 1-based line in the page file. */
  line: number;
  code: "article-without-headline" | "headline-without-body" | "unstructured-page" | "unknown-markup";
  message: string;
}

export interface PageReading {
  headlinePosition: HeadlinePosition;
  items: Item[];
  warnings: ReadingWarning[];
}

/** What the caller may tell the reader about a page. */
export interface ReadOptions {
  /** Force where headlines stand instead of detecting it (from the issue metadata). */
  headlinePosition?: HeadlinePosition;
}
