/** Beside a plan's targets on its dashboard: how many of its tasks are on time, late and done today, linked to 任务与督办. */
import { ScheduleOutlined } from "@ant-design/icons";
import { Button, Flex } from "antd";
import { Link } from "react-router-dom";
import { usePlanTasks } from "../../api/tasks.api.ts";
import { useLanguage } from "../../i18n/i18n.context.tsx";
import { StandingTag } from "./task-labels.tsx";

export function TaskStandingSummary({ code }: { code: string }) {
  const { t } = useLanguage();
  const tasks = usePlanTasks(code);
  const live = (tasks.data ?? []).filter((task) => task.state !== "rejected" && task.state !== "merged");
  return (
    <Link to={`/plans/${encodeURIComponent(code)}/tasks`}>
      <Button size="small" icon={<ScheduleOutlined />} data-testid="open-tasks">
        <Flex gap={4} align="center">
          {t("tasks.open")}
          {live.length
            ? (["on_time", "late", "done"] as const).map((s) => (
                <span key={s} data-testid={`dashboard-tasks-${s}`}>
                  <StandingTag standing={s} />
                  {live.filter((task) => task.standing === s).length}
                </span>
              ))
            : null}
        </Flex>
      </Button>
    </Link>
  );
}
