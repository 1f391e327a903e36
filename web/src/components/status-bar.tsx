/** A plan's targets by status: a thin stacked bar with the non-zero counts as tags beneath. */
import { Flex, Tooltip } from "antd";
import type { PlanSummary } from "../../../contract/plans.ts";
import { statusColors, statusOrder } from "../charts/status.colors.ts";
import { useLanguage } from "../i18n/i18n.context.tsx";
import { StatusTag } from "./status-tag.tsx";

/** Stacked bar of `counts` (status → number of targets). */
export function StatusBar({ counts }: { counts: PlanSummary["statusCounts"] }) {
  const { t } = useLanguage();
  const present = statusOrder.filter((s) => (counts[s] ?? 0) > 0);
  const total = present.reduce((sum, s) => sum + (counts[s] ?? 0), 0);
  if (total === 0) return <StatusTag status="no_data" count={0} />;
  return (
    <Flex vertical gap={4} style={{ minWidth: 220 }}>
      <Flex style={{ height: 8, borderRadius: 4, overflow: "hidden", background: "#f0f0f0" }}>
        {present.map((s) => (
          <Tooltip key={s} title={`${t(`status.${s}`)} ${counts[s]}`}>
            <div style={{ flex: counts[s], background: statusColors[s].hex }} />
          </Tooltip>
        ))}
      </Flex>
      <Flex wrap gap={2}>
        {present.map((s) => (
          <StatusTag key={s} status={s} count={counts[s]} />
        ))}
      </Flex>
    </Flex>
  );
}
