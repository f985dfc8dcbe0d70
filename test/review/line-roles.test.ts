import { describe, expect, it } from "vitest";
import { readPage } from "../../src/read/index.js";
import { lineRoles } from "../../src/review/line-roles.js";
import { SAMPLE_PAGE } from "../support/corpus.js";

describe("lineRoles", () => {
  it("should show each line as in the file, with the role it was read in and why", () => {
    const text = `@@# 已核对\n${SAMPLE_PAGE}`;
    const lines = lineRoles(text, readPage(text));
    const at = (no: number): string => `${lines[no - 1]!.role}: ${lines[no - 1]!.why}`;
    expect(lines[0]).toMatchObject({ no: 1, text: "@@# 已核对", role: "directive", item: null });
    expect(lines[1]).toMatchObject({ no: 2, text: SAMPLE_PAGE.split("\n")[0], role: "byline", item: 0 });
    expect(at(2)).toBe("byline: opens with a byline marker (□)");
    expect(at(3)).toMatch(/^blank/);
    expect(at(4)).toBe("paragraph: indented");
    expect(at(10)).toMatch(/^subhead/);
    expect(at(222)).toMatch(/^kicker/);
    expect(at(224)).toMatch(/^headline/);
    // The line that opens an article with its dateline is named as such.
    expect(at(228)).toBe("dateline: opens the text with the dateline 本报聊城讯");
  });
});
