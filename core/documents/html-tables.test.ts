/** HTML tables as sheets: merged cells repeated where they reach, nested tables apart, hostile spans bounded. */
import { describe, expect, it } from "vitest";
import { htmlTables } from "./html-tables.ts";

describe("htmlTables", () => {
  it("repeats a cell merged over rows and columns in every position it covers", () => {
    const html = `<table><tr><th>序号</th><th>任务</th><th>牵头单位</th></tr>
      <tr><td>1</td><td>建设科学中心</td><td rowspan="2">市科技局</td></tr>
      <tr><td>2</td><td>建设<br>实验室</td></tr>
      <tr><td colspan="3">合计</td></tr></table>`;
    expect(htmlTables(html)).toEqual([{ name: "表格1", cells: [["序号", "任务", "牵头单位"], ["1", "建设科学中心", "市科技局"], ["2", "建设\n实验室", "市科技局"], ["合计", "合计", "合计"]] }]);
  });

  it("reads a nested table as its own sheet and bounds a hostile rowspan", () => {
    const sheets = htmlTables(`<table><tr><td rowspan="99999">a<table><tr><td>x</td></tr></table></td><td>b</td></tr></table>`);
    expect(sheets.map((s) => s.cells)).toEqual([[["a", "b"]], [["x"]]]);
  });
});
