/** What every target form's assessment works from: the target with its defaults applied, the cleaned observations and the thresholds. */
import type { Direction, Measure } from "../indicators/indicator.ts";
import type { TargetSpec } from "../targets/target.ts";
import type { BaselineUsed, YearValue } from "./schema.ts";
import type { StatusThresholds } from "./thresholds.ts";

export interface Context {
  target: TargetSpec;
  measure: Measure;
  direction: Direction;
  /** Usable observations: finite, one per year, by year, none after the horizon. */
  observations: YearValue[];
  thresholds: StatusThresholds;
}

/** The baseline stated with the target, if any. */
export function statedBaseline(target: TargetSpec): BaselineUsed | null {
  return target.baseline ? { ...target.baseline, source: "target" } : null;
}

/** Growth targets stated in percentage points (提高0.5个百分点) rather than in %. */
export function inPoints(target: TargetSpec): boolean {
  return target.unit !== undefined && target.unit.includes("百分点");
}
