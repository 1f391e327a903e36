/**
 * Periods: the time a data value refers to — a year (2023), a quarter (2023Q2) or a month (2023-07).
 * Owns parsing, formatting and the check that a period fits an indicator's periodicity.
 */
import { z } from "zod";

/** How often an indicator is measured. */
export const Periodicity = z.enum(["year", "quarter", "month"]);
export type Periodicity = z.infer<typeof Periodicity>;

const YEAR = /^(\d{4})$/;
const QUARTER = /^(\d{4})Q([1-4])$/;
const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** A parsed period; `year` is always set, `quarter` / `month` only for those granularities. */
export interface Period {
  granularity: Periodicity;
  year: number;
  quarter?: number;
  month?: number;
}

/** Parses "2023", "2023Q2" or "2023-07"; returns null for anything else. */
export function parsePeriod(text: string): Period | null {
  const trimmed = text.trim();
  let m = YEAR.exec(trimmed);
  if (m) return { granularity: "year", year: Number(m[1]) };
  m = QUARTER.exec(trimmed);
  if (m) return { granularity: "quarter", year: Number(m[1]), quarter: Number(m[2]) };
  m = MONTH.exec(trimmed);
  if (m) return { granularity: "month", year: Number(m[1]), month: Number(m[2]) };
  return null;
}

/** The canonical text of a period, inverse of parsePeriod. */
export function formatPeriod(p: Period): string {
  if (p.granularity === "quarter") return `${p.year}Q${p.quarter}`;
  if (p.granularity === "month") return `${p.year}-${String(p.month).padStart(2, "0")}`;
  return String(p.year);
}

/** A period fits an indicator when its granularity is the indicator's periodicity. */
export function periodFits(p: Period, periodicity: Periodicity): boolean {
  return p.granularity === periodicity;
}

/** Zod schema for period text such as "2023", "2023Q2", "2023-07". */
export const PeriodText = z
  .string()
  .refine((s) => parsePeriod(s) !== null, { message: "period must look like 2023, 2023Q2 or 2023-07" });

/** The period just before: 2025 → 2024, 2025Q1 → 2024Q4, 2025-01 → 2024-12. */
export function previousPeriod(p: Period): Period {
  if (p.granularity === "quarter") {
    const q = p.quarter ?? 1;
    return q === 1 ? { granularity: "quarter", year: p.year - 1, quarter: 4 } : { granularity: "quarter", year: p.year, quarter: q - 1 };
  }
  if (p.granularity === "month") {
    const m = p.month ?? 1;
    return m === 1 ? { granularity: "month", year: p.year - 1, month: 12 } : { granularity: "month", year: p.year, month: m - 1 };
  }
  return { granularity: "year", year: p.year - 1 };
}
