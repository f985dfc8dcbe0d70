import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { xmlSafe } from "../../src/feeds/xml-text.js";

/** XML 1.0's `Char` production, less the discouraged C1 controls and DEL. */
const xmlChars = /^[\t\n\r\u0020-\u007E\u00A0-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]*$/u;

describe("xmlSafe", () => {
  it("should drop control characters OCR leaves behind", () => {
    expect(xmlSafe("标题\u0000一\u000C\u001B[0m\u0085")).toBe("标题一[0m");
  });

  it("should keep tabs, line ends, Chinese, full-width punctuation and characters beyond the BMP", () => {
    const text = "第一行\t“引号”\r\n𠮷野家 😀 <&\"'>";
    expect(xmlSafe(text)).toBe(text);
  });

  it("should drop lone surrogates and the non-characters U+FFFE and U+FFFF", () => {
    expect(xmlSafe("a\uD800b\uDC00c\uFFFEd\uFFFF")).toBe("abcd");
  });

  it("should leave only characters an XML 1.0 document may hold, whatever the input", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (text) => {
        expect(xmlSafe(text)).toMatch(xmlChars);
      }),
    );
  });
});
