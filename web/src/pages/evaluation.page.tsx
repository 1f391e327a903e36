/**
 * Page `/evaluation` (评价排名): pick an index, edit its tree and methods in the builder, and see the
 * ranking, its rank intervals, its sensitivity to each method choice and a place's explanation recomputed by the API as you edit (debounced).
 * Rank intervals and sensitivity run as server jobs: a progress bar with a cancel button while they run.
 * Indices on generated data carry a banner saying it is sample data, not statistics. Saving and
 * importing are for those who may manage indices; everyone signed in may try changes.
 */
import { DownloadOutlined, ImportOutlined } from "@ant-design/icons";
import { Alert, App, Button, Card, Col, Dropdown, Flex, Row, Segmented, Select, Tag, Tooltip, Typography } from "antd";
import { useEffect, useMemo, useState } from "react";
import { useSearchParams } from "react-router-dom";
import { useCan } from "../access/use-can.ts";
import { exportUrl, useExplanation, useIndexDefinition, useIndexList, useRankIntervals, useRanking, useSaveIndex, useSensitivity } from "../api/indices.api.ts";
import { buildRankIntervalOption } from "../charts/rank-interval.chart.ts";
import { EChart } from "../components/echart.tsx";
import { QueryState } from "../components/query-state.tsx";
import type { Draft } from "../components/evaluation/draft.ts";
import { ExplanationPanel } from "../components/evaluation/explanation-panel.tsx";
import { ImportModal } from "../components/evaluation/import-modal.tsx";
import { IndexBuilder } from "../components/evaluation/index-builder.tsx";
import { JobProgress } from "../components/evaluation/job-progress.tsx";
import { RankingTable } from "../components/evaluation/ranking-table.tsx";
import { SensitivityPanel } from "../components/evaluation/sensitivity-panel.tsx";
import { useDebounced } from "../components/evaluation/use-debounced.ts";
import { useLanguage } from "../i18n/i18n.context.tsx";
import { downloadRanking, type TableFormat } from "../api/table-export.api.ts";
import type { DataSource } from "../../../contract/indices.ts";

// Replications a person may pick: quick while editing, finer for the final figures (as a job with progress).
const REPLICATION_CHOICES = [200, 1000, 5000];
const SEED = 1;
// Base sample of the variance decomposition: N·(k + 2) model runs, small enough to follow the edits.
const SENSITIVITY_N = 64;

