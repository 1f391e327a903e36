/**
 * Columns of the 我的填报 table: indicator, place, last period's figure, this period's value with its
 * display unit, note, the explanation (说明) when the change asks for one, and the row's state with a
 * reviewer's comment on a returned figure. Problems the server found sit beside their field.
 */
import { Flex, Input, InputNumber, Tag, Typography } from "antd";
import type { ColumnsType } from "antd/es/table";
import type { Assignment } from "../../../../contract/reporting.ts";
import { formatNumber } from "../../format/number.format.ts";
import { unitLabel } from "../../format/unit.format.ts";
import { useLanguage } from "../../i18n/i18n.context.tsx";
import { beyondBound, formatChange, relativeChange } from "./change.ts";
import type { EntryProblems } from "./draft-problems.ts";
import { editable as canEdit, initialEdit, rowKey, rowState, type RowEdit, type RowState } from "./report-rows.ts";

const STATE_COLORS: Record<RowState, string> = { empty: "default", draft: "gold", returned: "error", submitted: "processing", approved: "success" };
const { Text } = Typography;

/** Problems under a field, in red. */
function Problems({ texts }: { texts: readonly string[] | undefined }) {
  if (!texts?.length) return null;
  return <div className="ant-form-item-explain-error" style={{ color: "#ff4d4f", fontSize: 12, marginTop: 2 }} data-testid="row-problem">{texts.join("；")}</div>;
}

export interface ReportColumnsInput {
  edits: Readonly<Record<string, RowEdit>>;
  problems: ReadonlyMap<string, EntryProblems>;
  onEdit(a: Assignment, change: Partial<RowEdit>): void;
  /** A closed round: nothing can be edited. */
  readOnly?: boolean;
}

/** The columns in the UI language. */
export function useReportColumns({ edits, problems, onEdit, readOnly = false }: ReportColumnsInput): ColumnsType<Assignment> {
  const { lang, t } = useLanguage();
  const editable = (a: Assignment) => !readOnly && canEdit(a);
  const current = (a: Assignment) => edits[rowKey(a)] ?? initialEdit(a);
  const none = <Text type="secondary">{t("common.none")}</Text>;
  return [
    { title: t("report.col.indicator"), key: "indicator", width: 180, render: (_, a) => (lang === "zh" ? a.indicatorNameZh : a.indicatorNameEn) },
    { title: t("report.col.place"), key: "place", width: 110, render: (_, a) => (lang === "zh" ? a.placeNameZh : a.placeNameEn) },
    {
      title: t("report.col.previous"),
      key: "previous",
      width: 130,
      align: "right",
      render: (_, a) => (a.previous ? <span style={{ whiteSpace: "nowrap" }}>{formatNumber(a.previous.value, a.decimals, lang)} <Text type="secondary">({a.previous.period})</Text></span> : none),
    },
    {
      title: t("report.col.value"),
      key: "value",
      width: 200,
      render: (_, a) => {
        const edit = current(a);
        const unit = unitLabel(a.displayUnit, lang);
        if (!editable(a)) return <span data-testid="row-value">{edit.value === null ? t("common.none") : `${formatNumber(edit.value, a.decimals, lang)} ${unit}`}</span>;
        const own = problems.get(rowKey(a));
        return (
          <>
            <InputNumber<number>
              value={edit.value}
              onChange={(v) => onEdit(a, { value: typeof v === "number" ? v : null })}
              suffix={unit}
              style={{ width: "100%" }}
              status={own?.value.length ? "error" : undefined}
              aria-label={`${a.indicatorNameZh} ${a.placeNameZh}`}
              data-testid="row-value-input"
            />
            <Problems texts={own?.value} />
          </>
        );
      },
    },
    {
      title: t("report.col.note"),
      key: "note",
      width: 160,
      render: (_, a) => (editable(a) ? <Input value={current(a).note} maxLength={2000} onChange={(e) => onEdit(a, { note: e.target.value })} data-testid="row-note" /> : current(a).note || none),
    },
    {
      title: t("report.col.explanation"),
      key: "explanation",
      width: 220,
      render: (_, a) => {
        const edit = current(a);
        const own = problems.get(rowKey(a));
        const change = relativeChange(edit.value, a.previous?.value);
        const asked = own?.needsExplanation || beyondBound(change) || edit.explanation !== "";
        if (!editable(a)) return edit.explanation || none;
        if (!asked) return none;
        return (
          <>
            <Input.TextArea
              autoSize={{ minRows: 1, maxRows: 4 }}
              value={edit.explanation}
              maxLength={2000}
              status={own?.explanation.length ? "error" : undefined}
              placeholder={t("report.explanation.placeholder")}
              onChange={(e) => onEdit(a, { explanation: e.target.value })}
              data-testid="row-explanation"
            />
            {change !== null && beyondBound(change) && !own?.explanation.length ? <Text type="warning" style={{ fontSize: 12 }}>{t("report.explanation.hint", { change: formatChange(change, lang) })}</Text> : null}
            <Problems texts={own?.explanation} />
          </>
        );
      },
    },
    {
      title: t("report.col.state"),
      key: "state",
      width: 200,
      render: (_, a) => {
        const state = rowState(a);
        const own = problems.get(rowKey(a));
        return (
          <Flex vertical gap={2}>
            <span><Tag color={STATE_COLORS[state]} data-testid="row-state">{t(`report.state.${state}`)}</Tag></span>
            {a.submission?.returned ? <Text type="danger" style={{ fontSize: 12 }} data-testid="row-returned">{t("report.returnedBy", { by: a.submission.returned.by, comment: a.submission.returned.comment })}</Text> : null}
            <Problems texts={own?.other} />
          </Flex>
        );
      },
    },
  ];
}
