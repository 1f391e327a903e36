/**
 * The error body every API failure returns. `field` names the offending input (a JSON path such as
 * "period" or "rows[3].value"); `message` is in the language the request asked for (zh-CN by default),
 * `messages` carries both.
 */
import { z } from "zod";

export const LocalisedText = z.object({ zh: z.string(), en: z.string() });
export type LocalisedText = z.infer<typeof LocalisedText>;

export const ErrorBody = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    messages: LocalisedText,
    field: z.string().nullable(),
    /** Every problem found (a file lists all of its errors at once), each placed by field and, in a file, by sheet, row and column. */
    details: z
      .array(
        z.object({
          field: z.string().nullable(),
          /** The problem's stable code where the check has one (change_needs_explanation, duplicate_row …). */
          code: z.string().optional(),
          messages: LocalisedText,
          sheet: z.string().optional(),
          row: z.number().int().optional(),
          column: z.string().optional(),
        }),
      )
      .optional(),
  }),
});
export type ErrorBody = z.infer<typeof ErrorBody>;
