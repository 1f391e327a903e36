/**
 * 我的填报 (reporters): every figure the round asks of me as a row to fill, 保存草稿 (all or nothing,
 * the server's problems shown on their rows) and 提交审核 (confirming how many), with the template
 * download and upload beside them. Returned figures can be edited again; submitted ones cannot.
 */
import { SaveOutlined, SendOutlined } from "@ant-design/icons";
import { Alert, App, Button, Flex, Table } from "antd";
import { useState } from "react";
import type { Assignment } from "../../../../contract/reporting.ts";
import { ApiError } from "../../api/client.ts";
import { useAssignments, useSaveDrafts, useSubmitDrafts } from "../../api/rounds.api.ts";
import { useLanguage } from "../../i18n/i18n.context.tsx";
import { QueryState } from "../query-state.tsx";
import { problemsByEntry, type EntryProblems } from "./draft-problems.ts";
import { useReportColumns } from "./report-columns.tsx";
import { ReportFiles } from "./report-files.tsx";
import { draftEntries, initialEdit, rowKey, type RowEdit } from "./report-rows.ts";

/** The reporter's tab of a round; `open` false (a closed round) makes it read-only. */
export function MyReports({ roundId, open }: { roundId: number; open: boolean }) {
  const { lang, t } = useLanguage();
  const { message, modal } = App.useApp();
  const assignments = useAssignments(roundId);
  const save = useSaveDrafts(roundId);
  const submit = useSubmitDrafts(roundId);
  const [edits, setEdits] = useState<Record<string, RowEdit>>({});
  const [problems, setProblems] = useState<Map<string, EntryProblems>>(new Map());
  const [general, setGeneral] = useState<string[]>([]);
  const rows = assignments.data ?? [];

  const onEdit = (a: Assignment, change: Partial<RowEdit>) => {
    const key = rowKey(a);
    setEdits((all) => ({ ...all, [key]: { ...(all[key] ?? initialEdit(a)), ...change } }));
  };
  const columns = useReportColumns({ edits, problems, onEdit, readOnly: !open });
  const dirty = Object.keys(edits).length > 0;

  /** Saves the editable rows with a value; true when saved (or nothing needed saving). */
  const saveAll = async (quiet: boolean): Promise<boolean> => {
    const { entries, keys } = draftEntries(rows, edits);
    setProblems(new Map());
    setGeneral([]);
    if (entries.length === 0) {
      if (!quiet) void message.info(t("report.nothingToSave"));
      return true;
    }
    try {
      const result = await save.mutateAsync(entries);
      setEdits({});
      if (!quiet) void message.success(t("report.saved", { created: result.created, replaced: result.replaced, unchanged: result.unchanged }));
      return true;
    } catch (e) {
      const error = e instanceof ApiError && e.body ? e.body.error : null;
      const mapped = problemsByEntry(error, lang);
      setProblems(new Map([...mapped.byEntry].flatMap(([i, p]) => (keys[i] ? [[keys[i]!, p] as const] : []))));
      setGeneral(error ? [error.messages[lang], ...mapped.general.filter((g) => g !== error.messages[lang])] : [t("report.failed")]);
      return false;
    }
  };

  const askSubmit = () => {
    // After saving, every editable row with a value is a draft, and all drafts are submitted.
    const count = draftEntries(rows, edits).keys.length;
    if (count === 0) return void message.info(t("report.nothingToSubmit"));
    modal.confirm({
      title: t("report.submit"),
      content: t(dirty ? "report.confirm.submitUnsaved" : "report.confirm.submit", { count }),
      okButtonProps: { "data-testid": "confirm-submit" },
      onOk: async () => {
        if (dirty && !(await saveAll(true))) return;
        try {
          const done = await submit.mutateAsync(undefined);
          void message.success(t("report.submitted", { count: done.length }));
        } catch (e) {
          setGeneral([e instanceof ApiError && e.body ? e.body.error.messages[lang] : t("report.failed")]);
        }
      },
    });
  };

  if (!assignments.data) return <QueryState isLoading={assignments.isLoading} error={assignments.error} retry={() => void assignments.refetch()} />;
  return (
    <Flex vertical gap={12} data-testid="my-reports">
      <Flex justify="space-between" wrap gap={8}>
        <ReportFiles roundId={roundId} canUpload={open} />
        {open ? (
          <Flex gap={8}>
            <Button icon={<SaveOutlined />} onClick={() => void saveAll(false)} loading={save.isPending} data-testid="save-drafts">{t("report.save")}</Button>
            <Button type="primary" icon={<SendOutlined />} onClick={askSubmit} loading={submit.isPending} data-testid="submit-drafts">{t("report.submit")}</Button>
          </Flex>
        ) : null}
      </Flex>
      {general.length ? <Alert type="error" showIcon title={t("report.failed")} description={general.join("；")} data-testid="report-error" /> : null}
      <Table<Assignment>
        rowKey={rowKey}
        size="small"
        pagination={false}
        columns={columns}
        dataSource={rows}
        locale={{ emptyText: t("report.empty") }}
        onRow={(a) => ({ "data-row": rowKey(a), "data-indicator": a.indicatorCode }) as React.HTMLAttributes<HTMLElement>}
        scroll={{ x: 1100 }}
        data-testid="report-table"
      />
    </Flex>
  );
}
