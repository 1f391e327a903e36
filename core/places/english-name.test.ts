import { describe, expect, it } from "vitest";
import { englishDivisionName } from "./english-name.ts";

describe("englishDivisionName", () => {
  it.each([
    ["重庆市", "Chongqing Municipality"],
    ["万州区", "Wanzhou District"],
    ["长寿区", "Changshou District"],
    ["沙坪坝区", "Shapingba District"],
    ["城口县", "Chengkou County"],
    ["石柱土家族自治县", "Shizhu Tujia Autonomous County"],
    ["秀山土家族苗族自治县", "Xiushan Tujia and Miao Autonomous County"],
    ["彭水苗族土家族自治县", "Pengshui Miao and Tujia Autonomous County"],
  ])("%s → %s", (zh, en) => expect(englishDivisionName(zh)).toBe(en));
});
