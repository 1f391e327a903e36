/**
 * The closing address of a speech-like report (政府工作报告, 工作报告): after its last numbered heading
 * the speaker turns to the audience once more ("各位代表！", "同志们！") and ends. The last such
 * salutation line after the last heading starts the closing node, which runs through the complete
 * paragraphs after it (each ending in 。！？ or a closing quote) — not into a licence notice or page
 * furniture that may follow. A salutation with a colon ("各位代表：") opens a speech and never closes it.
 */
import { matchHeading } from "./heading.ts";

/** A line that is only a salutation ending in an exclamation mark: 各位代表！, 各位委员！, 同志们！ */
const ADDRESSEE = "(?:各位|全体)?(?:人大代表|政协委员|代表|委员|同志)们?";
const SALUTATION = new RegExp(`^(${ADDRESSEE}(?:[、，,]${ADDRESSEE})*)[！!]$`);

/** The salutation a line consists of (without its 「！」), or null. */
export function matchSalutation(line: string): string | null {
  const m = SALUTATION.exec(line.trim());
  return m ? m[1]! : null;
}

export type ClosingLine = { start: number; salutation: string; length: number; end: number };

/** A paragraph of the speech ends a sentence; a line of page furniture or a broken line does not. */
const SENTENCE_END = /[。！？!?”」』]$/;

/**
 * Where the closing address begins in `text[0, bodyEnd)`: the start of the last salutation line after
 * the last heading line, skipping lines in `skip` (a table of contents). Null when there is none.
 */
export function findClosingLine(text: string, bodyEnd: number, skip?: { start: number; end: number } | null): ClosingLine | null {
  let found: ClosingLine | null = null;
  let open = false;
  let offset = 0;
  for (const line of text.slice(0, bodyEnd).split("\n")) {
    const lineStart = offset;
    offset += line.length + 1;
    if (skip && lineStart >= skip.start && lineStart < skip.end) continue;
    const trimmed = line.trim();
    if (!trimmed) continue;
    const salutation = matchSalutation(trimmed);
    const lineEnd = lineStart + line.trimEnd().length;
    if (salutation) {
      found = { start: lineStart + (line.length - line.trimStart().length), salutation, length: trimmed.length, end: lineEnd };
      open = true;
    } else if (matchHeading(trimmed)) {
      found = null;
    } else if (found && open) {
      if (SENTENCE_END.test(trimmed)) found.end = lineEnd;
      else open = false;
    }
  }
  return found;
}
