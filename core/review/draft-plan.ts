/**
 * What an imported document says about the plan it is: its title (metadata already gives the plan's
 * own title, not a covering notice's), period (from the title: "(2023—2027年)", "十四五"), 文号,
 * issuer, dates, and the place it is about (the longest place name in the title). A report (工作报告)
 * covers the year it reviews and its own year, whatever plan periods it quotes. Pure: the caller
 * passes the places it knows and what kind of document the text was recognised as.
 */
import type { DocumentMetadata } from "../documents/metadata.ts";
import type { DocumentKind } from "../documents/document-kind.ts";
import { detectPlanPeriod } from "../extraction/plan-period.ts";

export type PlaceName = { code: string; nameZh: string; kind: string };

export type PlanDraft = {
  titleZh: string;
  docNumber: string | null;
  issuer: string | null;
  issuedOn: string | null;
  publishedOn: string | null;
  periodStart: number;
  periodEnd: number;
  /** Whether the period was read from the title (else it is the document's year). */
  periodFound: boolean;
  placeCode: string | null;
  level: string;
  /** plan or report, and the year the document speaks for (a report's own year). */
  kind: DocumentKind;
  year: number | null;
};

/** What a text was recognised as (core/documents/document-kind); absent, a plan of unknown year. */
export type RecognisedKind = { kind: DocumentKind; year: number | null };

/** Plan level of a place kind: the city's plans are municipal, a district's district, a zone's zone. */
export function levelOfPlace(kind: string | undefined): string {
  if (!kind || kind === "city") return "municipal";
  if (kind === "district" || kind === "county") return "district";
  return "zone";
}

/** Names in a title: the city's short form (重庆市 → 重庆) counts only when the full name is absent. */
function findPlace(title: string, places: ReadonlyArray<PlaceName>): PlaceName | undefined {
  const named = places.filter((p) => title.includes(p.nameZh));
  if (named.length) return named.sort((a, b) => b.nameZh.length - a.nameZh.length)[0];
  return undefined;
}

/** A report's period: the year it reviews (its results) and its own year (its goals). */
export function reportPeriod(year: number): { start: number; end: number } {
  return { start: year - 1, end: year };
}

/** The plan a document describes; `fallbackTitle` (the file name) when the text states none. */
export function draftPlan(
  text: string,
  metadata: DocumentMetadata,
  places: ReadonlyArray<PlaceName>,
  fallbackTitle: string,
  today = new Date(),
  recognised: RecognisedKind = { kind: "plan", year: null },
): PlanDraft {
  const titleZh = metadata.title?.value ?? fallbackTitle;
  const period = recognised.kind === "report" && recognised.year !== null ? reportPeriod(recognised.year) : (detectPlanPeriod(titleZh) ?? detectPlanPeriod(text));
  const dateYear = Number((metadata.writtenDate ?? metadata.publishedDate)?.value.slice(0, 4)) || today.getFullYear();
  const place = findPlace(titleZh, places);
  return {
    titleZh,
    docNumber: metadata.documentNumber?.value ?? null,
    issuer: metadata.issuer?.value ?? null,
    issuedOn: metadata.writtenDate?.value ?? null,
    publishedOn: metadata.publishedDate?.value ?? null,
    periodStart: period?.start ?? dateYear,
    periodEnd: period?.end ?? dateYear,
    periodFound: period !== null,
    placeCode: place?.code ?? null,
    level: levelOfPlace(place?.kind),
    kind: recognised.kind,
    year: recognised.year,
  };
}

/** A code for an import: a plan's period (a report's year) and the first characters of the text's SHA-256. */
export function importedPlanCode(draft: Pick<PlanDraft, "periodStart" | "periodEnd"> & Partial<Pick<PlanDraft, "kind" | "year">>, sha256: string): string {
  if (draft.kind === "report" && draft.year) return `report-${draft.year}-${sha256.slice(0, 6)}`;
  return `plan-${draft.periodStart}-${draft.periodEnd}-${sha256.slice(0, 6)}`;
}
