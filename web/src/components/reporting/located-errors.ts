/**
 * Errors of an uploaded file or a batch as the server lists them (error.details with sheet, row and
 * column): rows of the 工作表 / 行 / 列 / 问题 table, each message without its location prefix,
 * since the table shows the location in its own columns.
 */
import type { ErrorBody } from "../../../../contract/errors.ts";
import type { Language } from "../../i18n/translate.ts";

/** One row of the located-error table. */
export interface LocatedError {
  key: string;
  sheet: string | null;
  row: number | null;
  column: string | null;
  message: string;
}

const ZH_PREFIX = /^(?:工作表“[^”]*”)?第 \d+ (?:行|项)(?: [A-Z]+ 列)?：/;
const EN_PREFIX = /^(?:sheet "[^"]*" )?(?:row|entry) \d+(?: column [A-Z]+)?: /;

/** A message without its leading “工作表“数据”第 5 行 D 列：” / “sheet "数据" row 5 column D: ”. */
export function stripLocation(message: string): string {
  return message.replace(ZH_PREFIX, "").replace(EN_PREFIX, "");
}

/** The table rows of an error's details in `lang`; an error without details gives one row of its message. */
export function locatedErrors(error: ErrorBody["error"], lang: Language): LocatedError[] {
  const details = error.details?.length ? error.details : [{ field: error.field, messages: error.messages }];
  return details.map((d, i) => {
    const where = d as { sheet?: string; row?: number; column?: string };
    return {
      key: String(i),
      sheet: where.sheet ?? null,
      row: where.row ?? null,
      column: where.column ?? null,
      message: where.row !== undefined ? stripLocation(d.messages[lang]) : d.messages[lang],
    };
  });
}
