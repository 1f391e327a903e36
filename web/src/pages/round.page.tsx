/**
 * Page `/rounds/:id`: one reporting round. Reporters get 我的填报; reviewers and the plan office get
 * 审核; everyone else who reads internal data (the office, leaders, reviewers) gets 填报进度. The tab
 * is kept in the address (?tab=). The office also closes, reopens and publishes the round here.
 */
import { Breadcrumb, Card, Flex, Result, Tabs, Typography } from "antd";
import { Link, useParams, useSearchParams } from "react-router-dom";
import { useCan } from "../access/use-can.ts";
import { ApiError } from "../api/client.ts";
import { useRound } from "../api/rounds.api.ts";
import { QueryState } from "../components/query-state.tsx";
import { MyReports } from "../components/reporting/my-reports.tsx";
import { ReviewList } from "../components/reporting/review-list.tsx";
import { RoundProgress } from "../components/reporting/round-progress.tsx";
import { RoundActions, RoundStatusTags } from "../components/reporting/rounds-table.tsx";
import { useLanguage } from "../i18n/i18n.context.tsx";

/** The round page. */
export function RoundPage() {
  const { lang, t } = useLanguage();
  const id = Number(useParams().id);
  const round = useRound(id);
  const [params, setParams] = useSearchParams();
  const canReport = useCan("value_report");
  const canReview = useCan("value_review");
  const canManage = useCan("round_manage");
  const canRead = useCan("read_internal");

  if (round.error instanceof ApiError && (round.error.status === 404 || round.error.status === 422)) {
    return <Result status="404" title={t("round.notFound")} subTitle={round.error.body?.error.messages[lang]} extra={<Link to="/rounds">{t("round.back")}</Link>} />;
  }
  if (!round.data) return <QueryState isLoading={round.isLoading} error={round.error} retry={() => void round.refetch()} />;
  const r = round.data;
  const tabs = [
    canReport ? { key: "mine", label: t("round.tab.mine"), children: <MyReports roundId={id} open={r.status === "open"} /> } : null,
    canReview ? { key: "review", label: t("round.tab.review"), children: <ReviewList roundId={id} bulk={canManage} /> } : null,
    canRead && !canReport ? { key: "overview", label: t("round.tab.overview"), children: <RoundProgress roundId={id} /> } : null,
  ].filter((tab) => tab !== null);
  const active = tabs.find((tab) => tab.key === params.get("tab"))?.key ?? tabs[0]?.key;

  return (
    <Flex vertical gap={12}>
      <Breadcrumb items={[{ title: <Link to="/rounds">{t("round.back")}</Link> }, { title: r.title }]} />
      <Card size="small" data-testid="round-header">
        <Flex justify="space-between" align="center" wrap gap={8}>
          <Flex vertical gap={4}>
            <Flex gap={8} align="center">
              <Typography.Title level={4} style={{ margin: 0 }} data-testid="round-title">{r.title}</Typography.Title>
              <RoundStatusTags round={r} />
            </Flex>
            <Typography.Text type="secondary">{t("round.meta", { period: r.period, dueOn: r.dueOn, indicators: r.indicatorCount, units: r.unitCount })}</Typography.Text>
            {r.note ? <Typography.Text>{r.note}</Typography.Text> : null}
          </Flex>
          {canManage ? <RoundActions round={r} /> : null}
        </Flex>
      </Card>
      <Card size="small">
        <Tabs activeKey={active} items={tabs} onChange={(key) => setParams({ tab: key }, { replace: true })} destroyOnHidden />
      </Card>
    </Flex>
  );
}
