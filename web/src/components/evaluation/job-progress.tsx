/** Progress of a running analysis job (model runs done of total) with a button to cancel it; a note once cancelled. */
import { StopOutlined } from "@ant-design/icons";
import { Button, Flex, Progress, Typography } from "antd";
import type { AnalysisJobState } from "../../api/indices.api.ts";
import { useLanguage } from "../../i18n/i18n.context.tsx";

export function JobProgress({ state, testId }: { state: AnalysisJobState; testId: string }) {
  const { t } = useLanguage();
  const job = state.job;
  if (job?.status === "cancelled") return <Typography.Text type="secondary" data-testid={`${testId}-cancelled`}>{t("eval.job.cancelled", { done: job.progress.done, total: job.progress.total })}</Typography.Text>;
  if (!state.running || !job) return null;
  const { done, total } = job.progress;
  return (
    <Flex align="center" gap={12} data-testid={testId}>
      <Progress percent={total > 0 ? Math.floor((done / total) * 100) : 0} status="active" style={{ flex: 1, margin: 0 }} />
      <Typography.Text type="secondary" data-testid={`${testId}-count`}>{t(job.status === "queued" ? "eval.job.queued" : "eval.job.progress", { done, total })}</Typography.Text>
      <Button size="small" icon={<StopOutlined />} onClick={state.cancel} data-testid={`${testId}-cancel`}>{t("eval.job.cancel")}</Button>
    </Flex>
  );
}
