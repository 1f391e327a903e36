/** A target status as a coloured tag: 已完成 green, 进展顺利 blue, 存在风险 orange, 进度滞后 red, 暂无数据 grey. */
import { Tag } from "antd";
import type { TargetStatus } from "../../../contract/plans.ts";
import { statusColors } from "../charts/status.colors.ts";
import { useLanguage } from "../i18n/i18n.context.tsx";

/** The tag of one status, optionally with a count. */
export function StatusTag({ status, count }: { status: TargetStatus; count?: number }) {
  const { t } = useLanguage();
  return (
    <Tag color={statusColors[status].tag} data-status={status} style={{ marginInlineEnd: 4 }}>
      {t(`status.${status}`)}
      {count === undefined ? null : ` ${count}`}
    </Tag>
  );
}
