/**
 * The round overview (填报进度) for the plan office: per place or body, how many figures are asked,
 * drafted, returned, submitted and approved, what is missing, who is late, and whom to remind.
 */
import type { RoundOverview, UnitProgress } from "../../contract/reporting.ts";
import type { Db } from "../db/connect.ts";
import * as submissions from "../repositories/submissions.repository.ts";
import { getRound, roundUnits } from "./rounds.service.ts";
import { currentSubmissions } from "./submissions.service.ts";

const DAY = 24 * 60 * 60 * 1000;

export async function roundOverview(db: Db, roundId: number, asOf = new Date()): Promise<RoundOverview> {
  const detail = await getRound(db, roundId);
  const units = await roundUnits(db, roundId);
  const current = currentSubmissions(await submissions.findSubmissions(db, { roundId }));
  const stored = new Set(
    (await db.selectFrom("data_values").select(["indicator_code", "place_code"]).where("round_id", "=", roundId).where("status", "=", "approved").execute()).map((v) => `${v.indicator_code}|${v.place_code}`),
  );
  const due = new Date(`${detail.dueOn}T23:59:59`);
  const overdueDays = asOf > due ? Math.ceil((asOf.getTime() - due.getTime()) / DAY) : 0;
  const rows: UnitProgress[] = units.map((unit) => {
    const counts = { draft: 0, returned: 0, submitted: 0, approved: 0, missing: 0 };
    let last: string | null = null;
    for (const indicator of detail.indicators) {
      const s = current.get(`${indicator.code}|${unit.placeCode}|${detail.period}`);
      if (s?.submitted_at) {
        const at = new Date(s.submitted_at).toISOString();
        if (!last || at > last) last = at;
      }
      if (!s) counts[stored.has(`${indicator.code}|${unit.placeCode}`) ? "approved" : "missing"]++;
      else if (s.state === "submitted") counts.submitted++;
      else if (s.state === "approved") counts.approved++;
      else if (s.returned_at) counts.returned++;
      else counts.draft++;
    }
    const expected = detail.indicators.length;
    const outstanding = counts.missing + counts.draft + counts.returned;
    return { kind: unit.kind, code: unit.code, nameZh: unit.nameZh, nameEn: unit.nameEn, expected, ...counts, completeness: expected ? counts.approved / expected : 1, lastSubmittedAt: last, late: overdueDays > 0 && outstanding > 0 };
  });
  const sum = (k: keyof typeof rows[number]) => rows.reduce((n, r) => n + (r[k] as number), 0);
  const expected = sum("expected");
  return {
    round: detail,
    asOf: asOf.toISOString(),
    totals: { expected, draft: sum("draft"), returned: sum("returned"), submitted: sum("submitted"), approved: sum("approved"), missing: sum("missing"), completeness: expected ? sum("approved") / expected : 1 },
    units: rows,
    reminders: rows.filter((r) => r.late).map((r) => ({ kind: r.kind, code: r.code, nameZh: r.nameZh, nameEn: r.nameEn, outstanding: r.missing + r.draft + r.returned, daysOverdue: overdueDays })),
  };
}
