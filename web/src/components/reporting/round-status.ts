/** Facts about a round for its list and header: today's date, whether it is overdue, and the districts and counties of the catalogue. */
import type { PlaceResponse } from "../../../../contract/catalogue.ts";
import type { RoundSummary } from "../../../../contract/reporting.ts";

/** A date as YYYY-MM-DD in the browser's time zone (today by default). */
export function localDate(date: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** An open round whose due date has passed (the due day itself still counts as in time). */
export function isOverdue(round: Pick<RoundSummary, "dueOn" | "status">, today: string = localDate()): boolean {
  return round.status === "open" && round.dueOn < today;
}

/** The kinds of place that are districts and counties (区县), the 38 units a city-wide round asks. */
export const DISTRICT_KINDS: ReadonlySet<string> = new Set(["district", "county"]);

/** The districts and counties of the catalogue, in catalogue order. */
export function districtsOf(places: readonly PlaceResponse[]): PlaceResponse[] {
  return places.filter((p) => DISTRICT_KINDS.has(p.kind));
}
