/**
 * The registry import on both databases: a generated file of 10,000 enterprises with 5 corrupted
 * credit codes is refused with exactly those 5 listed (sheet, row, column, field) and nothing stored;
 * a sound file is stored with its years, statuses and history, and a second import updates it.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { withCheckCharacter } from "../../core/enterprises/credit-code.ts";
import { AppError } from "../errors/app-error.ts";
import { TEST_DATABASES } from "../db/test-databases.ts";
import type { Db } from "../db/connect.ts";
import * as registry from "../repositories/enterprises.repository.ts";
import { useDatabase } from "../testing/use-database.ts";
import { importRegistry } from "./enterprise-import.service.ts";

const who = { name: "规划处", id: null };
const HEADER = "统一社会信用代码,企业名称,区县,年度,职工总数,科技人员数,研发费用(万元),销售收入(万元),资产总额(万元),发明专利,实用新型,高企证书编号,高企发证日期";
/** The n-th test code: 91 + 500106 + 9-digit serial + check character. */
const code = (n: number) => withCheckCharacter(`91500106${String(n).padStart(9, "0")}`);
const corrupt = (c: string) => c.slice(0, 17) + (c[17] === "0" ? "1" : "0");
const csv = (lines: string[]) => new TextEncoder().encode([HEADER, ...lines].join("\n"));

describe.each(TEST_DATABASES)("registry import on $name", (database) => {
  const suite = useDatabase(database);
  let db: Db;
  beforeAll(async () => {
    db = suite.db;
  });

  it("refuses 10,000 enterprises with 5 bad credit codes, lists the 5 and stores nothing", async () => {
    const bad = new Set([17, 2_400, 5_001, 7_777, 9_999]);
    const lines = Array.from({ length: 10_000 }, (_, i) => `${bad.has(i) ? corrupt(code(i)) : code(i)},企业${i},沙坪坝区,2025,100,20,300,5000,4000,1,3,,`);
    const error = await importRegistry(db, csv(lines), "企业库.csv", who).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    const details = (error as AppError).details;
    expect(details).toHaveLength(5);
    expect(details.map((d) => d.row)).toEqual([...bad].map((i) => i + 2));
    for (const d of details) {
      expect(d).toMatchObject({ field: "creditCode", code: "credit_code_check_digit", sheet: "企业库", column: "A" });
      expect(d.messages.zh).toContain("校验位");
      expect(d.messages.en).toContain("check character");
    }
    expect((error as AppError).messages.zh).toContain("5 处错误，未保存任何数据");
    expect(await registry.countEnterprises(db)).toEqual({ total: 0, sample: 0 });
    expect(await db.selectFrom("import_batches").select("id").where("kind", "=", "enterprise_import").execute()).toHaveLength(0);
  });

  it("locates other problems by column and field", async () => {
    const lines = [`${code(1)},甲,不存在区,2025,10,20,1,1,1,,,,`, `${code(2)},乙,沙坪坝区,20x5,10,2,1,1,1,,,,2023-02-30`];
    const details = ((await importRegistry(db, csv(lines), "坏.csv", who).catch((e: unknown) => e)) as AppError).details;
    expect(details.map((d) => [d.row, d.column, d.field, d.code])).toEqual([
      [2, "C", "placeCode", "unknown_place"],
      [2, "F", "sciTechStaff", "more_than_staff"],
      [3, "D", "year", "bad_year"],
      [3, "M", "highTechIssued", "bad_date"],
    ]);
  });

  it("stores a sound file in one go with years, statuses and history; a second import updates", async () => {
    const lines = [
      `${code(1)},重庆甲科技有限公司,沙坪坝区,2024,120,30,150,3000,2500,0,3,,`,
      `${code(1)},重庆甲科技有限公司,沙坪坝区,2025,120,30,165,3000,2500,0,3,GR202350000123,2023-11-20`,
      `${code(2)},重庆乙科技有限公司,500112,2025,60,10,50,1000,900,1,0,,`,
    ];
    const first = await importRegistry(db, csv(lines), "企业库.csv", who);
    expect(first).toMatchObject({ rows: 3, enterprises: 2, created: 2, updated: 0 });
    const a = await registry.findEnterprise(db, code(1));
    expect(a?.years.map((y) => [y.year, y.rdExpense])).toEqual([
      [2024, 1_500_000],
      [2025, 1_650_000],
    ]);
    expect(a?.statuses).toEqual([{ kind: "high-tech", reference: "GR202350000123", validFrom: "2023-11-20", validTo: "2026-11-19" }]);
    expect(a?.sample).toBe(false);
    const second = await importRegistry(db, csv([`${code(2)},重庆乙科技股份有限公司,500112,2025,60,10,55,1000,900,1,0,,`]), "更新.csv", who);
    expect(second).toMatchObject({ enterprises: 1, created: 0, updated: 1 });
    expect((await registry.findEnterprise(db, code(2)))?.name).toBe("重庆乙科技股份有限公司");
    const history = await db.selectFrom("audit_log").select(["action", "before", "after"]).where("entity", "=", "enterprise").where("entity_id", "=", code(2)).orderBy("id").execute();
    expect(history.map((h) => h.action)).toEqual(["create_enterprise", "update_enterprise"]);
  });
});
