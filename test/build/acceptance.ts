/**
 * The acceptance case: the sample archive plus an impossible date, a GB18030 page and an
 * empty page, and the lines a librarian must see for them.
 */
import { copySample } from "../support/archive.js";
import { GB18030_PAGE, SAMPLE_PAGE } from "../support/corpus.js";

export function spoilSample(dir: string): string {
  return copySample(dir, {
    "issues/2025-02-30/01.txt": SAMPLE_PAGE,
    // Made with `iconv -f UTF-8 -t GB18030` from the sample page's first lines.
    "issues/2025/2025-03-17/001_gb18030.txt": GB18030_PAGE,
    "issues/2025/2025-03-17/002_empty.txt": "",
  });
}

const GB = "issues/2025/2025-03-17/001_gb18030.txt";

export const EXPECTED_LINES = [
  "issues/2025-02-30: error: not a real date (February has 28 days in 2025) — rename the folder",
  `${GB}:1: error: not valid UTF-8: byte 0xA1 at offset 3 (line 1); it looks like GB18030 text — convert it to UTF-8: ` +
    `iconv -f GB18030 -t UTF-8 ${GB} > ${GB}.utf8 && mv ${GB}.utf8 ${GB}`,
  "issues/2025/2025-03-17/002_empty.txt: error: the page is empty — put the page's text in it, or delete the file",
  "3 errors, 0 warnings: the site cannot be built until the errors are fixed",
];
