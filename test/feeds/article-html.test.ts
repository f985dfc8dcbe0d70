import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { articleHtml } from "../../src/feeds/article-html.js";
import { article } from "./model-builders.js";

const dom = (html: string) => parseHTML(`<!doctype html><html><body>${html}</body></html>`).document;

describe("articleHtml", () => {
  it("should print kicker, headline, subtitle, byline, dateline, paragraphs and subheads in print order", () => {
    const html = articleHtml(
      article("聊城乡村振兴有能人", {
        kicker: "开展职业技能培训",
        subtitle: "三个合伙人的故事",
        byline: "本报记者 张三 通讯员 李四",
        dateline: "本报聊城讯",
        blocks: [
          { type: "p", text: "3月10日上午，培训开班。" },
          { type: "subhead", text: "故事一：返乡" },
          { type: "p", text: "他回到了村里。" },
        ],
      }),
    );
    const body = dom(html).body;
    expect([...body.children].map((el) => [el.tagName.toLowerCase(), el.textContent])).toEqual([
      ["p", "开展职业技能培训"],
      ["h1", "聊城乡村振兴有能人"],
      ["p", "三个合伙人的故事"],
      ["p", "本报记者 张三 通讯员 李四"],
      ["p", "本报聊城讯 3月10日上午，培训开班。"],
      ["h2", "故事一：返乡"],
      ["p", "他回到了村里。"],
    ]);
    expect(body.querySelector("strong")?.textContent).toBe("本报聊城讯");
  });

  it("should give the dateline its own paragraph when the body opens with a subhead", () => {
    const html = articleHtml(
      article("标题", { dateline: "新华社北京3月12日电", blocks: [{ type: "subhead", text: "小标题" }] }),
    );
    const texts = [...dom(html).body.children].map((el) => el.textContent);
    expect(texts).toEqual(["标题", "新华社北京3月12日电", "小标题"]);
  });

  it("should show markup in the text literally and drop control characters", () => {
    const html = articleHtml(
      article('<script>alert(1)</script> & "引号"\u0007', {
        blocks: [{ type: "p", text: "<img src=x onerror=alert(1)> &amp;" }],
      }),
    );
    const body = dom(html).body;
    expect(body.querySelector("script")).toBeNull();
    expect(body.querySelector("img")).toBeNull();
    expect(body.querySelector("h1")?.textContent).toBe('<script>alert(1)</script> & "引号"');
    expect(body.querySelector("p")?.textContent).toBe("<img src=x onerror=alert(1)> &amp;");
  });
});
