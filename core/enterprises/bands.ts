/**
 * Banded scoring as the national tables write it: a ratio falls in the first band whose lower edge
 * it reaches ("30%（含）以上" — inclusive unless the band says otherwise); each band gives points or a
 * range of points an expert picks within.
 */

/** A band: lower edge (inclusive unless `exclusive`), and its points. */
export interface Band {
  /** Grade letter in the table (A, B …). */
  grade: string;
  /** Lower edge; -Infinity for the last band. */
  from: number;
  exclusive?: boolean;
  points: number | readonly [number, number];
}

/** A banded table: bands from the highest edge down. */
export type BandTable = readonly Band[];

/** True when the value reaches the band's lower edge. */
export function reaches(value: number, band: Band): boolean {
  return band.exclusive ? value > band.from : value >= band.from;
}

/** The band a value falls in (the last band when none is reached). */
export function bandOf(table: BandTable, value: number): Band {
  for (const band of table) if (reaches(value, band)) return band;
  return table[table.length - 1]!;
}

/** The next band up, or undefined at the top. */
export function nextBand(table: BandTable, band: Band): Band | undefined {
  const i = table.indexOf(band);
  return i > 0 ? table[i - 1] : undefined;
}

/** Points of a band as a range. */
export function bandPoints(band: Band): { min: number; max: number } {
  return typeof band.points === "number" ? { min: band.points, max: band.points } : { min: band.points[0], max: band.points[1] };
}

/** Ratio as a percentage for messages: at most two decimals, trailing zeros dropped. */
export function pct(ratio: number): string {
  return `${Number((ratio * 100).toFixed(2))}%`;
}

/** An amount in 元 as 万元 for messages: at most two decimals. */
export function wan(yuan: number): string {
  return `${Number((yuan / 1e4).toFixed(2)).toLocaleString("en-US")}万元`;
}

/** The same in English, in millions of yuan. */
export function wanEn(yuan: number): string {
  return `CNY ${Number((yuan / 1e6).toFixed(4)).toLocaleString("en-US")} million`;
}
