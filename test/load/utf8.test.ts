import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { firstInvalidUtf8, lineOfOffset } from "../../src/load/utf8.js";

const bytes = (...b: number[]): Uint8Array => Uint8Array.from(b);
const isValidUtf8 = (b: Uint8Array): boolean => {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(b);
    return true;
  } catch {
    return false;
  }
};

describe("firstInvalidUtf8", () => {
  it("should accept any text encoded as UTF-8", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: "grapheme" }),
        (s) => firstInvalidUtf8(new TextEncoder().encode(s)) === -1,
      ),
    );
  });

  it("should agree with the platform's strict decoder on arbitrary bytes", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 40 }), (b) => (firstInvalidUtf8(b) === -1) === isValidUtf8(b)),
    );
  });

  it("should point at the first byte that breaks the text", () => {
    expect(firstInvalidUtf8(bytes(0x61, 0x62, 0xa1, 0xf5))).toBe(2);
  });

  it("should reject overlong forms, surrogates, code points above U+10FFFF and cut-off sequences", () => {
    expect(firstInvalidUtf8(bytes(0xc0, 0xaf))).toBe(0);
    expect(firstInvalidUtf8(bytes(0xe0, 0x80, 0xaf))).toBe(0);
    expect(firstInvalidUtf8(bytes(0xed, 0xa0, 0x80))).toBe(0);
    expect(firstInvalidUtf8(bytes(0xf4, 0x90, 0x80, 0x80))).toBe(0);
    expect(firstInvalidUtf8(bytes(0x41, 0xe8, 0x81))).toBe(1);
  });
});

describe("lineOfOffset", () => {
  it("should count LF, CRLF and lone CR as one line end each", () => {
    const b = new TextEncoder().encode("a\nb\r\nc\rd");
    expect(lineOfOffset(b, b.length - 1)).toBe(4);
    expect(lineOfOffset(b, 0)).toBe(1);
  });
});
