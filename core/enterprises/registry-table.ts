/**
 * Reading a registry table (one enterprise-year a row) into enterprise files: headers matched in
 * Chinese or English, credit codes checked (GB 32100), amounts in 万元 converted to 元, places named
 * or coded, statuses from their columns; every problem located by sheet, row, column and field, in
 * zh-CN and English. No I/O: the caller gives the cells and the place lookup.
 */
import { columnLetter, normaliseHeader, numberCell, type Cell } from "../reporting/long-format.ts";
import { checkCreditCode, creditCodeMessage } from "./credit-code.ts";
import { IP_KINDS, type EnterpriseYear, type IpKind } from "./model.ts";
import { addYearsLessADay, HIGH_TECH_CERTIFICATE_YEARS, type EnterpriseFile, type EnterpriseStatus } from "./registry.model.ts";

/** A located problem in a registry table. */
export interface RegistryProblem {
  field: string;
  code: string;
  sheet?: string;
  row: number;
  column?: string;
  zh: string;
  en: string;
}

type Kind = "text" | "code" | "place" | "date" | "year" | "count" | "amount" | "ip";
interface Column {
  field: string;
  headers: readonly string[];
  kind: Kind;
  required?: boolean;
}

/** The table's columns: field, accepted headers (zh first, then en) and how a cell is read. Amounts in 万元. */
export const REGISTRY_COLUMNS: readonly Column[] = [
  { field: "creditCode", headers: ["统一社会信用代码", "creditcode"], kind: "code", required: true },
  { field: "name", headers: ["企业名称", "name"], kind: "text", required: true },
  { field: "placeCode", headers: ["区县", "地区", "district", "place"], kind: "place", required: true },
  { field: "zoneCode", headers: ["园区所属高新区", "高新区", "zone"], kind: "place" },
  { field: "park", headers: ["园区", "park"], kind: "text" },
  { field: "industryCode", headers: ["行业代码", "industry"], kind: "text" },
  { field: "registeredOn", headers: ["成立日期", "registeredon"], kind: "date" },
  { field: "year", headers: ["年度", "year"], kind: "year", required: true },
  { field: "staff", headers: ["职工总数", "staff"], kind: "count" },
  { field: "sciTechStaff", headers: ["科技人员数", "scitechstaff"], kind: "count" },
  { field: "rdExpense", headers: ["研发费用(万元)", "研发费用", "rdexpense"], kind: "amount" },
  { field: "rdDomestic", headers: ["境内研发费用(万元)", "境内研发费用", "rddomestic"], kind: "amount" },
  { field: "salesRevenue", headers: ["销售收入(万元)", "销售收入", "salesrevenue"], kind: "amount" },
  { field: "highTechRevenue", headers: ["高新技术产品收入(万元)", "高新技术产品收入", "hightechrevenue"], kind: "amount" },
  { field: "totalRevenue", headers: ["总收入(万元)", "总收入", "totalrevenue"], kind: "amount" },
  { field: "totalCost", headers: ["成本费用总额(万元)", "成本费用总额", "totalcost"], kind: "amount" },
  { field: "totalAssets", headers: ["资产总额(万元)", "资产总额", "totalassets"], kind: "amount" },
  { field: "netAssets", headers: ["净资产(万元)", "净资产", "netassets"], kind: "amount" },
  { field: "ip.invention", headers: ["发明专利", "inventionpatents"], kind: "ip" },
  { field: "ip.utilityModel", headers: ["实用新型", "utilitymodels"], kind: "ip" },
  { field: "ip.design", headers: ["外观设计", "designs"], kind: "ip" },
  { field: "ip.software", headers: ["软件著作权", "softwarecopyrights"], kind: "ip" },
  { field: "ip.plantVariety", headers: ["植物新品种", "plantvarieties"], kind: "ip" },
  { field: "ip.icLayout", headers: ["集成电路布图", "iclayouts"], kind: "ip" },
  { field: "standardsLed", headers: ["主导制定标准", "standardsled"], kind: "count" },
  { field: "transformations", headers: ["成果转化项数", "transformations"], kind: "count" },
  { field: "cqTechFrom", headers: ["市科技型企业入库日期", "cqtechfrom"], kind: "date" },
  { field: "techSmeNumber", headers: ["科技型中小企业入库编号", "techsmenumber"], kind: "text" },
  { field: "highTechNumber", headers: ["高企证书编号", "hightechcertificate"], kind: "text" },
  { field: "highTechIssued", headers: ["高企发证日期", "hightechissued"], kind: "date" },
  { field: "specialisedFrom", headers: ["专精特新认定日期", "specialisedfrom"], kind: "date" },
  { field: "littleGiantFrom", headers: ["小巨人认定日期", "littlegiantfrom"], kind: "date" },
  { field: "starMarketFrom", headers: ["科创板上市日期", "starmarketfrom"], kind: "date" },
];
const BY_HEADER = new Map(REGISTRY_COLUMNS.flatMap((c) => c.headers.map((h) => [normaliseHeader(h), c] as const)));
const shown = (c: Column) => `${c.headers[0]}（${c.headers[c.headers.length - 1]}）`;

