/**
 * Bytes to text: UTF-8 (with or without BOM), UTF-16 with a BOM, or GB18030 (which covers GBK and
 * GB2312, the encodings of many government sites). Empty input, binary content and bytes no
 * encoding reads cleanly are refused with a DocumentError, and so is a decoding too little of which
 * is printable (random bytes behind a UTF-16 BOM read as a soup of unassigned and private-use
 * characters; a text in a wrong encoding, as replacement characters). A UTF-8 BOM stays in the text as U+FEFF:
 * spans are offsets into the text as readFileSync(…, "utf8") and the gold scorer read it.
 */
import chardet from "chardet";
import iconv from "iconv-lite";
import { z } from "zod";
import { DocumentError } from "./document-error.ts";
import { DEFAULT_READ_LIMITS } from "./read-limits.ts";

export const TextEncoding = z.enum(["utf-8", "utf-16le", "utf-16be", "gb18030"]);
export type TextEncoding = z.infer<typeof TextEncoding>;

export type DecodedText = { text: string; encoding: TextEncoding };

/** Share of control characters above which a decoded text is taken as binary. */
const MAX_CONTROL_SHARE = 0.05;
/** Share of U+FFFD replacement characters above which a decoding is taken as wrong. */
const MAX_REPLACEMENT_SHARE = 0.001;
/** chardet's least confidence in GB18030 for GB18030 prose of PLAUSIBILITY_FROM Chinese characters or more (random hanzi rate about 60). */
const MIN_GB18030_CONFIDENCE = 80;
const PLAUSIBILITY_FROM = 300;
/** How much of the start is inspected for NUL bytes. */
const SNIFF = 8192;

const CJK = /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/;
const CJK_ALL = new RegExp(CJK.source, "g");
const CHINESE_ENCODINGS = /^(GB|Big5|EUC|ISO-2022-CN)/i;

function controlShare(text: string): number {
  if (!text.length) return 0;
  let control = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 127) control++;
  }
  return control / text.length;
}

/**
 * What a text may hold besides letters, marks, digits, punctuation, symbols and spaces: line breaks,
 * tabs, form feeds, zero-width and direction marks, the BOM. U+FFFD is a symbol but marks a failed decoding.
 */
const NOT_PRINTABLE = /[^\p{L}\p{M}\p{N}\p{P}\p{S}\p{Zs}\t\n\r\f\u200b-\u200f\u2028\u2029\ufeff]|\ufffd/gu;

/** Share of the text's characters that are printable. */
export function printableShare(text: string): number {
  if (!text.length) return 1;
  let bad = 0;
  NOT_PRINTABLE.lastIndex = 0;
  while (NOT_PRINTABLE.exec(text)) bad++;
  return 1 - bad / text.length;
}

function replacementShare(text: string): number {
  let bad = 0;
  for (const c of text) if (c === "\uFFFD") bad++;
  return text.length ? bad / text.length : 0;
}

function checked(text: string, encoding: TextEncoding, minPrintableShare: number): DecodedText {
  if (controlShare(text) > MAX_CONTROL_SHARE) throw new DocumentError("binary");
  const share = printableShare(text);
  if (share < minPrintableShare) throw new DocumentError("not_text", encoding, { found: share, limit: minPrintableShare });
  return { text, encoding };
}

export interface DecodeOptions {
  /** Least share of printable characters (DEFAULT_READ_LIMITS by default). */
  minPrintableShare?: number;
  /** The text is prose, so a GB18030 reading must read as Chinese prose does. */
  prose?: boolean;
}

/** Decodes a document's bytes into text; throws DocumentError (empty, binary, undecodable, not_text). */
export function decodeText(bytes: Uint8Array, options: DecodeOptions = {}): DecodedText {
  const check = (text: string, encoding: TextEncoding) => checked(text, encoding, options.minPrintableShare ?? DEFAULT_READ_LIMITS.minPrintableShare);
  if (bytes.length === 0) throw new DocumentError("empty");
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return check(iconv.decode(Buffer.from(bytes.subarray(2)), "utf-16le"), "utf-16le");
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return check(iconv.decode(Buffer.from(bytes.subarray(2)), "utf-16be"), "utf-16be");
  if (bytes.subarray(0, SNIFF).includes(0)) throw new DocumentError("binary");
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  let utf8: string | null = null;
  try {
    utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    utf8 = null;
  }
  if (utf8 !== null) {
    if (!utf8.trim()) throw new DocumentError("empty");
    // Short GBK texts can also be valid UTF-8 (一 = D2 BB reads as Cyrillic һ): prefer the reading
    // that gives Chinese when the UTF-8 one has non-ASCII text but no Chinese at all.
    // A BOM says UTF-8 outright.
    if (bom || !(/[^\x00-\x7f]/.test(utf8) && !CJK.test(utf8))) return check(utf8, "utf-8");
    const gb = iconv.decode(Buffer.from(body), "gb18030");
    return replacementShare(gb) === 0 && CJK.test(gb) ? check(gb, "gb18030") : check(utf8, "utf-8");
  }
  // Not valid UTF-8: GB18030 reads every GBK/GB2312 text; chardet only confirms it is plausible.
  const analysis = chardet.analyse(body);
  const guess = analysis[0]?.name ?? "";
  const text = iconv.decode(Buffer.from(body), "gb18030");
  if (replacementShare(text) > MAX_REPLACEMENT_SHARE || (!CHINESE_ENCODINGS.test(guess) && !CJK.test(text))) {
    throw new DocumentError("undecodable", guess || undefined);
  }
  // Chinese prose is full of its most common characters (的, 和, 发展 …); bytes that only happen to
  // pair into valid codes read as rare ones. chardet rates real GBK prose of a few hundred characters
  // at 100. Tables (a CSV of place names and figures) need not be prose: the caller says.
  if (options.prose && (text.match(CJK_ALL) ?? []).length >= PLAUSIBILITY_FROM) {
    const confidence = analysis.find((a) => a.name === "GB18030")?.confidence ?? 0;
    if (confidence < MIN_GB18030_CONFIDENCE) throw new DocumentError("implausible", `chardet ${confidence}`);
  }
  if (!text.trim()) throw new DocumentError("empty");
  return check(text, "gb18030");
}