export function EvaluationPage() {
  const { lang, t } = useLanguage();
  const { message } = App.useApp();
  const [params, setParams] = useSearchParams();
  const list = useIndexList();
  const code = params.get("index") ?? list.data?.[0]?.code;
  const definition = useIndexDefinition(code);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [year, setYear] = useState<number | undefined>();
  const [selected, setSelected] = useState<string | null>(null);
  const [importOpen, setImportOpen] = useState(false);
  // The stored data table (uploaded, or sample data) or the approved figures districts reported.
  const [source, setSource] = useState<DataSource | undefined>();
  const [replications, setReplications] = useState(REPLICATION_CHOICES[0]!);
  const save = useSaveIndex();
  const canManage = useCan("index_manage");

  useEffect(() => {
    if (definition.data) setDraft({ nodes: definition.data.nodes, pipeline: definition.data.pipeline });
    setSelected(null);
    setYear(undefined);
    setSource(undefined);
  }, [definition.data]);

  const settled = useDebounced(draft, 400);
  const body = useMemo(() => (settled ? { nodes: settled.nodes, pipeline: settled.pipeline, year, source } : null), [settled, year, source]);
  const ranking = useRanking(code, body);
  const intervals = useRankIntervals(code, body, replications, SEED);
  const sensitivity = useSensitivity(code, body, SENSITIVITY_N, SEED);
  const time = ranking.data?.time ?? undefined;
  const previous = time !== undefined && ranking.data?.years.includes(time - 1) ? time - 1 : undefined;
  const explanation = useExplanation(code, body, selected, previous);

  const def = definition.data;
  const sample = ranking.data?.sample ?? def?.sample ?? false;
  const chartLabels = { nominal: t("eval.chart.nominal"), median: t("eval.chart.median"), interval: t("eval.chart.interval"), rank: t("eval.chart.rank") };
  const onSave = async () => {
    if (!def || !draft) return;
    await save.mutateAsync({ code: def.code, nameZh: def.nameZh, nameEn: def.nameEn, placeKinds: def.placeKinds, placeCodes: def.placeCodes, years: def.years, nodes: draft.nodes, pipeline: draft.pipeline, dataSource: def.dataSource });
    await definition.refetch();
    void message.success(t("eval.saved"));
  };
  // The ranking as on screen — unsaved edits, year, data source, the interval's replications and seed — as Excel or CSV; then the COINr-style files.
  const edited = !!def && !!settled && JSON.stringify({ n: settled.nodes, p: settled.pipeline }) !== JSON.stringify({ n: def.nodes, p: def.pipeline });
  const exportRanking = (format: TableFormat) => {
    if (!code) return;
    const draft = edited && settled ? { nodes: settled.nodes, pipeline: settled.pipeline } : {};
    downloadRanking(code, format, lang, { ...draft, year: ranking.data?.time ?? undefined, source, replications, seed: SEED }).catch((e: unknown) => void message.error(e instanceof Error ? e.message : String(e)));
  };
  const rankingItems = (["xlsx", "csv"] as const).map((format) => ({
    key: `ranking-${format}`,
    label: <span onClick={() => exportRanking(format)} data-testid={`export-ranking-${format}`}>{t(`eval.export.ranking.${format}`)}</span>,
  }));
  const exportItems = [
    ...rankingItems,
    ...(["idata", "imeta", "pipeline"] as const).map((table) => ({
      key: table,
      label: <a href={code ? exportUrl(code, table) : undefined} download data-testid={`export-${table}`}>{t(`eval.export.${table}`)}</a>,
    })),
  ];

  return (
    <Flex vertical gap={12}>
      <Flex align="center" gap={12} wrap>
        <Typography.Title level={4} style={{ margin: 0 }}>{t("eval.title")}</Typography.Title>
        <Select
          style={{ minWidth: 280 }}
          value={code}
          loading={list.isLoading}
          onChange={(v: string) => setParams({ index: v })}
          options={(list.data ?? []).map((d) => ({ value: d.code, label: `${lang === "zh" ? d.nameZh : d.nameEn}${d.sample ? ` · ${t("eval.sampleTag")}` : ""}` }))}
          data-testid="index-select"
        />
        {ranking.data ? (
          <Select size="middle" style={{ width: 100 }} value={ranking.data.time ?? undefined} onChange={(y: number) => setYear(y)} options={ranking.data.years.map((y) => ({ value: y, label: String(y) }))} aria-label={t("eval.year")} />
        ) : null}
        {def ? (
          <Segmented
            value={source ?? def.dataSource}
            onChange={(v) => setSource(v as DataSource)}
            options={[
              { value: "dataset", label: t("eval.source.dataset") },
              { value: "database", label: t("eval.source.database") },
            ]}
            data-testid="data-source"
          />
        ) : null}
        <Flex gap={8} style={{ marginInlineStart: "auto" }}>
          {canManage ? <Button icon={<ImportOutlined />} onClick={() => setImportOpen(true)} data-testid="open-index-import">{t("eval.import")}</Button> : null}
          <Dropdown menu={{ items: exportItems }}><Button icon={<DownloadOutlined />}>{t("eval.export")}</Button></Dropdown>
        </Flex>
      </Flex>
      {sample ? <Alert type="warning" showIcon banner title={t("eval.sampleBanner")} data-testid="sample-banner" /> : null}
      <QueryState isLoading={list.isLoading || definition.isLoading} error={list.error ?? definition.error ?? ranking.error} />
      <Row gutter={[12, 12]}>
        <Col xs={24} xl={9}>
          <Card
            size="small"
            title={t("eval.builder")}
            extra={
              <Flex gap={8}>
                <Button size="small" onClick={() => def && setDraft({ nodes: def.nodes, pipeline: def.pipeline })}>{t("eval.reset")}</Button>
                <Tooltip title={canManage ? undefined : t("access.noRight")}>
                  <Button size="small" type="primary" disabled={!canManage} loading={save.isPending} onClick={() => void onSave()} data-testid="save-index">{t("eval.save")}</Button>
                </Tooltip>
              </Flex>
            }
          >
            {draft ? <IndexBuilder key={code} draft={draft} onChange={setDraft} /> : null}
          </Card>
        </Col>
        <Col xs={24} xl={15}>
          <Flex vertical gap={12}>
            <Card size="small" title={<>{t("eval.ranking")} {sample ? <Tag color="orange">{t("eval.sampleTag")}</Tag> : null}</>} extra={ranking.data && ranking.data.missing.length > 0 ? <Typography.Text type="secondary">{t("eval.missing", { count: ranking.data.missing.length })}</Typography.Text> : null}>
              {ranking.data ? <RankingTable ranking={ranking.data} intervals={intervals.result?.units} selected={selected} onSelect={setSelected} /> : null}
            </Card>
            <Card
              size="small"
              title={t("eval.chart")}
              extra={
                <Flex align="center" gap={8}>
                  <Typography.Text type="secondary">{t("eval.uncertaintyNote", { n: replications, seed: SEED })}</Typography.Text>
                  <Select size="small" value={replications} onChange={setReplications} options={REPLICATION_CHOICES.map((n) => ({ value: n, label: String(n) }))} aria-label={t("eval.replications")} data-testid="replications" />
                </Flex>
              }
            >
              <JobProgress state={intervals} testId="intervals-progress" />
              {intervals.result ? <EChart option={buildRankIntervalOption(intervals.result.units, chartLabels)} height={Math.max(240, intervals.result.units.length * 18 + 60)} testId="rank-interval-chart" /> : <QueryState isLoading={intervals.isLoading} error={intervals.error} />}
            </Card>
            <Card size="small" title={t("eval.sens")} extra={<Typography.Text type="secondary">{t("eval.sens.settings", { n: SENSITIVITY_N, seed: SEED })}</Typography.Text>}>
              <JobProgress state={sensitivity} testId="sensitivity-progress" />
              {sensitivity.result ? <SensitivityPanel sensitivity={sensitivity.result} /> : <QueryState isLoading={sensitivity.isLoading} error={sensitivity.error} />}
            </Card>
            <Card size="small" title={t("eval.explain")}>
              <ExplanationPanel explanation={selected ? explanation.data : undefined} />
            </Card>
          </Flex>
        </Col>
      </Row>
      <ImportModal open={importOpen} onClose={() => setImportOpen(false)} onImported={(c) => setParams({ index: c })} />
    </Flex>
  );
}
