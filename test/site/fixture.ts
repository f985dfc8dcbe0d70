/**
 * Fixture archives for the site tests, made of real text only: the sample page itself, and
 * articles of its hand-checked reading set again as simple pages that print the headline first.
 */
import type { Item } from "../../src/read/types.js";
import type { FixtureArchive } from "./build.js";
import { goldItems, SAMPLE_PAGE } from "../support/corpus.js";

/** The sample reading's articles, by their index in the reading. */
export const goldItem = (i: number): Item => {
  const item = goldItems()[i];
  if (!item) throw new Error(`no item ${i} in the sample reading`);
  return item;
};

/** How many items the sample page's reading holds. */
export const goldItemCount = (): number => goldItems().length;

/** A page that prints headlines before bodies: kicker, headline, □byline, indented paragraphs. */
export function beforeBodyPage(items: Item[]): string {
  return items
    .map((item) => {
      const head = [item.kicker, item.headline].filter(Boolean).join("\n");
      const byline = item.byline ? `□${item.byline}\n` : "";
      const paragraphs = item.blocks.map(
        (b, i) => `  ${i === 0 && item.dateline ? `${item.dateline} ` : ""}${b.text}\n`,
      );
      return `${head}\n\n${byline}${paragraphs.join("")}`;
    })
    .join("\n");
}

const BEFORE_BODY = "headlines: before-body\n";

/**
 * Four issues over two years: the sample page as page 5 of 2025-03-17, and articles of its
 * reading spread over 2024-12-31, 2025-03-18 (two pages) and 2025-04-02 (two articles on a page).
 */
export const browseArchive = (): FixtureArchive => ({
  issues: {
    "2024-12-31": { "issue.yaml": BEFORE_BODY, "01.txt": beforeBodyPage([goldItem(2)]) },
    "2025-03-17": {
      "issue.yaml": "number: 8112\npages:\n  05.txt:\n    name: 聊城新闻\n",
      "05.txt": SAMPLE_PAGE,
    },
    "2025-03-18": {
      "issue.yaml": BEFORE_BODY,
      "01.txt": beforeBodyPage([goldItem(3)]),
      "02.txt": beforeBodyPage([goldItem(6)]),
    },
    "2025-04-02": { "issue.yaml": BEFORE_BODY, "03.txt": beforeBodyPage([goldItem(4), goldItem(7)]) },
  },
});

/** Markup and an entity in a page's text: they must show literally everywhere. */
export const HOSTILE = ["<script>alert(1)</script>", "&amp;"] as const;

/**
 * Edge cases, in one issue: a page whose text holds markup and an entity; a short page with a
 * reporter and a correspondent (headline first), as the parser reads such pages.
 */
export const edgeArchive = (): FixtureArchive => ({
  issues: {
    "2025-03-17": {
      "issue.yaml": BEFORE_BODY,
      "01.txt": `${HOSTILE[0]}标题与${HOSTILE[1]}\n\n□本报记者 张三\n  正文第一段${HOSTILE[0]}，含${HOSTILE[1]}。\n`,
      "02.txt": "两行标题\n\n□本报记者 张三 通讯员 李四\n  本报聊城讯 正文第一段。第二句。\n",
    },
  },
});
