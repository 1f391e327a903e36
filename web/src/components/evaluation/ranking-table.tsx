/** The ranking table: rank, place, score, every dimension's score and, once computed, the rank interval. */
import { Table, Tooltip } from "antd";
import type { ComputeResponse, RankInterval, RankedUnit } from "../../../../contract/indices.ts";
import { useLanguage } from "../../i18n/i18n.context.tsx";
import { formatRankQuantile } from "../../format/number.format.ts";

const score = (v: number | null | undefined): string => (v === null || v === undefined ? "—" : v.toFixed(2));

export function RankingTable(props: {
  ranking: ComputeResponse;
  intervals?: readonly RankInterval[];
  selected: string | null;
  onSelect(uCode: string): void;
}) {
  const { lang, t } = useLanguage();
  const { ranking, intervals, selected, onSelect } = props;
  const intervalOf = new Map((intervals ?? []).map((u) => [u.uCode, u]));
  const dims = ranking.aggregates.filter((a) => a.code !== ranking.root && a.level === Math.max(...ranking.aggregates.map((x) => x.level)) - 1);
  const columns = [
    { title: t("eval.col.rank"), dataIndex: "rank", key: "rank", width: 64, render: (v: number | null) => v ?? "—" },
    { title: t("eval.col.place"), dataIndex: "uName", key: "uName", width: 120 },
    { title: t("eval.col.score"), key: "score", width: 80, render: (_: unknown, u: RankedUnit) => <strong data-testid="score">{score(u.score)}</strong> },
    ...dims.map((d) => ({
      title: <Tooltip title={lang === "zh" ? d.nameZh : d.nameEn}>{lang === "zh" ? d.nameZh : d.nameEn}</Tooltip>,
      key: d.code,
      width: 84,
      render: (_: unknown, u: RankedUnit) => score(u.scores[d.code]),
    })),
    ...(ranking.ratios ?? []).map((r) => ({
      title: <Tooltip title={`${lang === "zh" ? r.nameZh : r.nameEn}`}>{lang === "zh" ? r.nameZh : r.nameEn}</Tooltip>,
      key: r.code,
      width: 84,
      render: (_: unknown, u: RankedUnit) => score(u.scores[r.code]),
    })),
    {
      title: t("eval.col.interval"),
      key: "interval",
      width: 110,
      render: (_: unknown, u: RankedUnit) => {
        const i = intervalOf.get(u.uCode);
        return i ? `${formatRankQuantile(i.q5)}–${formatRankQuantile(i.q95)}` : "…";
      },
    },
  ];
  return (
    <Table<RankedUnit>
      size="small"
      rowKey="uCode"
      columns={columns}
      dataSource={ranking.units}
      pagination={false}
      scroll={{ y: 420 }}
      rowClassName={(u) => (u.uCode === selected ? "ant-table-row-selected" : "")}
      onRow={(u) => ({ onClick: () => onSelect(u.uCode), style: { cursor: "pointer" }, "data-unit": u.uCode } as React.HTMLAttributes<HTMLElement>)}
      data-testid="ranking-table"
    />
  );
}
