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
    details: z.array(z.object({ field: z.string().nullable(), messages: LocalisedText })).optional(),
  }),
});
export type ErrorBody = z.infer<typeof ErrorBody>;
