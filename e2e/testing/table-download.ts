/** Downloads a table export with a client and reads it back: the raw bytes, and the .xlsx's sheets as rows of cell values. */
import ExcelJS from "exceljs";
import type { ApiClient } from "./api-client.ts";

export interface Download {
  status: number;
  contentType: string;
  disposition: string;
  bytes: Uint8Array;
}

/** GET `path` as `client`, keeping the body's bytes (a CSV's byte-order mark included). */
export async function download(client: ApiClient, path: string): Promise<Download> {
  const { data, error, response } = (await client.api.GET(path as never, { parseAs: "arrayBuffer" } as never)) as { data?: ArrayBuffer; error?: unknown; response: Response };
  const bytes = data ? new Uint8Array(data) : new TextEncoder().encode(JSON.stringify(error ?? null));
  return { status: response.status, contentType: response.headers.get("content-type") ?? "", disposition: response.headers.get("content-disposition") ?? "", bytes };
}

/** The sheets of an .xlsx by name: each row's cell values (exceljs's model; number cells also give their format). */
export async function readSheets(bytes: Uint8Array): Promise<Map<string, ExcelJS.Worksheet>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.slice().buffer);
  return new Map(wb.worksheets.map((w) => [w.name, w]));
}

/** A worksheet's rows as arrays of values, from row 1. */
export function rowsOf(sheet: ExcelJS.Worksheet): unknown[][] {
  const rows: unknown[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, n) => (rows[n - 1] = (row.values as unknown[]).slice(1)));
  return rows;
}
