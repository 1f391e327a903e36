/**
 * 完成时限 as division tables write it, read as the last day it allows: 2025年底 → 2025-12-31,
 * 2024年6月底前 → 2024-06-30, 2025年12月31日 and 2025-12-31 as written. 长期坚持 / 持续推进 /
 * 常态化 have no date (null); anything else is unreadable (undefined).
 */

const pad = (n: number) => String(n).padStart(2, "0");
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** Whether y-m-d is a real calendar date. */
function valid(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= lastDay(year, month) && year >= 1900 && year <= 2200;
}

/** The date `text` sets as a deadline; null for an ongoing task, undefined when unreadable. */
export function parseDeadline(text: string): string | null | undefined {
  const t = text.replace(/\s/g, "");
  if (!t || /^(长期|持续|常态化|每年|逐年)/.test(t)) return null;
  let m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:T[\d:.]+Z?)?(前|以前)?$/.exec(t);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    return valid(y, mo, d) ? `${y}-${pad(mo)}-${pad(d)}` : undefined;
  }
  m = /^(\d{4})[-/.年](\d{1,2})月?(?:底|末)?(前|以前)?$/.exec(t);
  if (m) {
    const [y, mo] = [Number(m[1]), Number(m[2])];
    return valid(y, mo, 1) ? `${y}-${pad(mo)}-${pad(lastDay(y, mo))}` : undefined;
  }
  m = /^(\d{4})年?(?:底|末|年底|年末)?(前|以前)?$/.exec(t);
  if (m) return valid(Number(m[1]), 12, 31) ? `${m[1]}-12-31` : undefined;
  return undefined;
}
