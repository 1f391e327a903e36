/**
 * The index builder (指数构建): the tree of dimensions and indicators with each node's direction and
 * weight, and the methods — normalisation, aggregation, imputation, outlier treatment. Every change
 * goes to the page's draft, which recomputes the ranking.
 */
import { Button, Flex, Form, Input, InputNumber, Select, Space, Table, Tag, Typography } from "antd";
import { useState } from "react";
import { useLanguage } from "../../i18n/i18n.context.tsx";
import type { MessageKey } from "../../i18n/zh.ts";
import {
  AGGREGATIONS,
  IMPUTATIONS,
  addRatio,
  ratioNodes,
  ratioOperands,
  removeRatio,
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
      <RatioEditor draft={draft} onChange={onChange} />
    </Flex>
  );
}

/** Ratio nodes beside the tree (numerator / denominator of two scores): listed, removed, added. */
function RatioEditor({ draft, onChange }: { draft: Draft; onChange(d: Draft): void }) {
  const { lang, t } = useLanguage();
  const [pick, setPick] = useState<{ numerator?: string; denominator?: string; name: string }>({ name: "" });
  const operands = ratioOperands(draft);
  const label = (code: string | null) => {
    const n = draft.nodes.find((x) => x.code === code);
    return n ? (lang === "zh" ? n.nameZh : n.nameEn) : (code ?? "—");
  };
  const ready = pick.numerator && pick.denominator && pick.numerator !== pick.denominator && pick.name.trim() !== "";
  const add = () => {
    if (!ready) return;
    const name = pick.name.trim();
    onChange(addRatio(draft, { numerator: pick.numerator!, denominator: pick.denominator!, nameZh: name, nameEn: name }));
    setPick({ name: "" });
  };
  const options = operands.map((n) => ({ value: n.code, label: lang === "zh" ? n.nameZh : n.nameEn }));
  return (
    <Flex vertical gap={6} data-testid="ratio-editor">
      <Typography.Text strong>{t("eval.ratio.title")}</Typography.Text>
      {ratioNodes(draft).length === 0 ? <Typography.Text type="secondary">{t("eval.ratio.none")}</Typography.Text> : null}
      {ratioNodes(draft).map((r) => (
        <Space key={r.code} data-testid={`ratio-${r.code}`}>
          <span>
            {lang === "zh" ? r.nameZh : r.nameEn} = {label(r.numerator)} / {label(r.denominator)}
          </span>
          <Button size="small" type="link" onClick={() => onChange(removeRatio(draft, r.code))}>
            {t("eval.ratio.remove")}
          </Button>
        </Space>
      ))}
      <Space wrap size="small">
        <Input size="small" style={{ width: 140 }} placeholder={t("eval.ratio.name")} value={pick.name} onChange={(e) => setPick({ ...pick, name: e.target.value })} data-testid="ratio-name" />
        <Select size="small" style={{ width: 150 }} placeholder={t("eval.ratio.numerator")} value={pick.numerator} onChange={(v: string) => setPick({ ...pick, numerator: v })} options={options} data-testid="ratio-numerator" />
        <span>/</span>
        <Select size="small" style={{ width: 150 }} placeholder={t("eval.ratio.denominator")} value={pick.denominator} onChange={(v: string) => setPick({ ...pick, denominator: v })} options={options} data-testid="ratio-denominator" />
        <Button size="small" disabled={!ready} onClick={add} data-testid="ratio-add">
          {t("eval.ratio.add")}
        </Button>
      </Space>
    </Flex>
  );
}
