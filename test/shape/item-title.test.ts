import { describe, expect, it } from "vitest";
import { uiStrings } from "../../src/shape/i18n.js";
import { itemTitle, printedNoteLabel } from "../../src/shape/item-title.js";

const p = (text: string) => ({ type: "p" as const, text });
const zh = uiStrings("zh-CN");
const where = { date: "2025年3月17日", pageNumber: 1 };

describe("itemTitle", () => {
  it("should use the headline of an article", () => {
    expect(itemTitle(zh, { headline: "农资打假护春耕", blocks: [] }, where)).toBe("农资打假护春耕");
  });

  it("should call a note by the page's note label with its date and page, never by a cut sentence", () => {
    const note = {
      headline: null,
      blocks: [p("发展新质生产力是推动高质量发展的内在要求和重要着力点，必须继续做好创新这篇大文章。")],
    };
    expect(itemTitle(zh, note, where)).toBe("本版导语 · 2025年3月17日 第1版");
    expect(itemTitle(zh, { headline: null, blocks: [] }, where)).toBe("本版导语 · 2025年3月17日 第1版");
  });

  it("should take the label the note's text opens with", () => {
    expect(
      itemTitle(zh, { headline: null, blocks: [p("编者按：从今天起，本版推出系列报道。")] }, where),
    ).toBe("编者按 · 2025年3月17日 第1版");
    expect(printedNoteLabel({ blocks: [p("编后语 这组报道……")] })).toBe("编后语");
    expect(printedNoteLabel({ blocks: [p("编后：……")] })).toBe("编后");
    // A word that merely starts like a label is not one.
    expect(printedNoteLabel({ blocks: [p("导语写作培训班开班")] })).toBeNull();
  });

  it("should speak English for an English archive", () => {
    const en = uiStrings("en");
    expect(
      itemTitle(
        en,
        { headline: null, blocks: [p("Editor's note: from today…")] },
        { date: "March 17, 2025", pageNumber: 3 },
      ),
    ).toBe("Editor’s note · March 17, 2025, page 3");
    expect(
      itemTitle(en, { headline: null, blocks: [p("A column.")] }, { date: "March 17, 2025", pageNumber: 3 }),
    ).toBe("Note on this page · March 17, 2025, page 3");
  });
});
