/** Edited narrative sentences applied to a report model by sentence id; figures in tables and charts are never edited. */
import type { ReportModel, Sentence, SentenceEdits } from "./schema.ts";

/** Every sentence of the model, in reading order. */
export function sentencesOf(model: ReportModel): Sentence[] {
  return model.blocks.flatMap((b) => (b.type === "paragraph" ? b.sentences : []));
}

/**
 * The model with each sentence whose id is in `edits` replaced by the edited text (trimmed); ids the
 * model does not have are returned in `unknown` so that a caller can refuse them.
 */
export function applySentenceEdits(model: ReportModel, edits: SentenceEdits): { model: ReportModel; unknown: string[] } {
  const known = new Set(sentencesOf(model).map((s) => s.id));
  const unknown = Object.keys(edits).filter((id) => !known.has(id));
  const blocks = model.blocks.map((b) =>
    b.type === "paragraph" ? { ...b, sentences: b.sentences.map((s) => (s.id in edits ? { ...s, text: edits[s.id]!.trim() } : s)) } : b,
  );
  return { model: { ...model, blocks }, unknown };
}
