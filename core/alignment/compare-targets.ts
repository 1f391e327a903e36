/**
 * 规划衔接 — alignment of a lower plan's target with a higher plan's target for the same indicator:
 * consistent, more ambitious, weaker, or not comparable (with the reason). Targets for the same year
 * compare on their levels; for different years on the level the higher plan's path reaches in the
 * lower plan's year, or on the required annual growth. A zone's count is part of the city's, so
 * counts and amounts of a part compare on growth only; shares and ratios compare as levels.
 */
import type { Direction, Measure } from "../indicators/indicator.ts";
import { levelAt, requiredGrowth, type AlignableTarget } from "./annual-growth.ts";

export type PlaceRelation = "same" | "part" | "other";
export type AlignmentVerdict = "consistent" | "more_ambitious" | "weaker" | "not_comparable";
export type AlignmentBasis = "level" | "projected_level" | "annual_growth" | "growth_rate";
type Text = { zh: string; en: string };

export type TargetComparison = {
  verdict: AlignmentVerdict;
  basis: AlignmentBasis | null;
  /** The two figures compared, in the basis's terms (a level, or a rate as a fraction / points). */
  lower: number | null;
  higher: number | null;
  /** For growth bases: compound (the figures are fractions a year) or linear (points a year). */
  rateBasis: "compound" | "linear" | null;
  reason: Text;
  notes: Text[];
};

export type CompareOptions = { measure: Measure; direction: Direction; relation: PlaceRelation; places?: { lower: string; higher: string } };

/** Relative difference under which two figures are taken as the same target. */
export const TOLERANCE = 0.005;

/** consistent within TOLERANCE, else more ambitious when the lower figure is better in the indicator's direction. */
export function judge(lower: number, higher: number, direction: Direction): AlignmentVerdict {
  const scale = Math.max(Math.abs(lower), Math.abs(higher), 1e-9);
  if (Math.abs(lower - higher) <= TOLERANCE * scale) return "consistent";
  return (lower > higher) === (direction === "higher_is_better") ? "more_ambitious" : "weaker";
}

const BASIS_TEXT: Record<AlignmentBasis, Text> = {
  level: { zh: "比较同一年的目标值", en: "target levels for the same year" },
  projected_level: { zh: "将上位规划的目标路径推算到下位规划的目标年后比较", en: "the higher plan's path projected to the lower plan's target year" },
  annual_growth: { zh: "比较所需年均增速", en: "required annual growth" },
  growth_rate: { zh: "比较增速目标", en: "growth-rate targets" },
};

function compared(basis: AlignmentBasis, lower: number, higher: number, direction: Direction, notes: Text[], rateBasis: TargetComparison["rateBasis"] = null): TargetComparison {
  return { verdict: judge(lower, higher, direction), basis, lower, higher, rateBasis, reason: BASIS_TEXT[basis], notes };
}

function notComparable(reason: Text, notes: Text[]): TargetComparison {
  return { verdict: "not_comparable", basis: null, lower: null, higher: null, rateBasis: null, reason, notes };
}

/** Compares the lower plan's target with the higher plan's. */
export function compareTargets(lower: AlignableTarget, higher: AlignableTarget, options: CompareOptions): TargetComparison {
  const { measure, direction, relation } = options;
  const notes: Text[] = [];
  const [ly, hy] = [lower.spec.targetYear, higher.spec.targetYear];
  if (ly !== hy) notes.push({ zh: `目标年不同（${ly}年 / ${hy}年）`, en: `different target years (${ly} / ${hy})` });
  if (relation !== "same") {
    const p = options.places ?? { lower: "下位规划地区", higher: "上位规划地区" };
    notes.push(
      relation === "part"
        ? { zh: `地区不同：${p.lower}是${p.higher}的一部分`, en: `different places: ${p.lower} is part of ${p.higher}` }
        : { zh: `地区不同：${p.lower}与${p.higher}没有隶属关系`, en: `different places: ${p.lower} is not part of ${p.higher}` },
    );
  }
  if (relation === "other") return notComparable({ zh: "两个地区互不包含，目标不可比", en: "the places do not contain one another" }, notes);

  const lg = requiredGrowth(lower, measure);
  const hg = requiredGrowth(higher, measure);
  if (lower.spec.kind === "growth" && higher.spec.kind === "growth") {
    if (lg!.basis !== hg!.basis) return notComparable({ zh: "一个是百分比增速，一个是百分点增幅", en: "one rate is in %, the other in percentage points" }, notes);
    return compared("growth_rate", lg!.rate, hg!.rate, direction, notes, lg!.basis);
  }
  const growthComparable = lg && hg && lg.basis === hg.basis;
  const extensive = measure === "count" || measure === "amount";
  if (extensive && relation === "part") {
    if (growthComparable) return compared("annual_growth", lg.rate, hg.rate, direction, notes, lg.basis);
    return notComparable(
      { zh: "部分地区的总量不能与整体总量直接比较，且缺少基期值无法比较增速", en: "a part's total cannot be compared with the whole's, and without baselines growth cannot be compared" },
      notes,
    );
  }
  const lowerLevel = levelAt(lower, ly, measure);
  if (ly === hy) {
    const higherLevel = levelAt(higher, hy, measure);
    if (lowerLevel !== null && higherLevel !== null) return compared("level", lowerLevel, higherLevel, direction, notes);
  } else {
    const projected = levelAt(higher, ly, measure);
    if (lowerLevel !== null && projected !== null) return compared("projected_level", lowerLevel, projected, direction, notes);
  }
  if (growthComparable) return compared("annual_growth", lg.rate, hg.rate, direction, notes, lg.basis);
  return notComparable(
    ly === hy
      ? { zh: "目标形式不同（如倍数与数值），且缺少基期值", en: "the targets take different forms (e.g. a multiple and a level) and lack baselines" }
      : { zh: "目标年不同，且缺少基期值，无法推算或比较年均增速", en: "the target years differ and without baselines neither a projection nor annual growth can be compared" },
    notes,
  );
}
