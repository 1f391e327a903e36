/**
 * The index builder (指数构建): the tree of dimensions and indicators with each node's direction and
 * weight, and the methods — normalisation, aggregation, imputation, outlier treatment. Every change
 * goes to the page's draft, which recomputes the ranking.
 */
import { Flex, Form, InputNumber, Select, Table, Tag } from "antd";
import { useLanguage } from "../../i18n/i18n.context.tsx";
import type { MessageKey } from "../../i18n/zh.ts";
import {
  AGGREGATIONS,
  IMPUTATIONS,
  NORMALISATIONS,
  aggregationOf,
  imputationOf,
  normalisationOf,
  setAggregation,
  setDirection,
  setImputation,
  setNormalisation,
  setTreatment,
  setWeight,
  treatedOf,
  treeRows,
  type Draft,
  type TreeRow,
} from "./draft.ts";

export function IndexBuilder({ draft, onChange }: { draft: Draft; onChange(d: Draft): void }) {
  const { lang, t } = useLanguage();
  const rows = treeRows(draft.nodes);
  const options = <T extends string>(values: readonly T[], prefix: string) => values.map((v) => ({ value: v, label: t(`${prefix}.${v}` as MessageKey) }));
  const columns = [
    {
      title: t("eval.col.node"),
      key: "name",
      render: (_: unknown, r: TreeRow) => (
        <span>
          {lang === "zh" ? r.node.nameZh : r.node.nameEn}
          {r.node.unit ? <Tag style={{ marginInlineStart: 6 }}>{r.node.unit}</Tag> : null}
        </span>
      ),
    },
    {
      title: t("eval.col.direction"),
      key: "direction",
      width: 112,
      render: (_: unknown, r: TreeRow) =>
        r.node.level === 1 ? (
          <Select
            size="small"
            value={r.node.direction ?? 1}
            style={{ width: 100 }}
            onChange={(v: 1 | -1) => onChange(setDirection(draft, r.node.code, v))}
            options={[
              { value: 1, label: t("eval.direction.up") },
              { value: -1, label: t("eval.direction.down") },
            ]}
            data-testid={`direction-${r.node.code}`}
          />
        ) : null,
    },
    {
      title: t("eval.col.weight"),
      key: "weight",
      width: 96,
      render: (_: unknown, r: TreeRow) =>
        r.node.parent === null ? null : (
          <InputNumber
            size="small"
            min={0}
            max={100}
            step={0.5}
            value={r.node.weight ?? 1}
            style={{ width: 80 }}
            onChange={(v) => v !== null && onChange(setWeight(draft, r.node.code, v))}
            data-testid={`weight-${r.node.code}`}
          />
        ),
    },
  ];
  return (
    <Flex vertical gap={12}>
      <Form layout="vertical" size="small" style={{ display: "grid", gridTemplateColumns: "1fr 1fr", columnGap: 12 }}>
        <Form.Item label={t("eval.method.normalise")} style={{ marginBottom: 8 }}>
          <Select value={normalisationOf(draft)} onChange={(v) => onChange(setNormalisation(draft, v))} options={options(NORMALISATIONS, "eval.norm")} data-testid="method-normalise" />
        </Form.Item>
        <Form.Item label={t("eval.method.aggregate")} style={{ marginBottom: 8 }}>
          <Select value={aggregationOf(draft)} onChange={(v) => onChange(setAggregation(draft, v))} options={options(AGGREGATIONS, "eval.agg")} data-testid="method-aggregate" />
        </Form.Item>
        <Form.Item label={t("eval.method.impute")} style={{ marginBottom: 8 }}>
          <Select value={imputationOf(draft)} onChange={(v) => onChange(setImputation(draft, v))} options={options(IMPUTATIONS, "eval.impute")} />
        </Form.Item>
        <Form.Item label={t("eval.method.treat")} style={{ marginBottom: 8 }}>
          <Select
            value={treatedOf(draft) ? "on" : "off"}
            onChange={(v) => onChange(setTreatment(draft, v === "on"))}
            options={[
              { value: "on", label: t("eval.treat.on") },
              { value: "off", label: t("eval.treat.off") },
            ]}
          />
        </Form.Item>
      </Form>
      <Table<TreeRow>
        size="small"
        rowKey="key"
        columns={columns}
        dataSource={rows}
        pagination={false}
        expandable={{ defaultExpandAllRows: true }}
        data-testid="index-builder"
      />
    </Flex>
  );
}
