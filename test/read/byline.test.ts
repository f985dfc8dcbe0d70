import { describe, expect, it } from "vitest";
import { isBylineText, readByline } from "../../src/read/byline.js";

describe("isBylineText", () => {
  it.each([
    ["本报记者 王海燕 刘志强", false],
    ["□ 本报记者 王海燕", true],
    ["□记 者 孙晓明", true],
    ["记者 孙晓明 通讯员 赵丽 报道", false],
    ["通讯员 赵丽 周涛 报道", false],
    ["新华社记者 赵明", false],
    ["□ 文/图 本报记者 高文静", true],
    ["□ 本报评论员", true],
    ["□ 李晓光", true],
    ["文/图 本报记者 高文静", false],
    ["文/本报记者 高文静", false],
    ["大众日报记者 高文静", false],
    ["齐鲁晚报·齐鲁壹点记者 高文静", false],
    ["聊城日报全媒体记者 高文静", false],
  ])("should take %s (marked: %s) for a byline", (text, marked) => {
    expect(isBylineText(text, marked)).toBe(true);
  });

  it.each([
    ["记者了解到，今年春播进展顺利。", false],
    ["记者从市统计局获悉", false],
    ["□ 春耕一线见闻", true],
    ["□ 张三 李四 王五 赵六 钱七", true],
    ["张三 李四", false],
    ["文/图 张三", false],
    ["", true],
  ])("should not take %s (marked: %s) for a byline", (text, marked) => {
    expect(isBylineText(text, marked)).toBe(false);
  });
});

describe("readByline", () => {
  it("should read names after a slashed credit and after another paper's name", () => {
    expect(readByline(["文/本报记者 高文静 通讯员 李明"])).toEqual({
      text: "文/本报记者 高文静 通讯员 李明",
      reporters: ["高文静"],
      correspondents: ["李明"],
    });
    expect(readByline(["大众日报记者 高文静"]).reporters).toEqual(["高文静"]);
  });

  it("should read a bracketed credit added after a printed byline by its own role word", () => {
    expect(readByline(["本报记者 张三 （通讯员 李四）"])).toMatchObject({
      reporters: ["张三"],
      correspondents: ["李四"],
    });
  });

  it("should drop the marker, close up spaced role words and list names by role", () => {
    expect(readByline(["□记 者 孙晓明", "通讯员 赵丽 周涛 报 道"])).toEqual({
      text: "记者 孙晓明 通讯员 赵丽 周涛 报道",
      reporters: ["孙晓明"],
      correspondents: ["赵丽", "周涛"],
    });
  });

  it("should read names glued to their role word and transcribed names with a middle dot", () => {
    expect(readByline(["■ 本报记者王海燕 通讯员 阿依古丽·买买提"])).toEqual({
      text: "本报记者王海燕 通讯员 阿依古丽·买买提",
      reporters: ["王海燕"],
      correspondents: ["阿依古丽·买买提"],
    });
  });

  it("should read a two-character name spaced out to three characters' width as one name", () => {
    expect(readByline(["□ 本报记者 孙晓明 高 田"])).toEqual({
      text: "本报记者 孙晓明 高田",
      reporters: ["孙晓明", "高田"],
      correspondents: [],
    });
  });

  it("should list names after a credit word under no role", () => {
    expect(readByline(["本报记者 高文静 实习生 李想 摄"])).toEqual({
      text: "本报记者 高文静 实习生 李想 摄",
      reporters: ["高文静"],
      correspondents: [],
    });
  });
});
