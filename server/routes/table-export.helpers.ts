/** The parts every table-export route shares: its OpenAPI response, the language it answers in, and sending the file. */
import type { Context } from "hono";
import { z } from "zod";
import type { TableExportQuery } from "../../contract/table-export.ts";
import { requestLanguage } from "../errors/http.ts";
import type { AppEnv } from "../http/app-env.ts";
import type { TableFile } from "../sheets/sheet-file.ts";

/** The 200 response of a table export: the .xlsx or CSV file, as an attachment. */
export const tableFileResponse = {
  content: {
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": { schema: z.string().describe("the .xlsx file") },
    "text/csv": { schema: z.string().describe("UTF-8 CSV starting with a byte-order mark") },
  },
  description: "The table as a file (Content-Disposition: attachment, with the file name)",
};

/** The asked language: `lang`, else the request's Accept-Language. */
export function tableLanguage(c: Context<AppEnv>, query: z.infer<typeof TableExportQuery>) {
  return query.lang ?? requestLanguage(c);
}

/** Sends the file as a download named in ASCII and, for browsers that read it, in UTF-8. */
export function sendTable(c: Context<AppEnv>, file: TableFile) {
  const ascii = file.fileName.replace(/[^\x20-\x7e]/g, "_").replace(/"/g, "");
  c.header("content-type", file.contentType);
  c.header("content-disposition", `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`);
  return c.body(file.bytes as unknown as ArrayBuffer, 200);
}
