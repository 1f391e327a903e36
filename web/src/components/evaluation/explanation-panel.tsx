/** A place's explanation: its score and rank, its change since the year before, and the contribution bars. */
import { Alert, Empty, Flex, Typography } from "antd";
import type { ExplainResponse } from "../../../../contract/indices.ts";
import { buildContributionOption } from "../../charts/contribution.chart.ts";
import { EChart } from "../echart.tsx";
import { useLanguage } from "../../i18n/i18n.context.tsx";

export function ExplanationPanel({ explanation }: { explanation: ExplainResponse | undefined }) {
  const { lang, t } = useLanguage();
  if (!explanation) return <Empty description={t("eval.explain.pick")} />;
  const e = explanation;
  const name = (c: { nameZh: string; nameEn: string }) => (lang === "zh" ? c.nameZh : c.nameEn);
  const indicators = e.contributions.filter((c) => c.level === 1).length;
  const delta = e.change ? e.change.score1 - e.change.score0 : 0;
  return (
    <Flex vertical gap={8} data-testid="explanation">
      <Typography.Text strong>{t("eval.explain.score", { name: e.uName, score: e.score?.toFixed(2) ?? "—", rank: e.rank ?? "—" })}</Typography.Text>
      {e.change ? (
        <Alert
          type={delta >= 0 ? "success" : "warning"}
          title={t("eval.explain.change", { year: e.change.time0, delta: `${delta >= 0 ? "+" : ""}${delta.toFixed(2)}`, rank0: e.change.rank0, rank1: e.change.rank1 })}
        />
      ) : null}
      {e.ratios.map((r) => (
        <Typography.Text key={r.code} data-testid={`explain-ratio-${r.code}`}>
          {t("eval.explain.ratio", {
            name: name(r),
            numerator: r.numeratorValue?.toFixed(2) ?? "—",
            denominator: r.denominatorValue?.toFixed(2) ?? "—",
            value: r.value?.toFixed(3) ?? "—",
          })}
        </Typography.Text>
      ))}
      <EChart option={buildContributionOption(e.contributions, name, t("eval.explain.contribution"))} height={Math.max(200, indicators * 24 + 40)} testId="contribution-chart" />
    </Flex>
  );
}
