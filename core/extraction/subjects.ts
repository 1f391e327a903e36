/**
 * The subjects a multiple applies to: "高新技术企业和科技型企业实现双倍增" doubles two counts (双,
 * "both"), "货运量、货值、……联运箱量均实现倍增" three. Each subject becomes its own statement.
 */
import type { Mention } from "./mentions.ts";

const LEADING = /^(到|至)?((?:19|20)\d{2}年)?[,，\s]*(力争|确保|实施|推动|推进|开展|实现)*/;
const TRAILING = /(均|都|分别|同步|实现|力争|要)+$/;
/** More parts than this is a description, not a list of subjects. */
const MAX_SUBJECTS = 6;

export type Subject = { start: number; indicator: string };

/** The subjects before the multiple at `m`, in a clause starting at `clauseStart`. */
export function splitSubjects(text: string, clauseStart: number, m: Mention): Subject[] {
  const raw = text.slice(clauseStart, m.start);
  const lead = LEADING.exec(raw)?.[0].length ?? 0;
  const phrase = raw.slice(lead).replace(TRAILING, "");
  // 双 ("both") and 均/都 ("each") make 和 separate subjects; with a 、-list, 和 may sit inside one.
  const each = text.startsWith("双", m.start) || (/(均|都)(实现)?$/.test(raw) && !phrase.includes("、"));
  const separator = each ? /[、和及与]/ : /、/;
  const parts: Subject[] = [];
  let at = 0;
  for (const piece of phrase.split(separator)) {
    if (piece.trim()) parts.push({ start: clauseStart + lead + at, indicator: piece.trim() });
    at += piece.length + 1;
  }
  if (parts.length < 2 || parts.length > MAX_SUBJECTS) return [{ start: clauseStart + lead, indicator: phrase.trim() }];
  return parts;
}
