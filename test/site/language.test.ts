/** The interface speaks the archive's language: English is the other built-in one. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { page, text, buildFixture } from "./build.js";
import type { BuiltSite } from "../support/build.js";
import { edgeArchive } from "./fixture.js";

let site: BuiltSite;

beforeAll(async () => {
  site = await buildFixture({
    ...edgeArchive(),
    config: { title: "Liaocheng News Archive", language: "en", timeZone: "Asia/Shanghai" },
  });
});
afterAll(() => site?.remove());

describe("an archive in English", () => {
  it("should set lang and write dates, navigation and headings in English", () => {
    const issue = page(site, "/2025/03/17/");
    expect(issue.documentElement.getAttribute("lang")).toBe("en");
    expect(text(issue.querySelector("main h1"))).toBe("Monday, March 17, 2025");
    expect(text(issue.querySelector("main section.page h3"))).toBe("Page 1");
    expect([...issue.querySelectorAll("header nav a")].map(text)).toEqual(["Years", "Reporters", "Places"]);
    expect(text(issue.querySelector(".skip"))).toBe("Skip to content");
  });

  it("should start the calendar's weeks on the locale's first day", () => {
    const march = page(site, "/2025/").querySelectorAll("table")[0];
    expect(text(march?.querySelector("caption"))).toBe("March 2025");
    expect([...(march?.querySelectorAll("th abbr") ?? [])].map((a) => a.getAttribute("title"))[0]).toBe(
      "Sunday",
    );
  });

  it("should cite in English beside GB/T 7714", () => {
    const cite = text(page(site, "/2025/03/17/2/1/").querySelector(".cite"));
    expect(cite).toContain(
      "张三, 李四. 两行标题[N/OL]. Liaocheng News Archive, 2025-03-17(2)[date accessed]. https://example.org/2025/03/17/2/1/.",
    );
    expect(cite).toContain("张三, 李四, “两行标题,” Liaocheng News Archive, March 17, 2025, p. 2.");
  });
});
