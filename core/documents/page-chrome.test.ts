/** Page chrome found as spans on the seeds copied from web pages, offsets unchanged. */
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { findPageChrome } from "./page-chrome.ts";

const seeds = resolve(dirname(fileURLToPath(import.meta.url)), "../../data/seeds");
const seed = (name: string) => readFileSync(resolve(seeds, name), "utf8");

describe("findPageChrome", () => {
  it("sets apart the site banner, trail, contact lines and footer of 003", () => {
    const text = seed("003_d7f53db3d6bb61e0.txt");
    const { body, chrome } = findPageChrome(text);
    const chromeText = chrome.map((c) => text.slice(c.start, c.end));
    expect(chromeText).toEqual(expect.arrayContaining([
      expect.stringMatching(/^欢迎访问/), "收藏本站", "联系我们", expect.stringMatching(/^地址/), expect.stringMatching(/^电话/),
      "通知公告", expect.stringMatching(/^当前位置/), expect.stringMatching(/^备案号/), expect.stringMatching(/^渝公网安备/),
    ]));
    const main = body.find((b) => text.slice(b.start, b.end).includes("第十五章"))!;
    expect(main.end).toBeLessThan(text.indexOf("备案号"));
    expect(text.slice(main.end - 1, main.end)).toBe("。");
    expect(text.slice(main.start, main.end)).toMatch(/^渝府发〔2022〕3号/);
  });

  it("sets apart the portal navigation of 001 and keeps its body whole", () => {
    const text = seed("001_183537f7fb0cdf0e.txt");
    const { body, chrome } = findPageChrome(text);
    const chromeText = chrome.map((c) => text.slice(c.start, c.end));
    expect(chromeText).toEqual(expect.arrayContaining(["打印", "分享到", "镇街", expect.stringMatching(/^您当前的位置/), "扫一扫在手机打开当前页"]));
    expect(body.some((b) => text.slice(b.start, b.end).includes("二、政策目标"))).toBe(true);
  });

  it("keeps offsets of the text as read", () => {
    const text = "  欢迎访问某某网站!\n\n正文第一段。\n正文第二段。\n电话:023-1234567\n";
    const { body } = findPageChrome(text);
    expect(body.map((b) => text.slice(b.start, b.end))).toEqual(["正文第一段。\n正文第二段。"]);
  });
});