const text = (cell: Cell): string => (cell === null || cell === undefined ? "" : String(cell).trim());
/** Years after which a 专精特新 / 小巨人 recognition lapses unless renewed. */
const RECOGNITION_YEARS = 3;

function dateCell(cell: Cell): string | null | undefined {
  const t = text(cell).normalize("NFKC");
  if (t === "") return undefined;
  const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:T.*)?$/.exec(t);
  if (!m) return null;
  const iso = `${m[1]}-${m[2]!.padStart(2, "0")}-${m[3]!.padStart(2, "0")}`;
  return Number.isNaN(Date.parse(iso)) || new Date(iso).toISOString().slice(0, 10) !== iso ? null : iso;
}

/** Options: `maxRows` caps the data rows (default 200,000); `firstYear`/`lastYear` bound the 年度 column. */
export interface RegistryTableOptions {
  maxRows?: number;
  /** Whether the importer may write enterprises of a place (a reporter's scope); all when absent. */
  placeAllowed?: (placeCode: string) => boolean;
  firstYear?: number;
  lastYear?: number;
}

/** The result: enterprise files by credit code (rows of one code merged) and every problem. */
export interface RegistryTable {
  enterprises: EnterpriseFile[];
  rows: number;
  problems: RegistryProblem[];
}

/** Reads one sheet; `place` turns a 区县 or 高新区 cell (code or name) into a place code. */
export function readRegistryTable(sheet: string, cells: readonly (readonly Cell[])[], place: (text: string) => string | undefined, options: RegistryTableOptions = {}): RegistryTable {
  const problems: RegistryProblem[] = [];
  const header = cells[0] ?? [];
  const columns = new Map<string, number>();
  header.forEach((cell, i) => {
    const col = BY_HEADER.get(normaliseHeader(text(cell)));
    if (!col) return;
    if (columns.has(col.field)) problems.push({ field: col.field, code: "duplicate_header", sheet, row: 1, column: columnLetter(i), zh: `“${shown(col)}”列出现两次`, en: `column "${shown(col)}" appears twice` });
    else columns.set(col.field, i);
  });
  const missing = REGISTRY_COLUMNS.filter((c) => c.required && !columns.has(c.field));
  if (missing.length) {
    problems.push({ field: missing[0]!.field, code: "missing_headers", sheet, row: 1, zh: `缺少列：${missing.map(shown).join("、")}`, en: `missing columns: ${missing.map(shown).join(", ")}` });
    return { enterprises: [], rows: 0, problems };
  }
  const maxRows = options.maxRows ?? 200_000;
  const dataRows = cells.length - 1;
  if (dataRows > maxRows) {
    problems.push({ field: "creditCode", code: "too_many_rows", sheet, row: maxRows + 2, zh: `数据行超过${maxRows}行`, en: `more than ${maxRows} data rows` });
    return { enterprises: [], rows: dataRows, problems };
  }
  const byCode = new Map<string, EnterpriseFile & { firstRow: number }>();
  const seenYear = new Map<string, number>();
  const firstYear = options.firstYear ?? 1990;
  const lastYear = options.lastYear ?? 2100;
  for (let r = 1; r < cells.length; r++) {
    const row = cells[r]!;
    if (row.every((c) => text(c) === "")) continue;
    const rowNumber = r + 1;
    const before = problems.length;
    const at = (field: string) => columns.get(field);
    const problem = (field: string, code: string, zh: string, en: string) => {
      const i = at(field);
      problems.push({ field, code, sheet, row: rowNumber, ...(i !== undefined ? { column: columnLetter(i) } : {}), zh, en });
    };
    const values: Record<string, unknown> = {};
    for (const col of REGISTRY_COLUMNS) {
      const i = at(col.field);
      if (i === undefined) continue;
      const cell = row[i];
      const t = text(cell);
      if (t === "") {
        if (col.required) problem(col.field, "empty", `“${col.headers[0]}”不能为空`, `"${col.headers[col.headers.length - 1]}" is empty`);
        continue;
      }
      switch (col.kind) {
        case "text":
          if (t.length > 200) problem(col.field, "too_long", `“${col.headers[0]}”超过200字`, `"${col.headers[col.headers.length - 1]}" is longer than 200 characters`);
          else values[col.field] = t;
          break;
        case "code": {
          const check = checkCreditCode(t);
          if (check.ok) values[col.field] = check.code;
          else {
            const m = creditCodeMessage(check.problem);
            problem(col.field, `credit_code_${check.problem.replace("-", "_")}`, `${m.zh}：${t}`, `${m.en}: ${t}`);
          }
          break;
        }
        case "place": {
          const code = place(t);
          if (!code) problem(col.field, "unknown_place", `未知地区：${t}`, `unknown place: ${t}`);
          else if (col.field === "placeCode" && options.placeAllowed && !options.placeAllowed(code)) problem(col.field, "out_of_scope", `地区不在您的负责范围内：${t}`, `place outside your scope: ${t}`);
          else values[col.field] = code;
          break;
        }
        case "date": {
          const d = dateCell(cell ?? null);
          if (d) values[col.field] = d;
          else problem(col.field, "bad_date", `“${col.headers[0]}”不是日期（如 2023-11-20）：${t}`, `"${col.headers[col.headers.length - 1]}" is not a date (e.g. 2023-11-20): ${t}`);
          break;
        }
        case "year": {
          const n = numberCell(cell ?? null);
          if (n === null || !Number.isInteger(n) || n < firstYear || n > lastYear) problem(col.field, "bad_year", `年度应为${firstYear}–${lastYear}之间的整数：${t}`, `year must be a whole number from ${firstYear} to ${lastYear}: ${t}`);
          else values[col.field] = n;
          break;
        }
        default: {
          const n = numberCell(cell ?? null);
          const whole = col.kind !== "amount";
          if (n === null || n < 0 || (whole && !Number.isInteger(n)) || n > 1e9) {
            problem(col.field, "bad_number", `“${col.headers[0]}”应为${whole ? "非负整数" : "非负数（万元）"}：${t}`, `"${col.headers[col.headers.length - 1]}" must be a ${whole ? "non-negative whole number" : "non-negative amount (万元)"}: ${t}`);
          } else values[col.field] = col.kind === "amount" ? Math.round(n * 1e4 * 100) / 100 : n;
        }
      }
    }
    const code = values.creditCode as string | undefined;
    const year = values.year as number | undefined;
    const num = (f: string) => (values[f] as number | undefined) ?? null;
    if (num("sciTechStaff") !== null && num("staff") !== null && num("sciTechStaff")! > num("staff")!) problem("sciTechStaff", "more_than_staff", "科技人员数大于职工总数", "S&T staff exceed staff");
    if (num("rdDomestic") !== null && num("rdExpense") !== null && num("rdDomestic")! > num("rdExpense")!) problem("rdDomestic", "more_than_total", "境内研发费用大于研发费用", "domestic R&D exceeds R&D");
    if (num("highTechRevenue") !== null && num("totalRevenue") !== null && num("highTechRevenue")! > num("totalRevenue")!) problem("highTechRevenue", "more_than_total", "高新技术产品收入大于总收入", "high-tech revenue exceeds total revenue");
    if (code && year !== undefined) {
      const key = `${code}|${year}`;
      const earlier = seenYear.get(key);
      if (earlier !== undefined) problem("year", "duplicate_row", `与第 ${earlier} 行重复（同一企业同一年度）`, `repeats row ${earlier} (same enterprise and year)`);
      else seenYear.set(key, rowNumber);
    }
    if (problems.length > before || !code || year === undefined) continue;
    let file = byCode.get(code);
    if (!file) {
      file = { creditCode: code, name: values.name as string, placeCode: values.placeCode as string, zoneCode: (values.zoneCode as string) ?? null, park: (values.park as string) ?? null, industryCode: (values.industryCode as string) ?? null, registeredOn: (values.registeredOn as string) ?? null, years: [], statuses: [], firstRow: rowNumber };
      byCode.set(code, file);
    } else if (file.name !== values.name || file.placeCode !== values.placeCode) {
      problem("name", "inconsistent", `与第 ${file.firstRow} 行的企业名称或区县不一致`, `name or district differs from row ${file.firstRow}`);
      continue;
    }
    const ip: Partial<Record<IpKind, number>> = {};
    for (const kind of IP_KINDS) if (values[`ip.${kind}`] !== undefined) ip[kind] = values[`ip.${kind}`] as number;
    const y: EnterpriseYear = { year };
    for (const f of ["staff", "sciTechStaff", "rdExpense", "rdDomestic", "salesRevenue", "highTechRevenue", "totalRevenue", "totalCost", "totalAssets", "netAssets", "standardsLed", "transformations"] as const) {
      if (values[f] !== undefined) y[f] = values[f] as number;
    }
    if (Object.keys(ip).length) y.ip = ip;
    file.years.push(y);
    file.statuses.push(...statusesOf(values, year));
  }
  const enterprises = [...byCode.values()].map(({ firstRow: _, ...e }) => ({ ...e, statuses: uniqueStatuses(e.statuses) }));
  return { enterprises, rows: dataRows, problems };
}

