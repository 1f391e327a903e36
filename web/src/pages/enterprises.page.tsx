/**
 * Page `/enterprises` (企业库, signed-in people with registry access): the registry searched by name
 * or credit code, filtered by place and status, paged by cursor; a row opens the enterprise's card —
 * statuses with validity, yearly figures, both rule packs' explained assessments and its history.
 * Generated enterprises are tagged 示例数据.
 */
import { Alert, Button, Card, Drawer, Flex, Input, Select, Space, Table, Tabs, Tag, Timeline } from "antd";
import { useState } from "react";
import type { EnterpriseSummary } from "../../../contract/enterprises.ts";
import { STATUS_KINDS, STATUS_NAMES, type StatusKind } from "../../../core/enterprises/registry.model.ts";
import { useEnterprise, useEnterprises } from "../api/enterprises.api.ts";
import { AssessmentView } from "../components/enterprises/assessment-view.tsx";
import { PlaceSelect, useDefaultPlace } from "../components/enterprises/place-select.tsx";
import { QueryState } from "../components/query-state.tsx";
import { useLanguage } from "../i18n/i18n.context.tsx";

const wan = (v: number | null | undefined) => (typeof v === "number" ? Number((v / 1e4).toFixed(1)).toLocaleString() : "—");

function EnterpriseCard({ code, onClose }: { code: string | undefined; onClose: () => void }) {
  const { lang, t } = useLanguage();
  const card = useEnterprise(code);
  const e = card.data;
  return (
    <Drawer open={Boolean(code)} onClose={onClose} width={860} title={e ? <>{e.name} {e.sample && <Tag color="orange">{t("ent.sample")}</Tag>}</> : t("ent.card")} data-testid="enterprise-card">
      {!e ? (
        <QueryState isLoading={card.isLoading} error={card.error} retry={() => void card.refetch()} />
      ) : (
        <Tabs
          items={[
            {
              key: "figures",
              label: t("ent.years"),
              children: (
                <Space direction="vertical" style={{ width: "100%" }}>
                  <div>{e.creditCode} · {e.placeCode}{e.zoneCode ? ` · ${e.zoneCode}` : ""}{e.industryCode ? ` · ${e.industryCode}` : ""}</div>
                  <Table size="small" pagination={false} rowKey={(s) => `${s.kind}-${s.validFrom}`} dataSource={e.statuses} columns={[
                    { title: t("ent.statuses"), key: "kind", render: (_, s) => STATUS_NAMES[s.kind][lang] },
                    { title: t("ent.reference"), dataIndex: "reference" },
                    { title: t("ent.validFrom"), dataIndex: "validFrom" },
                    { title: t("ent.validTo"), dataIndex: "validTo", render: (v: string | null) => v ?? "—" },
                  ]} />
                  <Table size="small" pagination={false} rowKey="year" dataSource={e.years} columns={[
                    { title: t("ent.year"), dataIndex: "year" },
                    { title: t("ent.staff"), dataIndex: "staff" },
                    { title: t("ent.sciTechStaff"), dataIndex: "sciTechStaff" },
                    { title: t("ent.rd"), key: "rd", render: (_, y) => wan(y.rdExpense) },
                    { title: t("ent.sales"), key: "sales", render: (_, y) => wan(y.salesRevenue) },
                    { title: t("ent.netAssets"), key: "na", render: (_, y) => wan(y.netAssets) },
                  ]} />
                </Space>
              ),
            },
            { key: "tech-sme", label: t("ent.techSme"), children: e.assessments.techSme ? <AssessmentView assessment={e.assessments.techSme} /> : t("common.noData") },
            { key: "high-tech", label: t("ent.highTech"), children: e.assessments.highTech ? <AssessmentView assessment={e.assessments.highTech} /> : t("common.noData") },
            { key: "history", label: t("ent.history"), children: <Timeline items={e.history.map((h) => ({ children: `${h.at.slice(0, 16).replace("T", " ")} ${h.actor} ${h.action}${h.reason ? ` — ${h.reason}` : ""}` }))} /> },
          ]}
        />
      )}
    </Drawer>
  );
}

/** The registry page. */
export function EnterprisesPage() {
  const { lang, t } = useLanguage();
  const [place, setPlace] = useDefaultPlace();
  const [q, setQ] = useState<string>();
  const [status, setStatus] = useState<StatusKind>();
  const [cursors, setCursors] = useState<(string | undefined)[]>([undefined]);
  const [open, setOpen] = useState<string>();
  const list = useEnterprises({ q, place, status }, cursors[cursors.length - 1]);
  const reset = () => setCursors([undefined]);
  const items = list.data?.items ?? [];
  return (
    <Card
      title={t("ent.title")}
      size="small"
      extra={
        <Flex gap={8}>
          <Input.Search size="small" allowClear style={{ width: 240 }} placeholder={t("ent.search")} onSearch={(v) => { setQ(v.trim() || undefined); reset(); }} data-testid="enterprise-search" />
          <PlaceSelect value={place} onChange={(p) => { setPlace(p); reset(); }} />
          <Select<StatusKind> allowClear size="small" style={{ width: 180 }} placeholder={t("ent.allStatuses")} value={status} onChange={(s) => { setStatus(s); reset(); }} options={STATUS_KINDS.map((k) => ({ value: k, label: STATUS_NAMES[k][lang] }))} aria-label={t("ent.status")} />
        </Flex>
      }
    >
      {items.some((e) => e.sample) && <Alert type="warning" showIcon message={t("ent.sampleNote")} style={{ marginBottom: 12 }} />}
      {list.data ? (
        <Table<EnterpriseSummary>
          rowKey="creditCode"
          size="small"
          pagination={false}
          dataSource={items}
          onRow={(e) => ({ onClick: () => setOpen(e.creditCode), style: { cursor: "pointer" } })}
          columns={[
            { title: t("ent.col.code"), dataIndex: "creditCode", width: 190 },
            { title: t("ent.col.name"), key: "name", render: (_, e) => <>{e.name} {e.sample && <Tag color="orange">{t("ent.sample")}</Tag>}</> },
            { title: t("ent.col.place"), dataIndex: "placeCode", width: 100 },
            { title: t("ent.col.holds"), key: "holds", render: (_, e) => e.holds.map((k) => <Tag key={k}>{STATUS_NAMES[k][lang]}</Tag>) },
          ]}
          data-testid="enterprise-table"
        />
      ) : (
        <QueryState isLoading={list.isLoading} error={list.error} retry={() => void list.refetch()} />
      )}
      <Flex gap={8} justify="end" style={{ marginTop: 12 }}>
        <Button size="small" disabled={cursors.length === 1} onClick={reset}>{t("ent.first")}</Button>
        <Button size="small" disabled={!list.data?.next} onClick={() => setCursors([...cursors, list.data?.next])} data-testid="enterprise-next">{t("ent.next")}</Button>
      </Flex>
      <EnterpriseCard code={open} onClose={() => setOpen(undefined)} />
    </Card>
  );
}
