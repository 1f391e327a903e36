/** Response shapes of the catalogue: indicators, places (区县, 园区, 科学城) and responsible bodies (部门). */
import { z } from "zod";
import { Indicator } from "../core/indicators/indicator.ts";

export const IndicatorResponse = Indicator;
export type IndicatorResponse = z.infer<typeof IndicatorResponse>;

/** city, district (区), county (县), science_city, core_zone, hightech_zone, innovation_zone, park … */
export const PlaceKind = z.string();

export const PlaceResponse = z.object({
  code: z.string(),
  nameZh: z.string(),
  nameEn: z.string(),
  kind: PlaceKind,
  /** Official administrative-division code (GB/T 2260) where the place is a division. */
  adminCode: z.string().nullable(),
  parentCode: z.string().nullable(),
  /** Codes of the groupings this place belongs to (a district may sit in the Science City and a zone). */
  memberOf: z.array(z.string()),
  /** Codes of the places grouped under this one. */
  members: z.array(z.string()),
});
export type PlaceResponse = z.infer<typeof PlaceResponse>;

export const BodyResponse = z.object({
  code: z.string(),
  nameZh: z.string(),
  fullNameZh: z.string(),
  nameEn: z.string(),
});
export type BodyResponse = z.infer<typeof BodyResponse>;
