/** A target-progress record for tests: 技术合同成交额 145.7 → 1100 亿元, parsed with the contract schema. */
import { TargetProgress } from "../../../contract/plans.ts";

/** Returns a fresh record; `over` replaces top-level fields. */
export function progressFixture(over: Partial<TargetProgress> = {}): TargetProgress {
  return TargetProgress.parse({
    indicator: "技术合同成交额",
    unit: "元",
    baseline: { value: 14_570_000_000, year: 2020 },
    target: { value: 110_000_000_000, valueMax: null, year: 2025, comparator: "=", kind: "level" },
    latest: { value: 86_510_000_000, year: 2023 },
    status: "on_track",
    requiredAnnualGrowth: 0.1276,
    realisedAnnualGrowth: 0.8108,
    projection: 1.5e11,
    targetId: 9,
    indicatorCode: "tech-contract-value",
    indicatorEn: "Value of technology contracts",
    placeCode: "500000",
    displayUnit: "亿元",
    displayScale: 1e8,
    decimals: 1,
    attribute: "expected",
    growthBasis: "compound",
    completion: 0.753,
    targetLevel: 110_000_000_000,
    observations: [{ value: 86_510_000_000, year: 2023 }],
    path: [
      { value: 14_570_000_000, year: 2020 },
      { value: 110_000_000_000, year: 2025 },
    ],
    source: { file: "003_d7f53db3d6bb61e0.txt", start: 10, end: 40, quote: "9技术合同成交额(亿元)145.71100预期性" },
    reason: "trend",
    needsBaseline: false,
    projectedCompletion: (1.5e11 - 14_570_000_000) / (110_000_000_000 - 14_570_000_000),
    realisedVsRequired: 0.8108 / 0.1276,
    realisedRange: null,
    projectionRange: null,
    projectionFlags: [],
    ...over,
  });
}
