import { describe, expect, it } from "vitest";
import { decodePage, decodeText } from "../../src/load/decode.js";
import { formatDiagnostic } from "../../src/load/format.js";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { repoRoot } from "../support/build.js";
import { GB18030_PAGE } from "../support/corpus.js";

/** A page as an exporter saved it in another encoding (made with iconv from real text). */
const fixture = (name: string): Uint8Array => readFileSync(join(repoRoot, "test/fixtures/archives", name));

const FILE = "issues/2025-03-17/01.txt";
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

/** The line `check` prints for a page that cannot be decoded. */
function problem(bytes: Uint8Array): string {
  const decoded = decodePage(bytes, FILE);
  if (decoded.ok) throw new Error("expected a problem");
  return formatDiagnostic(decoded.diagnostic);
}

describe("decodePage", () => {
  it("should remove a byte-order mark", () => {
    expect(decodePage(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8("聊城")]), FILE)).toEqual({
      ok: true,
      text: "聊城",
    });
  });

  it("should turn CRLF and lone CR line ends into LF", () => {
    expect(decodePage(utf8("本报聊城讯\r\n记者\r通讯员\n"), FILE)).toEqual({
      ok: true,
      text: "本报聊城讯\n记者\n通讯员\n",
    });
  });

  it("should name the byte, offset and line of GB18030 text and give the iconv command", () => {
    expect(problem(GB18030_PAGE)).toBe(
      "issues/2025-03-17/01.txt:1: error: not valid UTF-8: byte 0xA1 at offset 3 (line 1); it looks like GB18030 text — " +
        "convert it to UTF-8: iconv -f GB18030 -t UTF-8 issues/2025-03-17/01.txt > issues/2025-03-17/01.txt.utf8 && mv issues/2025-03-17/01.txt.utf8 issues/2025-03-17/01.txt",
    );
  });

  it("should tell Big5, Shift_JIS and Latin-1 pages apart, each with its own iconv command", () => {
    const command = (encoding: string): string =>
      `convert it to UTF-8: iconv -f ${encoding} -t UTF-8 ${FILE} > ${FILE}.utf8 && mv ${FILE}.utf8 ${FILE}`;
    expect(problem(fixture("big5-page.txt"))).toMatch(/; it looks like BIG5 text — /);
    expect(problem(fixture("big5-page.txt"))).toContain(command("BIG5"));
    expect(problem(fixture("shift-jis-page.txt"))).toContain(
      `; it looks like SHIFT_JIS text — ${command("SHIFT_JIS")}`,
    );
    // Latin-1 read as GB18030 turns into Han characters without an error: it must not be advised.
    expect(problem(fixture("latin1-page.txt"))).toContain(
      `; it looks like ISO-8859-1 text — ${command("ISO-8859-1")}`,
    );
  });

  it("should shell-quote a path with spaces or quotes in the iconv command", () => {
    const decoded = decodePage(GB18030_PAGE, "issues/2025-03-17/第5版 聊城's.txt");
    expect(decoded.ok ? "" : decoded.diagnostic.hint).toBe(
      "convert it to UTF-8: iconv -f GB18030 -t UTF-8 'issues/2025-03-17/第5版 聊城'\\''s.txt' > 'issues/2025-03-17/第5版 聊城'\\''s.txt.utf8' " +
        "&& mv 'issues/2025-03-17/第5版 聊城'\\''s.txt.utf8' 'issues/2025-03-17/第5版 聊城'\\''s.txt'",
    );
  });

  it("should say so when the encoding is not recognisable, with the command to fill in", () => {
    expect(problem(Uint8Array.from([0x41, 0x42, 0xc0, 0x0a]))).toBe(
      "issues/2025-03-17/01.txt:1: error: not valid UTF-8: byte 0xC0 at offset 2 (line 1); its encoding is not recognisable — " +
        "find out which encoding it was saved in (Chinese Windows exports are mostly GB18030) and convert it: " +
        `iconv -f ENCODING -t UTF-8 ${FILE} > ${FILE}.utf8 && mv ${FILE}.utf8 ${FILE}`,
    );
  });

  it("should count lines up to the first bad byte", () => {
    const bytes = Uint8Array.from([...utf8("第一行\r\n第二行\n"), 0xc1, 0xc4]);
    expect(problem(bytes)).toMatch(
      /^issues\/2025-03-17\/01\.txt:3: error: not valid UTF-8: byte 0xC1 at offset 21 \(line 3\)/,
    );
  });

  it("should recognise UTF-16 without a byte-order mark, Chinese or ASCII, and name its byte order", () => {
    expect(problem(fixture("utf16le-page.txt"))).toBe(
      "issues/2025-03-17/01.txt: error: the page is UTF-16 text, not UTF-8 (it has no byte-order mark) — convert it to UTF-8: " +
        `iconv -f UTF-16LE -t UTF-8 ${FILE} > ${FILE}.utf8 && mv ${FILE}.utf8 ${FILE}`,
    );
    const ascii = Uint8Array.from([..."Page 1\n"].flatMap((c) => [0, c.charCodeAt(0)]));
    expect(problem(ascii)).toContain("iconv -f UTF-16BE -t UTF-8");
  });

  it("should recognise UTF-16 and say how to convert it", () => {
    expect(problem(Uint8Array.from([0xff, 0xfe, 0x41, 0x00]))).toBe(
      "issues/2025-03-17/01.txt: error: the page is UTF-16 text, not UTF-8 — convert it to UTF-8: " +
        "iconv -f UTF-16 -t UTF-8 issues/2025-03-17/01.txt > issues/2025-03-17/01.txt.utf8 && mv issues/2025-03-17/01.txt.utf8 issues/2025-03-17/01.txt",
    );
  });

  it("should reject a NUL byte with its line and column", () => {
    expect(problem(utf8("本报聊城讯\n记者\u0000孙亚飞\u0000"))).toBe(
      "issues/2025-03-17/01.txt:2: error: binary content: control character U+0000 (NUL) at column 3 and 1 more in the file — " +
        "the file is damaged or not plain text: export the page as text again, or delete the character",
    );
  });

  it("should reject other control characters but keep tabs", () => {
    expect(problem(utf8("本报\u000c聊城讯"))).toMatch(
      /:1: error: binary content: control character U\+000C \(form feed\) at column 3 —/,
    );
    expect(problem(utf8("\u0007"))).toMatch(/control character U\+0007 at column 1 —/);
    expect(decodePage(utf8("本报\t聊城讯"), FILE).ok).toBe(true);
  });

  it("should reject an empty page", () => {
    expect(problem(new Uint8Array())).toBe(
      "issues/2025-03-17/01.txt: error: the page is empty — put the page's text in it, or delete the file",
    );
  });

  it("should reject a page of only whitespace, ideographic spaces included", () => {
    expect(problem(utf8(" \n\t\u3000\r\n"))).toBe(
      "issues/2025-03-17/01.txt: error: the page holds only whitespace — put the page's text in it, or delete the file",
    );
  });
});

describe("decodeText", () => {
  it("should accept empty text (an empty metadata file says nothing, which is allowed)", () => {
    expect(decodeText(new Uint8Array(), "issue.yaml")).toEqual({ ok: true, text: "" });
  });
});
