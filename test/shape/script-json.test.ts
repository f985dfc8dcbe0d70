import { describe, expect, it } from "vitest";
import { scriptJson } from "../../src/shape/script-json.js";

describe("scriptJson", () => {
  it("should escape what could close the script element, and still parse to the same data", () => {
    const data = { headline: "</script><script>alert(1)</script> & more" };
    const text = scriptJson(data);
    expect(text).not.toMatch(/[<>&]/);
    expect(JSON.parse(text)).toEqual(data);
  });

  it("should leave JSON without those characters as JSON.stringify writes it", () => {
    expect(scriptJson({ lang: "zh-CN", pageSize: 10 })).toBe('{"lang":"zh-CN","pageSize":10}');
  });
});
