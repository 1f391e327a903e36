/** A plan's header: title, kind (规划 / 工作报告 and its year), 文号 (document number), issuer, period, 成文日期 (signed) and 发布日期 (published). */
import { Descriptions, Typography } from "antd";
import type { PlanDetail, PlanSummary } from "../../../contract/plans.ts";
import { useLanguage } from "../i18n/i18n.context.tsx";
import { zh, type MessageKey } from "../i18n/zh.ts";
import { DocumentKindTag } from "./review/document-kind-tag.tsx";

/** The localised name of a plan level ("city" → 市级); unknown levels are shown as they come. */
export function useLevelLabel() {
  const { t } = useLanguage();
  return (level: string) => {
    const key = `level.${level}`;
    return key in zh ? t(key as MessageKey) : level;
  };
}

/** "2021—2025" */
export function planPeriod(plan: Pick<PlanSummary, "periodStart" | "periodEnd">): string {
  return `${plan.periodStart}—${plan.periodEnd}`;
}

/** Title and facts of one plan. */
export function PlanHeader({ plan }: { plan: PlanDetail }) {
  const { lang, t } = useLanguage();
  const levelLabel = useLevelLabel();
  const none = t("common.none");
  const items = [
    { key: "kind", label: t("kind.column"), children: <DocumentKindTag documentKind={plan.documentKind} documentYear={plan.documentYear} testId="plan-kind" /> },
    { key: "doc", label: t("plan.docNumber"), children: plan.docNumber ?? none },
    { key: "issuer", label: t("plan.issuer"), children: plan.issuer ?? none },
    { key: "period", label: t("plan.period"), children: planPeriod(plan) },
    { key: "level", label: t("plan.level"), children: levelLabel(plan.level) },
    { key: "issued", label: t("plan.issuedOn"), children: plan.issuedOn ?? none },
    { key: "published", label: t("plan.publishedOn"), children: plan.publishedOn ?? none },
  ];
  return (
    <>
      <Typography.Title level={3} style={{ marginTop: 0, marginBottom: 4 }}>
        {lang === "zh" ? plan.titleZh : plan.titleEn}
      </Typography.Title>
      {lang === "zh" ? null : <Typography.Text type="secondary">{plan.titleZh}</Typography.Text>}
      <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 3 }} items={items} style={{ marginTop: 12 }} />
    </>
  );
}
