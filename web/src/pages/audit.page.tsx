/**
 * Page `/audit` (操作记录, signed-in people): who changed what and when, newest first; filter by kind
 * and id (kept in the address, so other pages link to one account's or value's history); a row opens
 * into its before → after; 加载更多 pages back with `before`.
 */
import { Button, Card, Flex, Input, Select, Table, Typography } from "antd";
import type { ColumnsType } from "antd/es/table";
import { Link, useSearchParams } from "react-router-dom";
import { AuditQuery, type AuditEntry } from "../../../contract/accounts.ts";
import { useAuditLog, type AuditEntity } from "../api/audit.api.ts";
import { AuditChanges, knownKey } from "../components/audit/audit-changes.tsx";
import { QueryState } from "../components/query-state.tsx";
import { formatDateTime } from "../format/date.format.ts";
import { useLanguage } from "../i18n/i18n.context.tsx";

const ENTITIES = AuditQuery.shape.entity.unwrap().options;

/** The audit log page. */
export function AuditPage() {
  const { lang, t } = useLanguage();
  const [params, setParams] = useSearchParams();
  const entityParam = params.get("entity");
  const entity = ENTITIES.find((e) => e === entityParam);
  const entityId = params.get("entityId")?.trim() || undefined;
  const log = useAuditLog({ entity, entityId });
  const entries = log.data?.pages.flat() ?? [];

  const filter = (next: { entity?: AuditEntity; entityId?: string }) => {
    const search = new URLSearchParams();
    if (next.entity) search.set("entity", next.entity);
    if (next.entityId) search.set("entityId", next.entityId);
    setParams(search);
  };
  const entityName = (e: string) => {
    const key = knownKey(`audit.entity.${e}`);
    return key ? t(key) : e;
  };
  const actionName = (a: string) => {
    const key = knownKey(`audit.action.${a}`);
    return key ? t(key) : a;
  };
  const columns: ColumnsType<AuditEntry> = [
    { title: t("audit.col.at"), key: "at", width: 150, render: (_, e) => formatDateTime(e.at, lang) },
    { title: t("audit.col.actor"), dataIndex: "actor", width: 140 },
    { title: t("audit.col.object"), key: "object", width: 180, render: (_, e) => <Link to={`/audit?entity=${encodeURIComponent(e.entity)}&entityId=${encodeURIComponent(e.entityId)}`}>{`${entityName(e.entity)} #${e.entityId}`}</Link> },
    { title: t("audit.col.action"), key: "action", width: 180, render: (_, e) => actionName(e.action) },
    { title: t("audit.col.reason"), key: "reason", render: (_, e) => e.reason ?? <Typography.Text type="secondary">{t("common.none")}</Typography.Text> },
  ];

  return (
    <Card
      title={t("audit.title")}
      size="small"
      extra={
        <Flex gap={8}>
          <Select<AuditEntity>
            allowClear
            size="small"
            style={{ width: 140 }}
            placeholder={t("audit.filter.all")}
            value={entity}
            onChange={(e) => filter({ entity: e, entityId })}
            options={ENTITIES.map((e) => ({ value: e, label: entityName(e) }))}
            aria-label={t("audit.filter.entity")}
            data-testid="audit-entity"
          />
          <Input.Search key={entityId ?? ""} size="small" style={{ width: 180 }} allowClear placeholder={t("audit.filter.entityId")} defaultValue={entityId} onSearch={(id) => filter({ entity, entityId: id.trim() || undefined })} data-testid="audit-entity-id" />
        </Flex>
      }
    >
      {log.data ? (
        <Flex vertical gap={12}>
          <Table<AuditEntry>
            rowKey="id"
            size="small"
            pagination={false}
            columns={columns}
            dataSource={entries}
            locale={{ emptyText: t("audit.empty") }}
            expandable={{ expandedRowRender: (e) => <AuditChanges entry={e} />, rowExpandable: (e) => e.before !== null || e.after !== null }}
            onRow={(e) => ({ "data-audit": e.id }) as React.HTMLAttributes<HTMLElement>}
            data-testid="audit-table"
          />
          {log.hasNextPage ? (
            <Button block onClick={() => void log.fetchNextPage()} loading={log.isFetchingNextPage} data-testid="audit-load-more">{t("audit.loadMore")}</Button>
          ) : entries.length > 0 ? (
            <Typography.Text type="secondary" style={{ textAlign: "center" }}>{t("audit.end")}</Typography.Text>
          ) : null}
        </Flex>
      ) : (
        <QueryState isLoading={log.isLoading} error={log.error} retry={() => void log.refetch()} />
      )}
    </Card>
  );
}
