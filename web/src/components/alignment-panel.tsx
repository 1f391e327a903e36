/**
 * 规划衔接 panel of a plan's dashboard: the plan's targets against another plan's (its parent by
 * default, else a plan under it), indicator by indicator, with the verdict and why.
 */
import { Card, Flex, Select, Table, Tag, Typography } from "antd";
import type { ColumnsType } from "antd/es/table";
import { useState } from "react";
import type { AlignmentRow } from "../../../contract/alignment.ts";
import type { PlanDetail } from "../../../contract/plans.ts";
import type { Comparator } from "../../../core/targets/target.ts";
import { usePlans } from "../api/plans.api.ts";
import { useAlignment } from "../api/review.api.ts";
import { comparatorSymbol, formatNumber } from "../format/number.format.ts";
import type { Language } from "../i18n/translate.ts";
import { useLanguage } from "../i18n/i18n.context.tsx";
import { QueryState } from "./query-state.tsx";

const VERDICT_COLOR = { consistent: "blue", more_ambitious: "green", weaker: "red", not_comparable: "default" } as const;

const target = (t: AlignmentRow["lower"], lang: Language) =>
  `${t.kind === "multiple" ? "×" : comparatorSymbol(t.comparator as Comparator)}${formatNumber(t.value, 4, lang)} (${t.year})`;

/** A compared figure: a level as is, a compound rate in %, a linear rate in points a year. */
function figure(value: number | null, row: AlignmentRow, lang: Language): string {
  if (value === null) return "—";
  const perYear = lang === "zh" ? "/年" : "/yr";
  if (row.rateBasis === "compound") return `${formatNumber(value * 100, 2, lang)}%${perYear}`;
  if (row.rateBasis === "linear") return `${formatNumber(value, 3, lang)}${perYear}`;
  return formatNumber(Number(value.toPrecision(4)), 4, lang);
}

export function AlignmentPanel({ plan }: { plan: PlanDetail }) {
  const { lang, t } = useLanguage();
  const plans = usePlans();
  const others = (plans.data ?? []).filter((p) => p.code !== plan.code);
  const fallback = plan.parentCode ?? others.find((p) => p.parentCode === plan.code)?.code;
  const [chosen, setChosen] = useState<string | undefined>();
  const other = chosen ?? fallback;
  const alignment = useAlignment(plan.code, other);
  const columns: ColumnsType<AlignmentRow> = [
    { title: t("col.indicator"), key: "indicator", render: (_, r) => (lang === "zh" ? r.indicatorZh : r.indicatorEn) },
    { title: t("align.lower"), key: "lower", render: (_, r) => target(r.lower, lang) },
    { title: t("align.higher"), key: "higher", render: (_, r) => target(r.higher, lang) },
    { title: t("align.verdict"), key: "verdict", render: (_, r) => <Tag color={VERDICT_COLOR[r.verdict]}>{t(`align.${r.verdict}`)}</Tag> },
    {
      title: t("align.basis"),
      key: "basis",
      render: (_, r) => (
        <Flex vertical>
          <span>{r.reason[lang]}{r.basis ? `${lang === "zh" ? "：" : ": "}${figure(r.lowerFigure, r, lang)} / ${figure(r.higherFigure, r, lang)}` : ""}</span>
          {r.notes.map((n) => <Typography.Text key={n.en} type="secondary" style={{ fontSize: 12 }}>{n[lang]}</Typography.Text>)}
        </Flex>
      ),
    },
  ];
  return (
    <Card
      size="small"
      title={t("align.title")}
      data-testid="alignment-panel"
      extra={<Select size="small" style={{ width: 320 }} value={other} onChange={setChosen} placeholder={t("align.with")} options={others.map((p) => ({ value: p.code, label: lang === "zh" ? p.titleZh : p.titleEn }))} />}
    >
      {alignment.data ? (
        <>
          <Table<AlignmentRow> rowKey={(r) => `${r.lower.targetId}-${r.higher.targetId}`} size="small" pagination={false} columns={columns} dataSource={alignment.data.rows} locale={{ emptyText: t("align.none") }} />
          {alignment.data.onlyLower.length ? <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>{t("align.onlyLower", { codes: alignment.data.onlyLower.join("、") })}</Typography.Paragraph> : null}
        </>
      ) : other ? (
        <QueryState isLoading={alignment.isLoading} error={alignment.error} />
      ) : null}
    </Card>
  );
}
