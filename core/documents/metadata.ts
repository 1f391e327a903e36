/**
 * Metadata read from a document's text: title, document number (文号, 渝府发〔2022〕3号), issuer,
 * publisher, 成文日期 (date written/signed) and 发布日期 (date published), each with the span it was
 * read from. Sources, in order of trust: the metadata table government portals print ([ 发文字号 ] | …),
 * the "发布日期:" line, the signature block (issuer line above a date line), the title lines. The
 * issuer is the organ that issued the document (signature, notice title, 文号 line); the portal's
 * 发布机构 / 来源 is only the office that published it, kept as publisher and used as issuer only
 * when the text names no issuing organ. Dates are ISO values while their spans point at the text.
 */
import { z } from "zod";
import { matchHeading } from "../outline/heading.ts";

export const MetadataField = z.object({ value: z.string(), start: z.number().int(), end: z.number().int() });
export type MetadataField = z.infer<typeof MetadataField>;

export const DocumentMetadata = z.object({
  /** The plan's own title: for a covering notice, the document it issues (without 《》). */
  title: MetadataField.optional(),
  /** The covering notice's title (…关于印发X的通知), when the text opens with one. */
  noticeTitle: MetadataField.optional(),
  documentNumber: MetadataField.optional(),
  /** The organ that issued the document. */
  issuer: MetadataField.optional(),
  /** The office that published it on the web (发布机构, 来源). */
  publisher: MetadataField.optional(),
  /** ISO date (YYYY-MM-DD). */
  writtenDate: MetadataField.optional(),
  /** ISO date (YYYY-MM-DD). */
  publishedDate: MetadataField.optional(),
});
export type DocumentMetadata = z.infer<typeof DocumentMetadata>;

/** Only the opening of a document holds its metadata (a signature block may follow a long preamble). */
const HEAD = 4000;
const DOC_NUMBER = /[\u4e00-\u9fff]{1,10}[〔\[［(（](?:19|20)\d{2}[〕\]］)）]\s*\d{1,4}\s*号/;
const ISSUER_SUFFIX = /(人民政府|政府|委员会|管委会|管理委员会|局|厅|办公室|办公厅|委|院|部|中心)$/;
const TITLE_WORDS = /(规划|计划|方案|意见|通知|办法|纲要|报告|解读|答复|决定|措施|细则)/;

function field(text: string, m: RegExpExecArray, group: number): MetadataField {
  const value = m[group]!;
  const start = m.index + m[0].indexOf(value);
  return { value: value.trim(), start, end: start + value.length };
}

/** YYYY-MM-DD from "2023-04-26", "2023年4月26日", "2022-01-19 17:03". */
export function isoDate(written: string): string | null {
  const m = /((?:19|20)\d{2})\s*[-年/.]\s*(\d{1,2})\s*[-月/.]\s*(\d{1,2})/.exec(written);
  if (!m) return null;
  return `${m[1]}-${m[2]!.padStart(2, "0")}-${m[3]!.padStart(2, "0")}`;
}

function dateField(text: string, pattern: RegExp): MetadataField | undefined {
  const m = pattern.exec(text.slice(0, HEAD));
  if (!m) return undefined;
  const f = field(text, m, 1);
  const iso = isoDate(f.value);
  return iso ? { ...f, value: iso } : undefined;
}

function tableField(text: string, label: string): MetadataField | undefined {
  const m = new RegExp(`\\[\\s*${label}\\s*\\]\\s*\\|\\s*([^|\\n]+?)\\s*\\|`).exec(text.slice(0, HEAD));
  return m ? field(text, m, 1) : undefined;
}

function signature(text: string): { issuer?: MetadataField; date?: MetadataField } {
  const head = text.slice(0, HEAD);
  const m = /(?:^|\n)[^\S\n]*([^\n]{2,30})[^\S\n]*\n(?:[^\S\n]*\n)*[^\S\n]*((?:19|20)\d{2}年\d{1,2}月\d{1,2}日)[^\S\n]*(?=\n|$)/.exec(head);
  if (!m) return {};
  const issuerLine = m[1]!.trim();
  const date = field(text, m, 2);
  const iso = isoDate(date.value)!;
  return {
    ...(ISSUER_SUFFIX.test(issuerLine) ? { issuer: field(text, m, 1) } : {}),
    date: { ...date, value: iso },
  };
}

