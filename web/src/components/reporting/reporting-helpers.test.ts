import { describe, expect, it } from "vitest";
import type { ErrorBody } from "../../../../contract/errors.ts";
import { beyondBound, formatChange, relativeChange } from "./change.ts";
import { entryIndexOf, problemsByEntry } from "./draft-problems.ts";
import { locatedErrors, stripLocation } from "./located-errors.ts";
import { draftEntries, editable, initialEdit, rowKey, rowState } from "./report-rows.ts";
import { isOverdue, localDate } from "./round-status.ts";

const bi = (zh: string, en = zh) => ({ zh, en });
const error = (details: NonNullable<ErrorBody["error"]["details"]>): ErrorBody["error"] => ({ code: "validation_failed", message: "", messages: bi("提交的数据有错误"), field: details[0]?.field ?? null, details });

describe("mapping a drafts refusal to the form's rows", () => {
  it("takes the 1-based row, else the index in entries[i]", () => {
    expect(entryIndexOf({ field: "value", row: 2 })).toBe(1);
    expect(entryIndexOf({ field: "entries[3].placeCode" })).toBe(3);
    expect(entryIndexOf({ field: "body.entries[0].value" })).toBe(0);
    expect(entryIndexOf({ field: "period" })).toBeNull();
  });

  it("puts each message beside its field, asks for an explanation of a large change, and keeps the rest general", () => {
    const { byEntry, general } = problemsByEntry(
      error([
        { field: "value", row: 1, messages: bi("第 1 行：“全社会研发经费投入”不能为负数", "row 1: cannot be negative") },
        { field: "value", row: 2, code: "change_needs_explanation", messages: bi("第 2 行：本期 1800 家，比上期变化 +80%，超过 ±50%：请核对单位，或填写说明") },
        { field: "explanation", row: 2, messages: bi("第 2 行：说明过长") },
        { field: null, messages: bi("round closed") },
      ]),
      "zh",
    );
    expect(byEntry.get(0)).toEqual({ value: ["“全社会研发经费投入”不能为负数"], explanation: [], other: [], needsExplanation: false });
    expect(byEntry.get(1)?.needsExplanation).toBe(true);
    expect(byEntry.get(1)?.explanation).toEqual(["本期 1800 家，比上期变化 +80%，超过 ±50%：请核对单位，或填写说明", "说明过长"]);
    expect(general).toEqual(["round closed"]);
    expect(problemsByEntry(error([{ field: "value", row: 1, messages: bi("x", "row 1: bad") }]), "en").byEntry.get(0)?.value).toEqual(["bad"]);
  });

  it("maps an error without details (403 out of scope) by its field", () => {
    const refused: ErrorBody["error"] = { code: "forbidden", message: "", messages: bi("第 2 项：“500107”不在您的填报范围内"), field: "entries[1].placeCode" };
    expect(problemsByEntry(refused, "zh").byEntry.get(1)?.other).toEqual(["“500107”不在您的填报范围内"]);
    expect(problemsByEntry(null, "zh").general).toEqual([]);
  });
});

describe("located errors of a file", () => {
  it("lists sheet, row, column and the message without its location", () => {
    const rows = locatedErrors(error([{ field: "indicatorCode", sheet: "数据", row: 11, column: "A", messages: bi("工作表“数据”第 11 行 A 列：指标“不存在的指标”不存在", 'sheet "数据" row 11 column A: no such indicator') }]), "zh");
    expect(rows).toEqual([{ key: "0", sheet: "数据", row: 11, column: "A", message: "指标“不存在的指标”不存在" }]);
    expect(locatedErrors(error([{ field: "indicatorCode", sheet: "数据", row: 11, column: "A", messages: bi("x", 'sheet "数据" row 11 column A: no such indicator') }]), "en")[0]?.message).toBe("no such indicator");
  });

  it("keeps an error without details as one row of its message", () => {
    expect(locatedErrors({ code: "forbidden", message: "", messages: bi("第 3 行：不在范围内"), field: null }, "zh")).toEqual([{ key: "0", sheet: null, row: null, column: null, message: "第 3 行：不在范围内" }]);
    expect(stripLocation("第 2 项：x")).toBe("x");
  });
});

describe("change from last period", () => {
  it("is relative to the previous figure's size, and unknown without one", () => {
    expect(relativeChange(1800, 1000)).toBeCloseTo(0.8);
    expect(relativeChange(-50, -100)).toBeCloseTo(0.5);
    expect(relativeChange(10, 0)).toBeNull();
    expect(relativeChange(null, 10)).toBeNull();
    expect(relativeChange(10, null)).toBeNull();
  });

  it("reads as a signed percentage and flags beyond ±50 %", () => {
    expect(formatChange(0.8, "zh")).toBe("+80.0%");
    expect(formatChange(-0.125, "en")).toBe("-12.5%");
    expect(formatChange(0, "zh")).toBe("0.0%");
    expect(beyondBound(0.5)).toBe(false);
    expect(beyondBound(-0.51)).toBe(true);
    expect(beyondBound(null)).toBe(false);
  });
});

describe("round dates", () => {
  it("is overdue only when open and past its due day", () => {
    expect(isOverdue({ dueOn: "2026-03-31", status: "open" }, "2026-04-01")).toBe(true);
    expect(isOverdue({ dueOn: "2026-03-31", status: "open" }, "2026-03-31")).toBe(false);
    expect(isOverdue({ dueOn: "2026-03-31", status: "closed" }, "2026-04-01")).toBe(false);
    expect(localDate(new Date(2026, 0, 5))).toBe("2026-01-05");
  });
});

describe("rows of 我的填报", () => {
  const submission = (state: "draft" | "submitted" | "approved", extra: object = {}) => ({ state, displayValue: 12, note: "快报", explanation: null, returned: null, ...extra }) as never;
  const row = (indicatorCode: string, s: unknown = null, approved: unknown = null) => ({ indicatorCode, placeCode: "500106", bodyCode: null, submission: s, approved }) as never;

  it("tells each row's state and whether it may be edited", () => {
    expect(rowState(row("a"))).toBe("empty");
    expect(rowState(row("a", submission("draft")))).toBe("draft");
    expect(rowState(row("a", submission("draft", { returned: { by: "审核员", at: "", comment: "请核实" } })))).toBe("returned");
    expect(rowState(row("a", submission("submitted")))).toBe("submitted");
    expect(rowState(row("a", null, { id: 1, value: 3 }))).toBe("approved");
    expect([row("a"), row("a", submission("draft")), row("a", submission("submitted")), row("a", submission("approved"))].map(editable)).toEqual([true, true, false, false]);
  });

  it("builds the drafts request of editable rows with a value, keyed back to the rows", () => {
    const rows = [row("tech-smes"), row("rd-expenditure", submission("draft")), row("gdp", submission("submitted")), row("x")];
    const edits = { [rowKey(rows[0]!)]: { value: 1200, note: " ", explanation: "新认定" } };
    expect(initialEdit(rows[1]!)).toEqual({ value: 12, note: "快报", explanation: "" });
    const { entries, keys } = draftEntries(rows, edits);
    expect(entries).toEqual([
      { indicatorCode: "tech-smes", placeCode: "500106", value: 1200, explanation: "新认定" },
      { indicatorCode: "rd-expenditure", placeCode: "500106", value: 12, note: "快报" },
    ]);
    expect(keys).toEqual(["tech-smes|500106|", "rd-expenditure|500106|"]);
  });
});
