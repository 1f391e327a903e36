/** Query of every table export (目标进展, 排名, 审核清单, 填报进度): the file format and the language of its headers. */
import { z } from "zod";

/** .xlsx (numbers with number formats, title line, frozen header) or CSV (UTF-8 with BOM). */
export const TableFormat = z.enum(["xlsx", "csv"]);
export type TableFormat = z.infer<typeof TableFormat>;

/** `format` (default xlsx) and `lang` (zh or en; without it, the request's Accept-Language, else zh). */
export const TableExportQuery = z.object({
  format: TableFormat.default("xlsx").describe("xlsx (default) or csv (UTF-8 with byte-order mark)"),
  lang: z.enum(["zh", "en"]).optional().describe("language of headers and words; default: Accept-Language, else zh"),
});