/** X inside "…关于印发《X》的通知", its span pointing into the notice line. */
function issuedTitle(notice: MetadataField): MetadataField | undefined {
  const m = /关于印发[《]?(.+?)[》]?的通知$/.exec(notice.value);
  if (!m) return undefined;
  const start = notice.start + m.index + m[0].indexOf(m[1]!);
  return { value: m[1]!, start, end: start + m[1]!.length };
}

function titles(text: string): { title?: MetadataField; noticeTitle?: MetadataField } {
  let offset = 0;
  const candidates: MetadataField[] = [];
  for (const line of text.slice(0, HEAD).split("\n")) {
    const trimmed = line.trim();
    const start = offset + line.indexOf(trimmed);
    offset += line.length + 1;
    // Sentences, labelled lines and headings are not titles.
    if (!trimmed || trimmed.length > 80 || /[。；;,，]/.test(trimmed) || /^\[|[:：]/.test(trimmed) || matchHeading(trimmed)) continue;
    if (/^(现将|根据|为)/.test(trimmed)) continue;
    candidates.push({ value: trimmed, start, end: start + trimmed.length });
  }
  // A covering notice (关于印发……的通知) names the document it issues, which is the plan's title;
  // else a line that reads as a title; else a plain first line standing alone at the top (a headline).
  const notice = candidates.find((c) => /关于印发/.test(c.value));
  const issued = notice && issuedTitle(notice);
  if (notice && issued) return { title: issued, noticeTitle: notice };
  const plain = notice ?? candidates.find((c) => TITLE_WORDS.test(c.value)) ??
    (candidates[0] && candidates[0].start < 200 ? candidates[0] : undefined);
  return plain ? { title: plain } : {};
}

/** The organ named before 关于印发 in a notice title, or before the 文号 on its line. */
function organBefore(text: string, from: MetadataField | undefined, marker: RegExp): MetadataField | undefined {
  if (!from) return undefined;
  const line = text.slice(text.lastIndexOf("\n", from.start - 1) + 1, from.end);
  const m = marker.exec(line);
  if (!m) return undefined;
  const organ = /([\u4e00-\u9fff（）()]{2,30}?)[^\S\n]*$/.exec(line.slice(0, m.index));
  if (!organ || !ISSUER_SUFFIX.test(organ[1]!)) return undefined;
  const start = from.end - line.length + organ.index;
  return { value: organ[1]!, start, end: start + organ[1]!.length };
}

/** Reads what the text says about itself; fields it does not state are left out. */
export function readMetadata(text: string): DocumentMetadata {
  const sig = signature(text);
  const numberMatch = DOC_NUMBER.exec(text.slice(0, HEAD));
  const documentNumber = tableField(text, "发文字号") ?? (numberMatch ? field(text, numberMatch as RegExpExecArray, 0) : undefined);
  const publisher = tableField(text, "发布机构") ?? (() => {
    const m = /来源[:：]\s*([^\s]+?)\s+(?=发布)/.exec(text.slice(0, HEAD));
    return m ? field(text, m, 1) : undefined;
  })();
  const t = titles(text);
  const issuer = sig.issuer ?? organBefore(text, t.noticeTitle, /关于印发/) ??
    organBefore(text, documentNumber, new RegExp(DOC_NUMBER.source + "[^\\S\\n]*$")) ?? publisher;
  const tableWritten = tableField(text, "成文日期");
  const tablePublished = tableField(text, "发布日期");
  const writtenDate = tableWritten ? { ...tableWritten, value: isoDate(tableWritten.value) ?? tableWritten.value } : sig.date;
  const publishedDate = tablePublished
    ? { ...tablePublished, value: isoDate(tablePublished.value) ?? tablePublished.value }
    : dateField(text, /(?:发布日期|发布时间)[:：]\s*((?:19|20)\d{2}[-年/.]\d{1,2}[-月/.]\d{1,2}日?)/);
  return DocumentMetadata.parse({
    ...t,
    ...(documentNumber ? { documentNumber } : {}),
    ...(issuer ? { issuer } : {}),
    ...(publisher ? { publisher } : {}),
    ...(writtenDate ? { writtenDate } : {}),
    ...(publishedDate ? { publishedDate } : {}),
  });
}
