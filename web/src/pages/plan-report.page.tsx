/**
 * 评估报告: a plan's evaluation report previewed as it will print — title, 文号 line, headings, tables
 * and the dashboard's charts — with every narrative sentence editable in place, and downloads as
 * Word and PDF carrying the edited sentences.
 */
import { useState } from "react";
import { Alert, Breadcrumb, Button, Card, DatePicker, Flex, Result, Space, Table, Typography } from "antd";
import { FilePdfOutlined, FileWordOutlined, UndoOutlined } from "@ant-design/icons";
import { Link, useParams } from "react-router-dom";
import type { ReportModel } from "../../../contract/evaluation-report.ts";
import { downloadReport, usePlanReport } from "../api/reports.api.ts";
import { buildTargetChartOption } from "../charts/target.chart.ts";
import { EChart } from "../components/echart.tsx";
import { useLanguage } from "../i18n/i18n.context.tsx";

type Block = ReportModel["blocks"][number];

export function PlanReportPage() {
  const { code = "" } = useParams();
  const { t, lang } = useLanguage();
  const [date, setDate] = useState<string | undefined>(undefined);
  const [edits, setEdits] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState<"docx" | "pdf" | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const report = usePlanReport(code, date);
  if (report.error) return <Result status="error" title={t("common.loadError")} subTitle={String(report.error.message)} />;
  const model = report.data;
  const download = async (format: "docx" | "pdf") => {
    setBusy(format);
    setFailure(null);
    try {
      await downloadReport(code, format, { date: model?.date, lang, edits });
    } catch (e) {
      setFailure(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(null);
    }
  };
  const edited = Object.keys(edits).length;
  return (
    <Flex vertical gap={12}>
      <Breadcrumb items={[{ title: <Link to="/">{t("nav.plans")}</Link> }, { title: <Link to={`/plans/${encodeURIComponent(code)}`}>{code}</Link> }, { title: t("report.title") }]} />
      <Flex gap={8} wrap align="center">
        <span>{t("report.date")}</span>
        <DatePicker placeholder={model?.date} format="YYYY-MM-DD" allowClear={false} onChange={(d) => d && setDate(d.format("YYYY-MM-DD"))} data-testid="report-date" />
        <Button type="primary" icon={<FileWordOutlined />} loading={busy === "docx"} disabled={!model} onClick={() => void download("docx")} data-testid="report-docx">
          {t("report.docx")}
        </Button>
        <Button icon={<FilePdfOutlined />} loading={busy === "pdf"} disabled={!model} onClick={() => void download("pdf")} data-testid="report-pdf">
          {t("report.pdf")}
        </Button>
        {edited > 0 ? (
          <Space>
            <span>{t("report.edited", { count: edited })}</span>
            <Button size="small" icon={<UndoOutlined />} onClick={() => setEdits({})}>
              {t("report.reset")}
            </Button>
          </Space>
        ) : null}
      </Flex>
      <Alert type="info" showIcon message={t("report.hint")} />
      {failure ? <Alert type="error" showIcon message={failure} /> : null}
      <Card loading={report.isLoading} style={{ maxWidth: 900 }}>
        {model ? (
          <article data-testid="report-preview" style={{ fontFamily: "FangSong, 'Noto Serif CJK SC', serif" }}>
            <Typography.Title level={3} style={{ textAlign: "center" }}>{model.title}</Typography.Title>
            <p style={{ textAlign: "center" }}>{model.docNumberLine}</p>
            {model.blocks.map((b, i) => (
              <ReportBlock key={i} block={b} lang={lang} edits={edits} onEdit={(id, text) => setEdits((e) => ({ ...e, [id]: text }))} />
            ))}
          </article>
        ) : null}
      </Card>
    </Flex>
  );
}

function ReportBlock({ block, lang, edits, onEdit }: { block: Block; lang: "zh" | "en"; edits: Record<string, string>; onEdit: (id: string, text: string) => void }) {
  switch (block.type) {
    case "heading":
      return <Typography.Title level={(block.level + 2) as 3 | 4 | 5}>{block.text}</Typography.Title>;
    case "paragraph":
      return (
        <Typography.Paragraph style={{ textIndent: "2em" }}>
          {block.sentences.map((s) => (
            <Typography.Text key={s.id} data-sentence={s.id} editable={{ onChange: (text) => onEdit(s.id, text), triggerType: ["text"] }}>
              {edits[s.id] ?? s.text}
            </Typography.Text>
          ))}
        </Typography.Paragraph>
      );
    case "table":
      return (
        <Table
          size="small"
          bordered
          pagination={false}
          title={() => <div style={{ textAlign: "center" }}>{block.caption}</div>}
          columns={block.columns.map((c, i) => ({ title: c, dataIndex: String(i), key: String(i) }))}
          dataSource={block.rows.map((r, k) => ({ key: k, ...Object.fromEntries(r.map((v, i) => [String(i), v])) }))}
          style={{ marginBottom: 16 }}
        />
      );
    case "chart": {
      const labels = lang === "zh" ? { actual: "实际值", path: "目标路径", baseline: "基期值", target: "目标值", locale: "zh-CN" } : { actual: "Actual", path: "Required path", baseline: "Baseline", target: "Target", locale: "en-US" };
      return (
        <figure style={{ margin: "8px 0 16px" }}>
          <EChart option={buildTargetChartOption(block.target, { ...labels, unit: block.target.displayUnit })} height={260} />
          <figcaption style={{ textAlign: "center" }}>{block.caption}</figcaption>
        </figure>
      );
    }
  }
}
