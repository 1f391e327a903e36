/**
 * Page `/rounds` (填报, signed-in people): the reporting rounds they may see, newest first; the plan
 * office opens a new one in a drawer and closes, reopens or publishes each; those who enter values
 * find 导入数据 here.
 */
import { FileExcelOutlined, PlusOutlined } from "@ant-design/icons";
import { Button, Card, Flex } from "antd";
import { useState } from "react";
import { Link, useNavigate } from "react-router-dom";
import { useCan } from "../access/use-can.ts";
import { useRounds } from "../api/rounds.api.ts";
import { QueryState } from "../components/query-state.tsx";
import { CreateRoundDrawer } from "../components/reporting/create-round-drawer.tsx";
import { RoundsTable } from "../components/reporting/rounds-table.tsx";
import { useLanguage } from "../i18n/i18n.context.tsx";

/** The list of reporting rounds. */
export function RoundsPage() {
  const { t } = useLanguage();
  const navigate = useNavigate();
  const rounds = useRounds();
  const manage = useCan("round_manage");
  const canImport = useCan("value_enter");
  const [creating, setCreating] = useState(false);
  return (
    <Card
      title={t("rounds.title")}
      size="small"
      extra={
        <Flex gap={8}>
          {canImport ? <Link to="/values/import"><Button size="small" icon={<FileExcelOutlined />} data-testid="open-values-import">{t("nav.importValues")}</Button></Link> : null}
          {manage ? <Button type="primary" size="small" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="open-create-round">{t("rounds.create")}</Button> : null}
        </Flex>
      }
    >
      {rounds.data ? <RoundsTable rounds={rounds.data} manage={manage} /> : <QueryState isLoading={rounds.isLoading} error={rounds.error} retry={() => void rounds.refetch()} />}
      {manage ? <CreateRoundDrawer open={creating} onClose={() => setCreating(false)} onCreated={(id) => navigate(`/rounds/${id}`)} /> : null}
    </Card>
  );
}
