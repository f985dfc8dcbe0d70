/**
 * An archive with prints made on the spot (test/support/prints.ts): the issue of 2025-03-17 has a
 * page with a scan (JPEG), a page with a PDF, a page with text only, a page with its scan only
 * (TIFF) and a PDF of the whole issue; 2024-03-17 is the same day a year before.
 */
import type { FixtureArchive } from "../site/build.js";
import { beforeBodyPage, goldItem } from "../site/fixture.js";
import { pageImage, pagePdf } from "../support/prints.js";

export const PRINTS_ISSUE = "/2025/03/17/";

export async function printsArchive(): Promise<FixtureArchive> {
  const [jpeg, tiff] = await Promise.all([pageImage("jpeg", 900, 1), pageImage("tiff", 700, 2)]);
  return {
    issues: {
      "2024-03-17": { "issue.yaml": "headlines: before-body\n", "01.txt": beforeBodyPage([goldItem(6)]) },
      "2025-03-17": {
        "issue.yaml": "headlines: before-body\npages:\n  01.txt: { name: 要闻 }\n  04.tif: { name: 广告 }\n",
        "01.txt": beforeBodyPage([goldItem(2), goldItem(3)]),
        "01.jpg": jpeg,
        "02.txt": beforeBodyPage([goldItem(4)]),
        "02.pdf": pagePdf("Page 2"),
        "03.txt": beforeBodyPage([goldItem(7)]),
        "04.tif": tiff,
        "issue.pdf": pagePdf("Issue"),
      },
      "2025-03-18": { "issue.yaml": "headlines: before-body\n", "01.txt": beforeBodyPage([goldItem(8)]) },
    },
  };
}
