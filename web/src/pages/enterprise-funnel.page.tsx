/**
 * Page `/enterprises/funnel` (企业培育): for a place, enterprises holding each status at each year's
 * end against the plan targets; the reported figures beside the registry's counts and their
 * difference (a sample registry's counts shown apart, labelled 示例数据, never as a figure); 高企
 * certificates lapsing within 12 months; and the 培育库 of enterprises qualifying next year on trend.
 */
import { Alert, Card, Flex, Table, Tag, Typography } from "antd";
import type { FunnelResponse } from "../../../contract/enterprises.ts";
import { STATUS_NAMES, type StatusKind } from "../../../core/enterprises/registry.model.ts";
import { useFunnel } from "../api/enterprises.api.ts";
import { buildFunnelOption } from "../charts/enterprise-funnel.chart.ts";
import { EChart } from "../components/echart.tsx";
import { PlaceSelect, useDefaultPlace } from "../components/enterprises/place-select.tsx";
import { QueryState } from "../components/query-state.tsx";
import { useLanguage } from "../i18n/i18n.context.tsx";

const KINDS = ["tech-any", "cq-tech", "tech-sme", "high-tech", "specialised", "little-giant", "star-market"] as const;
type Pool = FunnelResponse["pool"]["techSme"];

function PoolTable({ rows, testId }: { rows: Pool; testId: string }) {
  const { lang, t } = useLanguage();
  return (
    <Table size="small" pagination={{ pageSize: 10 }} rowKey="creditCode" dataSource={rows} data-testid={testId} columns={[
      { title: t("ent.col.name"), key: "name", render: (_, p) => <>{p.name} {p.sample && <Tag color="orange">{t("ent.sample")}</Tag>}</> },
      { title: t("funnel.gap"), dataIndex: "gapNow", width: 90 },
      { title: t("funnel.now"), key: "now", render: (_, p) => p.summaryNow[lang] },
      { title: t("funnel.nextYear"), key: "next", render: (_, p) => p.summaryNext[lang] },
    ]} />
  );
}

/** The funnel page. */
export function EnterpriseFunnelPage() {
  const { lang, t } = useLanguage();
  const [place, setPlace] = useDefaultPlace();
  const funnel = useFunnel(place);
  const f = funnel.data;
  const years = f ? [...new Set(f.counts.map((c) => c.year))] : [];
  const name = (k: (typeof KINDS)[number]) => (k === "tech-any" ? t("funnel.techAny") : STATUS_NAMES[k as StatusKind][lang]);
  const cell = (y: number, k: string) => {
    const c = f?.counts.find((x) => x.year === y && x.kind === k);
    if (!c) return 0;
    return c.real > 0 || c.sample === 0 ? c.real : <Typography.Text type="warning">{c.sample} <Tag color="orange">{t("ent.sample")}</Tag></Typography.Text>;
  };
  return (
    <Card title={t("funnel.title")} size="small" extra={<PlaceSelect value={place} onChange={setPlace} />}>
      {!f ? (
        <QueryState isLoading={funnel.isLoading} error={funnel.error} retry={() => void funnel.refetch()} />
      ) : (
        <Flex vertical gap={16}>
          {f.counts.some((c) => c.sample > 0) && <Alert type="warning" showIcon message={t("ent.sampleNote")} />}
          <Typography.Title level={5}>{t("funnel.counts")}</Typography.Title>
          <EChart testId="funnel-chart" height={260} option={buildFunnelOption(f, { line: (k) => name(k), sample: `（${t("ent.sample")}）`, target: ` · ${t("funnel.targets")}` })} />
          <Table size="small" pagination={false} rowKey="kind" data-testid="funnel-counts"
            dataSource={KINDS.map((k) => ({ kind: k }))}
            columns={[{ title: "", key: "kind", render: (_, r) => name(r.kind) }, ...years.map((y) => ({ title: String(y), key: String(y), render: (_: unknown, r: { kind: string }) => cell(y, r.kind) }))]} />
          {f.targets.length > 0 && (
            <>
              <Typography.Title level={5}>{t("funnel.targets")}</Typography.Title>
              <ul>{f.targets.map((x, i) => <li key={i}>{`${x.planCode} · ${x.indicatorCode} · ${x.targetYear}: ${x.comparator} ${x.value.toLocaleString()}`}</li>)}</ul>
            </>
          )}
          <Typography.Title level={5}>{t("funnel.figures")}</Typography.Title>
          <Table size="small" pagination={false} rowKey={(r) => `${r.indicatorCode}-${r.period}`} dataSource={f.figures} data-testid="funnel-figures" columns={[
            { title: "", dataIndex: "indicatorCode" },
            { title: "", dataIndex: "period" },
            { title: t("funnel.reported"), dataIndex: "reported", render: (v: number | null) => v ?? "—" },
            { title: t("funnel.registry"), dataIndex: "registry", render: (v: number | null) => v ?? "—" },
            { title: t("funnel.difference"), dataIndex: "difference", render: (v: number | null) => (v === null ? "—" : `${v > 0 ? "+" : ""}${v}`) },
            { title: t("funnel.sampleRegistry"), dataIndex: "sampleRegistry", render: (v: number | null) => (v === null ? "—" : <>{v} <Tag color="orange">{t("ent.sample")}</Tag></>) },
          ]} />
          <Typography.Title level={5}>{t("funnel.lapsing")}（{f.lapsing.length}）</Typography.Title>
          <Table size="small" pagination={{ pageSize: 10 }} rowKey="creditCode" dataSource={f.lapsing} columns={[
            { title: t("ent.col.name"), key: "name", render: (_, l) => <>{l.name} {l.sample && <Tag color="orange">{t("ent.sample")}</Tag>}</> },
            { title: t("ent.reference"), dataIndex: "reference" },
            { title: t("ent.validTo"), dataIndex: "validTo" },
          ]} />
          <Typography.Title level={5}>{t("funnel.pool")} · {t("ent.techSme")}</Typography.Title>
          <PoolTable rows={f.pool.techSme} testId="funnel-pool-tech-sme" />
          <Typography.Title level={5}>{t("funnel.pool")} · {t("ent.highTech")}</Typography.Title>
          <PoolTable rows={f.pool.highTech} testId="funnel-pool-high-tech" />
        </Flex>
      )}
    </Card>
  );
}
