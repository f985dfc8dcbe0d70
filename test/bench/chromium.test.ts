import { describe, expect, it } from "vitest";
import { chromiumMissing, chromiumPath } from "../../bench/chromium.js";

describe("which browser the tests and the benchmark start", () => {
  it("should take CHROMIUM_PATH when it is set, and Debian's chromium otherwise", () => {
    expect(chromiumPath({ CHROMIUM_PATH: "C:\\Chrome\\chrome.exe" })).toBe("C:\\Chrome\\chrome.exe");
    expect(chromiumPath({})).toBe("/usr/bin/chromium");
    expect(chromiumPath({ CHROMIUM_PATH: "" })).toBe("/usr/bin/chromium");
  });

  it("should say where it looked and what to do when there is no browser there", () => {
    expect(chromiumMissing({ CHROMIUM_PATH: "/nonexistent/chromium" })).toBe(
      "no Chromium at /nonexistent/chromium: install it (Debian: apt-get install chromium) " +
        "or set CHROMIUM_PATH to a Chromium or Chrome executable",
    );
    expect(chromiumMissing({ CHROMIUM_PATH: process.execPath })).toBeNull();
  });
});
