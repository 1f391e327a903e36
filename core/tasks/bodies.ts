/**
 * Body names (单位名称) as plans and division tables write them, matched to the catalogue of bodies:
 * a short name (市科技局), the full name (重庆市科学技术局), either with or without the place in front
 * (重庆市科技局), or a common abbreviation listed here. A name that matches nothing is reported, never
 * guessed. Also the names a plan's text gives before 牵头 / 负责 / 配合 / 按职责分工.
 */
import type { BodyRole } from "./task.ts";

/** A catalogue body as matching needs it. */
export type BodyName = { code: string; nameZh: string; fullNameZh: string };

/** Abbreviations in common use that are neither the catalogue's short nor its full name. */
const ABBREVIATIONS: Record<string, string> = {
  市发改委: "cq-development-reform-commission",
  市经信委: "cq-economy-it-commission",
  市人社局: "cq-hrss-bureau",
  市卫健委: "cq-health-commission",
  市金融办: "cq-party-finance-office",
  科技部: "cn-most",
  国家发改委: "cn-ndrc",
  四川省科学技术厅: "sc-science-technology-department",
};

/** Spaces, brackets' contents and quotation marks carry nothing for matching. */
export function normaliseBodyName(name: string): string {
  return name.replace(/[（(][^）)]*[）)]/g, "").replace(/[\s“”"'《》]/g, "");
}

/** The forms a name may take: as written, without the place in front, with 重庆 in front. */
function variants(name: string): string[] {
  const out = new Set([name]);
  const bare = name.replace(/^中华人民共和国/, "").replace(/^重庆(?=市)/, "").replace(/^重庆(?!市)/, "");
  out.add(bare);
  if (bare.startsWith("市")) out.add(`重庆${bare}`);
  else out.add(`重庆市${bare}`);
  return [...out];
}

/** The catalogue code of the body `name` names, or null when none does (or more than one could). */
export function matchBody(name: string, catalogue: readonly BodyName[]): string | null {
  const wanted = normaliseBodyName(name);
  if (!wanted) return null;
  const forms = new Set(variants(wanted));
  const hits = new Set<string>();
  for (const body of catalogue) {
    const names = [body.nameZh, body.fullNameZh, body.fullNameZh.replace(/^中华人民共和国/, "")].map(normaliseBodyName);
    if (names.some((n) => forms.has(n) || variants(n).includes(wanted))) hits.add(body.code);
  }
  const abbreviation = [...forms].map((f) => ABBREVIATIONS[f]).find((code) => code && catalogue.some((b) => b.code === code));
  if (hits.size === 0 && abbreviation) hits.add(abbreviation);
  return hits.size === 1 ? [...hits][0]! : null;
}

/** The names in a table cell: split on 、，,；;/ and line breaks; 等 and blanks dropped. */
export function splitBodyNames(cell: string): string[] {
  return cell
    .split(/[、，,；;/／\n]+|\s{2,}/)
    .map((n) => n.trim().replace(/等(单位|部门)?$/, "").trim())
    .filter((n) => n.length > 0);
}

/** A body name the text gives before a role word, with where it stands. */
export type BodyMention = { name: string; role: BodyRole; start: number; end: number };

/** Role words: 牵头 and a plain 负责 (not 负责人, 负责制) lead; 配合 and 按职责分工(负责) cooperate. */
const ROLE = /(共同牵头|牵头|按职责分工负责|按职责分工|分工负责|配合|负责(?![人制]))/g;
/** A government or academy prefix (重庆市…, 中科院…). */
const PREFIX = /^(重庆|四川|市|区|县|省|国家|中科院|中国科学院|中华人民共和国|高新区|两江新区)/;
/** An organisation's last word; the government's own kinds need no prefix. */
const ORGANISATION_END = /(局|委|厅|办|管委会|委员会|政府|小组|部门|部|所|院|中心|会)$/;
const GOVERNMENT_END = /(局|委|厅|办|部门)$/;
const organisation = (name: string) => ORGANISATION_END.test(name) && (PREFIX.test(name) || GOVERNMENT_END.test(name));
/** Words before the first name in a clause (由市科技局牵头, 推动建立由…). */
const LEAD_IN = /^.*(由|会同|建立|推动|请|要求)/;

/**
 * The bodies named before role words in `text` (offsets added to `offset`): 市科技局牵头 → lead,
 * 市发展改革委、市教委按职责分工负责 → cooperating. Only phrases that read as organisations are kept.
 */
export function findBodyMentions(text: string, offset = 0): BodyMention[] {
  const out: BodyMention[] = [];
  let previousEnd = 0;
  for (const m of text.matchAll(ROLE)) {
    const at = m.index!;
    const role: BodyRole = m[1]!.includes("牵头") || m[1] === "负责" ? "lead" : "cooperating";
    let from = at;
    while (from > previousEnd && at - from < 80 && !/[，。；：,;:！？\n（(“”]/.test(text[from - 1]!)) from--;
    previousEnd = at + m[1]!.length;
    let cursor = from;
    for (const raw of text.slice(from, at).split(/([、和及与])/)) {
      const pieceStart = cursor;
      cursor += raw.length;
      if (/^[、和及与]$/.test(raw)) continue;
      const cut = LEAD_IN.exec(raw)?.[0].length ?? 0;
      const name = raw.slice(cut).replace(/(共同|分别|等单位|等部门|等)$/, "");
      if (name.length < 2 || name.length > 30 || !organisation(name)) continue;
      out.push({ name, role, start: offset + pieceStart + cut, end: offset + pieceStart + cut + name.length });
    }
  }
  return out;
}
