/** Sensitivity of the ranking: Si and STi per uncertain input, and the mean rank shift when each dimension is dropped. */
import { Alert, Flex, Table, Typography } from "antd";
import type { SensitivityResponse } from "../../../../contract/indices.ts";
import { buildSensitivityOption, sensitivityBars } from "../../charts/sensitivity.chart.ts";
import { EChart } from "../echart.tsx";
import { useLanguage } from "../../i18n/i18n.context.tsx";

type Drop = SensitivityResponse["drops"][number];

const INPUT_KEYS = {
  impute: "eval.sens.input.impute",
  winsorMaxPoints: "eval.sens.input.winsorMaxPoints",
  normalise: "eval.sens.input.normalise",
  weights: "eval.sens.input.weights",
  aggregate: "eval.sens.input.aggregate",
} as const;

export function SensitivityPanel({ sensitivity }: { sensitivity: SensitivityResponse }) {
  const { lang, t } = useLanguage();
  const input = (name: string) => (name in INPUT_KEYS ? t(INPUT_KEYS[name as keyof typeof INPUT_KEYS]) : name);
  const { clamped } = sensitivityBars(sensitivity.indices);
  // Largest effect first: the dimension the ranking leans on most.
  const drops = [...sensitivity.drops].sort((a, b) => b.meanRankShift - a.meanRankShift);
  return (
    <Flex vertical gap={8} data-testid="sensitivity">
      <EChart option={buildSensitivityOption(sensitivity.indices, { firstOrder: t("eval.sens.firstOrder"), total: t("eval.sens.total"), input })} height={240} testId="sensitivity-chart" />
      <Typography.Text type="secondary">{t("eval.sens.note")}</Typography.Text>
      {clamped.length > 0 ? <Alert type="info" showIcon title={t("eval.sens.clamped", { inputs: clamped.map(input).join(lang === "zh" ? "、" : ", ") })} data-testid="sensitivity-clamped" /> : null}
      <Table<Drop>
        size="small"
        pagination={false}
        rowKey="code"
        dataSource={drops}
        data-testid="drop-table"
        columns={[
          { title: t("eval.sens.dropped"), key: "name", render: (_: unknown, d) => (lang === "zh" ? d.nameZh : d.nameEn) },
          { title: t("eval.sens.shift"), dataIndex: "meanRankShift", key: "shift", width: 160, align: "right", render: (v: number) => v.toFixed(2) },
        ]}
      />
    </Flex>
  );
}
