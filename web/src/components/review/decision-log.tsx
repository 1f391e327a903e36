/** 审核记录: every decision on the plan — what, on which statement, by whom, when — newest first, in a drawer. */
import { Drawer, Timeline, Typography } from "antd";
import { useDecisions } from "../../api/review.api.ts";
import { useLanguage } from "../../i18n/i18n.context.tsx";
import type { MessageKey } from "../../i18n/zh.ts";
import { QueryState } from "../query-state.tsx";

const ACTION_KEYS: Record<string, MessageKey> = {
  import: "decision.import",
  accept: "review.accept",
  edit: "review.edit",
  reject: "review.reject",
  merge: "review.merge",
  link: "decision.link",
  create_indicator: "review.newIndicator",
  complete: "review.complete",
};

export function DecisionLog({ code, open, onClose }: { code: string; open: boolean; onClose(): void }) {
  const { lang, t } = useLanguage();
  const decisions = useDecisions(code, open);
  const items = [...(decisions.data ?? [])].reverse().map((d) => ({
    key: d.id,
    children: (
      <>
        <Typography.Text strong>{ACTION_KEYS[d.action] ? t(ACTION_KEYS[d.action]!) : d.action}</Typography.Text>
        {d.statementId !== null ? <Typography.Text type="secondary"> #{d.statementId}</Typography.Text> : null}
        <div>
          {d.decidedBy} · {new Date(d.decidedAt).toLocaleString(lang === "zh" ? "zh-CN" : "en")}
        </div>
      </>
    ),
  }));
  return (
    <Drawer title={t("decision.title")} open={open} onClose={onClose} size="default" data-testid="decision-log">
      {decisions.data ? <Timeline items={items} /> : <QueryState isLoading={decisions.isLoading} error={decisions.error} />}
    </Drawer>
  );
}