/** The statuses a row's status columns state. */
function statusesOf(v: Record<string, unknown>, year: number): EnterpriseStatus[] {
  const out: EnterpriseStatus[] = [];
  const s = (k: string) => v[k] as string | undefined;
  if (s("cqTechFrom")) out.push({ kind: "cq-tech", reference: null, validFrom: s("cqTechFrom")!, validTo: null });
  if (s("techSmeNumber")) {
    // 入库编号 begin with the year of registration; the registration holds for that year.
    const y = /^(\d{4})/.exec(s("techSmeNumber")!)?.[1] ?? String(year + 1);
    out.push({ kind: "tech-sme", reference: s("techSmeNumber")!, validFrom: `${y}-01-01`, validTo: `${y}-12-31` });
  }
  if (s("highTechIssued")) out.push({ kind: "high-tech", reference: s("highTechNumber") ?? null, validFrom: s("highTechIssued")!, validTo: addYearsLessADay(s("highTechIssued")!, HIGH_TECH_CERTIFICATE_YEARS) });
  if (s("specialisedFrom")) out.push({ kind: "specialised", reference: null, validFrom: s("specialisedFrom")!, validTo: addYearsLessADay(s("specialisedFrom")!, RECOGNITION_YEARS) });
  if (s("littleGiantFrom")) out.push({ kind: "little-giant", reference: null, validFrom: s("littleGiantFrom")!, validTo: addYearsLessADay(s("littleGiantFrom")!, RECOGNITION_YEARS) });
  if (s("starMarketFrom")) out.push({ kind: "star-market", reference: null, validFrom: s("starMarketFrom")!, validTo: null });
  return out;
}

function uniqueStatuses(statuses: EnterpriseStatus[]): EnterpriseStatus[] {
  const seen = new Map<string, EnterpriseStatus>();
  for (const s of statuses) seen.set(`${s.kind}|${s.validFrom}`, s);
  return [...seen.values()];
}
