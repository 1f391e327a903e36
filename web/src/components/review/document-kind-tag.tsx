/**
 * What a document was recognised as: 规划 (plan) or 工作报告 (report), with the year it speaks for
 * (a report's own year: its targets are that year's, its actuals the year before's).
 */
import { Tag } from "antd";
import type { PlanSummary } from "../../../../contract/plans.ts";
import { useLanguage } from "../../i18n/i18n.context.tsx";

type Props = Pick<PlanSummary, "documentKind" | "documentYear"> & { testId?: string };

/** A tag such as 「工作报告 · 2023年」. */
export function DocumentKindTag({ documentKind, documentYear, testId }: Props) {
  const { t } = useLanguage();
  const label = t(documentKind === "report" ? "kind.report" : "kind.plan");
  const year = documentYear !== null ? t("kind.year", { year: documentYear }) : null;
  return (
    <Tag color={documentKind === "report" ? "purple" : "blue"} data-kind={documentKind} data-year={documentYear ?? ""} data-testid={testId}>
      {year ? `${label} · ${year}` : label}
    </Tag>
  );
}
