/**
 * The list of a plan's statements beside its text: type, indicator (linked or suggested), figure,
 * year, state, and — for people who may decide — the actions accept / edit / reject / merge. The
 * selected row is the one highlighted in the text.
 */
import { Button, Flex, Segmented, Space, Table, Tag, Tooltip, Typography } from "antd";
import type { ColumnsType } from "antd/es/table";
import { useEffect, useMemo, useState } from "react";
import type { IndicatorResponse } from "../../../../contract/catalogue.ts";
import type { StatementResponse, StatementState } from "../../../../contract/review.ts";
import { suggestIndicator } from "../../../../core/indicators/suggest-indicator.ts";
import { useLanguage } from "../../i18n/i18n.context.tsx";
import { formatStatementFigure } from "./statement-figure.ts";
import { STATE_COLORS } from "./state-colors.ts";

export type StatementCommand = "accept" | "edit" | "reject" | "merge";

type Props = {
  statements: StatementResponse[];
  indicators: IndicatorResponse[];
  selected: number | null;
  busy: boolean;
  /** Shows the decision buttons (the plan office and administrators). */
  canDecide: boolean;
  onSelect(id: number): void;
  onCommand(command: StatementCommand, statement: StatementResponse, indicatorCode: string | null): void;
};

type Filter = StatementState | "all";

/** The linked indicator's code, else the closest catalogue indicator by name. */
export function indicatorFor(s: StatementResponse, indicators: IndicatorResponse[]): { code: string | null; suggested: boolean } {
  if (s.indicatorCode) return { code: s.indicatorCode, suggested: false };
  const guess = suggestIndicator(s.indicatorText, indicators, s.unit);
  return { code: guess?.code ?? null, suggested: guess !== null };
}

/** The statements table with its state filter; decision buttons only when `canDecide`. */
export function StatementList({ statements, indicators, selected, busy, canDecide, onSelect, onCommand }: Props) {
  const { lang, t } = useLanguage();
  const [filter, setFilter] = useState<Filter>("all");
  const names = useMemo(() => new Map(indicators.map((i) => [i.code, lang === "zh" ? i.nameZh : i.nameEn])), [indicators, lang]);
  const rows = statements.filter((s) => filter === "all" || s.state === filter);

  useEffect(() => {
    if (selected === null) return;
    // Scroll the list's own body, never the page around it.
    const row = document.querySelector<HTMLElement>(`tr[data-statement="${selected}"]`);
    const body = row?.closest<HTMLElement>(".ant-table-body");
    if (row && body && (row.offsetTop < body.scrollTop || row.offsetTop > body.scrollTop + body.clientHeight - row.offsetHeight)) {
      body.scrollTo({ top: row.offsetTop - body.clientHeight / 3, behavior: "smooth" });
    }
  }, [selected]);

  const columns: ColumnsType<StatementResponse> = [
    { title: "", key: "type", width: 64, render: (_, s) => <Tag color={s.type === "target" ? "blue" : "cyan"}>{t(`type.${s.type}`)}</Tag> },
    {
      title: t("review.indicator"),
      key: "indicator",
      render: (_, s) => {
        const link = indicatorFor(s, indicators);
        return (
          <Flex vertical>
            <Typography.Text>{s.indicatorText}</Typography.Text>
            {link.code ? (
              <Typography.Text type={link.suggested ? "secondary" : "success"} style={{ fontSize: 12 }}>
                {link.suggested ? `${t("review.suggested")}: ` : "→ "}
                {names.get(link.code) ?? link.code}
              </Typography.Text>
            ) : (
              <Typography.Text type="warning" style={{ fontSize: 12 }}>{t("review.noIndicator")}</Typography.Text>
            )}
          </Flex>
        );
      },
    },
    { title: t("review.value"), key: "value", width: 110, render: (_, s) => formatStatementFigure(s) },
    { title: t("review.year"), dataIndex: "year", width: 64, render: (y: number | null) => y ?? t("common.none") },
    { title: "", key: "state", width: 76, render: (_, s) => <Tag color={STATE_COLORS[s.state].tag}>{t(`state.${s.state}`)}</Tag> },
    {
      title: "",
      key: "actions",
      width: 250,
      render: (_, s) => {
        const link = indicatorFor(s, indicators);
        const stop = (command: StatementCommand) => (e: React.MouseEvent) => {
          e.stopPropagation();
          onSelect(s.id);
          onCommand(command, s, link.code);
        };
        return (
          <Space size={4}>
            <Tooltip title={link.code ? names.get(link.code) : t("review.noIndicator")}>
              <Button size="small" type="primary" ghost disabled={busy || s.state === "accepted"} onClick={stop("accept")} data-testid={`accept-${s.id}`}>{t("review.accept")}</Button>
            </Tooltip>
            <Button size="small" disabled={busy} onClick={stop("edit")} data-testid={`edit-${s.id}`}>{t("review.edit")}</Button>
            <Button size="small" danger disabled={busy || s.state === "rejected"} onClick={stop("reject")} data-testid={`reject-${s.id}`}>{t("review.reject")}</Button>
            <Button size="small" type="text" disabled={busy || s.state === "merged"} onClick={stop("merge")} data-testid={`merge-${s.id}`}>{t("review.merge")}</Button>
          </Space>
        );
      },
    },
  ];

  const counts = (state: StatementState) => statements.filter((s) => s.state === state).length;
  return (
    <Flex vertical gap={8}>
      <Segmented<Filter>
        size="small"
        value={filter}
        onChange={setFilter}
        options={[
          { value: "all", label: `${t("review.filter.all")} ${statements.length}` },
          ...(["pending", "accepted", "rejected", "merged"] as const).map((s) => ({ value: s, label: `${t(`state.${s}`)} ${counts(s)}` })),
        ]}
        data-testid="state-filter"
      />
      <Table<StatementResponse>
        rowKey="id"
        size="small"
        columns={canDecide ? columns : columns.filter((c) => c.key !== "actions")}
        dataSource={rows}
        pagination={false}
        scroll={{ x: canDecide ? 820 : 570, y: "calc(100vh - 320px)" }}
        onRow={(s) => ({ onClick: () => onSelect(s.id), "data-statement": s.id, style: { cursor: "pointer", background: s.id === selected ? "#e6f4ff" : undefined } }) as React.HTMLAttributes<HTMLElement>}
      />
    </Flex>
  );
}
