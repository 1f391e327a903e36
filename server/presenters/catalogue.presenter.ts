/** Catalogue rows → contract responses. */
import type { Selectable } from "kysely";
import { Aggregation, type Indicator } from "../../core/indicators/indicator.ts";
import type { BodyResponse, PlaceResponse } from "../../contract/catalogue.ts";
import type { BodiesTable, IndicatorRow, PlaceMembershipsTable, PlacesTable } from "../db/schema.ts";

export function presentIndicator(row: IndicatorRow): Indicator {
  return {
    code: row.code,
    nameZh: row.name_zh,
    nameEn: row.name_en,
    unit: row.unit,
    displayUnit: row.display_unit ?? undefined,
    displayScale: row.display_scale,
    decimals: row.decimals,
    measure: row.measure as Indicator["measure"],
    direction: row.direction as Indicator["direction"],
    periodicity: row.periodicity as Indicator["periodicity"],
    aggregation: Aggregation.parse(row.aggregation),
    definition: row.definition ?? undefined,
  };
}

export function presentPlaces(
  places: Selectable<PlacesTable>[],
  memberships: Selectable<PlaceMembershipsTable>[],
): PlaceResponse[] {
  return places.map((p) => ({
    code: p.code,
    nameZh: p.name_zh,
    nameEn: p.name_en,
    kind: p.kind,
    adminCode: p.admin_code,
    parentCode: p.parent_code,
    memberOf: memberships.filter((m) => m.member_code === p.code).map((m) => m.group_code),
    members: memberships.filter((m) => m.group_code === p.code).map((m) => m.member_code),
  }));
}

export function presentBody(row: Selectable<BodiesTable>): BodyResponse {
  return { code: row.code, nameZh: row.name_zh, fullNameZh: row.full_name_zh, nameEn: row.name_en };
}
