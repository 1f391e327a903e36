/**
 * One rule pack's result as the card shows it: the verdict and score, then every condition and score
 * item with the figures it used, pass or fail, whether it was judged, and what would change it; the
 * documents the pack encodes underneath.
 */
import { Descriptions, Table, Tag, Typography } from "antd";
import type { Assessment } from "../../../../contract/enterprises.ts";
import { useLanguage } from "../../i18n/i18n.context.tsx";

const COLOUR = { pass: "green", fail: "red", unknown: "gold" } as const;

/** A verdict as a coloured tag. */
export function VerdictTag({ verdict }: { verdict: Assessment["verdict"] }) {
  const { t } = useLanguage();
  return <Tag color={COLOUR[verdict]}>{t(`ent.verdict.${verdict}`)}</Tag>;
}

type Row = { key: string; label: string; result: React.ReactNode; explanation: string; toChange: string | undefined; judged: boolean };

/** The explained assessment. */
export function AssessmentView({ assessment: a }: { assessment: Assessment }) {
  const { lang, t } = useLanguage();
  const score = a.score ? (a.score.min === a.score.max ? `${a.score.max}` : `${a.score.min}–${a.score.max}`) : "—";
  const rows: Row[] = [
    ...a.conditions.map((c) => ({ key: `c-${c.id}`, label: c.label[lang], result: <VerdictTag verdict={c.verdict} />, explanation: c.explanation[lang], toChange: c.toChange?.[lang], judged: c.judged })),
    ...a.items.map((i) => ({ key: `i-${i.id}`, label: i.label[lang], result: `${i.points.min === i.points.max ? i.points.max : `${i.points.min}–${i.points.max}`} / ${i.max}`, explanation: i.explanation[lang], toChange: i.toChange?.[lang], judged: i.judged })),
  ];
  return (
    <>
      <Descriptions size="small" column={1} items={[{ key: "v", label: a.summary[lang], children: <><VerdictTag verdict={a.verdict} /> {t("ent.score")} {score} / {a.scoreMax}</> }]} />
      <Table<Row>
        size="small"
        pagination={false}
        rowKey="key"
        dataSource={rows}
        columns={[
          { title: "", dataIndex: "label", width: 200, render: (v: string, r) => (r.judged ? <>{v} <Tag>{t("ent.judged")}</Tag></> : v) },
          { title: "", dataIndex: "result", width: 110 },
          { title: "", dataIndex: "explanation" },
          { title: t("ent.toChange"), dataIndex: "toChange", render: (v?: string) => v ?? "" },
        ]}
      />
      <Typography.Text type="secondary">{a.documents.map((d) => `${d.title}（${d.number}）`).join("；")}</Typography.Text>
      {a.cautions.map((c, i) => <Typography.Paragraph key={i} type="warning">{c[lang]}</Typography.Paragraph>)}
    </>
  );
}
