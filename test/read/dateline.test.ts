import { describe, expect, it } from "vitest";
import { readDateline } from "../../src/read/dateline.js";

describe("readDateline", () => {
  it.each([
    ["本报讯 今天，", "本报讯", null],
    ["本报潍坊讯 今天，", "本报潍坊讯", "潍坊"],
    ["本报北京3月12日电 今天，", "本报北京3月12日电", "北京"],
    ["新华社北京3月12日电 今天，", "新华社北京3月12日电", "北京"],
    ["新华社华盛顿3月11日电 今天，", "新华社华盛顿3月11日电", "华盛顿"],
    ["据新华社电 今天，", "据新华社电", null],
    ["本报讯今天，", "本报讯", null],
    ["大众日报济南3月12日讯 今天，", "大众日报济南3月12日讯", "济南"],
    ["央广网北京3月12日消息 今天，", "央广网北京3月12日消息", "北京"],
  ])("should read %s", (paragraph, text, place) => {
    const dateline = readDateline(paragraph);
    expect(dateline).toMatchObject({ text, place, credit: null, rest: "今天，" });
  });

  it("should take a bracketed credit after the dateline, brackets and all", () => {
    expect(readDateline("本报讯（记者 陈立新 通讯员  马晓东）3月11日，")).toEqual({
      text: "本报讯",
      place: null,
      credit: "（记者 陈立新 通讯员 马晓东）",
      rest: "3月11日，",
    });
  });

  it("should take a credit without brackets up to its closing 报道", () => {
    expect(readDateline("本报讯 记者 张三 通讯员 李四 报道 3月11日，")).toEqual({
      text: "本报讯",
      place: null,
      credit: "记者 张三 通讯员 李四 报道",
      rest: "3月11日，",
    });
  });

  it("should leave a bracket that is not a credit in the text", () => {
    expect(readDateline("本报讯 （图片由市文旅局提供）今天，")).toMatchObject({
      credit: null,
      rest: "（图片由市文旅局提供）今天，",
    });
  });

  it.each([
    "本报记者从市统计局获悉，",
    "记者日前从会上获悉电",
    "今天，本报讯员来到",
    "新华社记者王五报道",
    "本报电话：0635-1234567",
    "聊城日报社长电话会议",
    "本报讯息平台",
  ])("should find no dateline in %s", (paragraph) => {
    expect(readDateline(paragraph)).toBeNull();
  });
});
