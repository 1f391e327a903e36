/**
 * buildReportModel: a plan's evaluation report (总结评估 when the evaluation date is past the plan
 * period, 中期评估 inside it) from its targets' progress as core/monitoring computed it — never a
 * status of its own. Sections: 一、总体情况 (status counts, binding 约束性 first), 二、指标完成情况 (the
 * indicator table, a sentence and a chart per target), 三、滞后指标 (what it would take; who should
 * report what is missing), 四、排名 (only when the plan publishes an index) and the appendix of sources.
 */
import type { Status } from "../monitoring/schema.ts";
import { shownCompletion } from "../monitoring/shown-completion.ts";
import { ATTRIBUTE_TEXT, STATUS_TEXT, formatCompletion, formatDate, formatGrowth, formatNumber, formatRankInterval, formatTarget, formatValue } from "./format.ts";
import { PHRASES, type Counts, type Phrases, type TargetWords } from "./phrases.ts";
import { ReportInput, type Block, type ReportKind, type ReportLang, type ReportModel, type ReportTarget, type Sentence } from "./schema.ts";

const STATUSES: Status[] = ["achieved", "on_track", "at_risk", "off_track", "no_data"];

/** Why a target without a status has none, read from its progress: no baseline to be relative to, no figure, or no trend. */
export type NoDataCause = "no_target_level" | "no_observation" | "no_trend";

export function noDataCause(t: Pick<ReportTarget, "baseline" | "latest" | "target" | "targetLevel" | "reason">): NoDataCause {
  if (t.reason === "no_target_level" || t.reason === "no_observation" || t.reason === "no_trend") return t.reason;
  if (t.baseline === null && t.target.kind !== "level" && t.targetLevel === null) return "no_target_level";
  if (t.latest === null) return "no_observation";
  return "no_trend";
}

/** final once the evaluation date's year is past the plan's last year; midterm otherwise. */
export function reportKindOf(date: string, periodEnd: number): ReportKind {
  return Number(date.slice(0, 4)) > periodEnd ? "final" : "midterm";
}

/** Binding (约束性) targets first, then the plan's order. */
export function orderTargets<T extends Pick<ReportTarget, "attribute">>(targets: readonly T[]): T[] {
  return [...targets.filter((t) => t.attribute === "binding"), ...targets.filter((t) => t.attribute !== "binding")];
}

export function countStatuses(targets: readonly Pick<ReportTarget, "status">[]): Counts {
  const byStatus = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>;
  for (const t of targets) byStatus[t.status] += 1;
  return { total: targets.length, byStatus };
}

export function buildReportModel(raw: ReportInput): ReportModel {
  const input = ReportInput.parse(raw);
  const { plan, lang } = input;
  const p = PHRASES[lang];
  const st = STATUS_TEXT[lang];
  const kind = reportKindOf(input.date, plan.periodEnd);
  const date = formatDate(input.date, lang);
  const planTitle = lang === "zh" ? plan.titleZh : plan.titleEn;
  const targets = orderTargets(input.targets);
  const words = new Map(targets.map((t) => [t.targetId, wordsOf(t, input)]));
  const w = (t: ReportTarget) => words.get(t.targetId)!;
  const years = targets.flatMap((t) => (t.latest ? [t.latest.year] : []));
  const blocks: Block[] = [];
  const heading = (level: 1 | 2 | 3, text: string) => blocks.push({ type: "heading", level, text });
  const paragraph = (...sentences: Sentence[]) => blocks.push({ type: "paragraph", sentences });
  let tables = 0;
  const table = (id: string, what: string, columns: string[], rows: string[][], widths: number[]) => blocks.push({ type: "table", id, caption: p.tableCaption(++tables, what), columns, rows, widths });

  // 一、总体情况
  heading(1, p.headings.overview);
  const binding = targets.filter((t) => t.attribute === "binding");
  paragraph(
    { id: "overview.scope", text: p.scope(planTitle, plan.docNumber, plan.periodStart, plan.periodEnd, targets.length, kind, date, years.length ? [Math.min(...years), Math.max(...years)] : null) },
    { id: "overview.counts", text: p.counts(date, countStatuses(targets), st) },
    { id: "overview.attributes", text: p.attributes(binding.length ? countStatuses(binding) : null, targets.length - binding.length, st) },
  );
  heading(2, p.headings.countsTable);
  const groups = (["binding", "expected", "none"] as const)
    .map((a) => ({ a, items: targets.filter((t) => (t.attribute ?? "none") === a) }))
    .filter((g) => g.items.length > 0);
  const countRow = (label: string, c: Counts) => [label, ...STATUSES.map((s) => String(c.byStatus[s])), String(c.total)];
  table(
    "counts",
    p.captions.counts,
    [p.columns.attribute, ...STATUSES.map((s) => st[s]), p.columns.total],
    [...groups.map((g) => countRow(ATTRIBUTE_TEXT[lang][g.a], countStatuses(g.items))), countRow(p.columns.total, countStatuses(targets))],
    [2, 1, 1, 1, 1, 1, 1],
  );

  // 二、指标完成情况
  heading(1, p.headings.table);
  heading(2, p.headings.indicatorTable);
  const c = p.columns;
  table(
    "indicators",
    p.captions.indicators,
    [c.no, c.indicator, c.attribute, c.baseline, c.target, c.latest, c.completion, c.status, c.required, c.realised],
    targets.map((t, i) => [
      String(i + 1),
      `${w(t).name}${t.displayUnit ? (lang === "zh" ? `（${t.displayUnit}）` : ` (${t.displayUnit})`) : ""}`,
      ATTRIBUTE_TEXT[lang][t.attribute ?? "none"],
      t.baseline ? p.yearOf(formatNumber(t.baseline.value / t.displayScale, t.decimals, lang), t.baseline.year) : "—",
      p.yearOf(formatTarget(t, lang), t.target.year),
      t.latest ? p.yearOf(formatNumber(t.latest.value / t.displayScale, t.decimals, lang), t.latest.year) : "—",
      shownCompletionText(t, p, lang) ?? "—",
      st[t.status],
      w(t).required ?? "—",
      w(t).realised ?? "—",
    ]),
    [0.6, 3, 1, 1.4, 1.6, 1.6, 1, 1.1, 1.3, 1.3],
  );
  heading(2, p.headings.details);
  targets.forEach((t, i) => {
    heading(3, `${i + 1}. ${w(t).name}`);
    paragraph({ id: `progress.${t.targetId}`, text: progressSentence(t, w(t), p) });
    blocks.push({ type: "chart", caption: p.chartCaption(i + 1, w(t).name), target: t });
  });

  // 三、滞后指标
  heading(1, p.headings.lagging);
  heading(2, p.headings.laggingBehind);
  const behind = targets.filter((t) => t.status === "at_risk" || t.status === "off_track");
  paragraph(
    ...(behind.length
      ? behind.map((t) => ({ id: `lagging.${t.targetId}`, text: t.requiredAnnualGrowth !== null && (w(t).yearsLeft ?? 0) > 0 ? p.behind(w(t)) : p.behindAfterDeadline(w(t)) }))
      : [{ id: "lagging.none", text: p.laggingNone() }]),
  );
  heading(2, p.headings.laggingMissing);
  const missing = targets.filter((t) => t.status === "no_data");
  paragraph(
    ...(missing.length
      ? missing.map((t) => ({ id: `missing.${t.targetId}`, text: noDataCause(t) === "no_target_level" ? p.missingBaseline(w(t)) : p.missingObservation(w(t), missingYears(t, input.plan, input.date, lang)) }))
      : [{ id: "missing.none", text: p.missingNone() }]),
  );

  // 四、排名
  if (input.rankings.length > 0) {
    heading(1, p.headings.ranking);
    input.rankings.forEach((r, i) => {
      const name = lang === "zh" ? r.nameZh : r.nameEn;
      const label = r.sample ? p.sampleLabel(name) : name;
      heading(2, lang === "zh" ? `（${"一二三四五六七八九十"[i] ?? i + 1}）${label}` : `4.${i + 1} ${label}`);
      const rows = [...r.rows].sort((a, b) => a.rank - b.rank);
      paragraph({ id: `ranking.${i}`, text: p.ranking(name, r.year, rows.length, r.replications, rows.slice(0, 3).map((u) => u.name), r.sample) });
      table(
        `ranking.${i}`,
        label,
        [c.rank, c.place, c.score, c.interval],
        rows.map((u) => [String(u.rank), u.name, u.score === null ? "—" : formatNumber(u.score, 1, lang), formatRankInterval(u.low, u.high) ?? "—"]),
        [1, 3, 1.2, 1.4],
      );
    });
  }

  // 附录 sources
  heading(1, p.headings.appendix);
  const sourceRows: string[][] = [];
  for (const t of targets) {
    const add = (kindText: string, value: string, source: string) => sourceRows.push([String(sourceRows.length + 1), w(t).name, kindText, value, source]);
    add(p.figureKinds.target, p.yearOf(formatTarget(t, lang), t.target.year), t.source ? p.sourceSpan(t.source.file, t.source.start, t.source.end, t.source.quote) : p.sourceUnknown);
    if (t.baseline) {
      const b = input.baselineSources[String(t.targetId)];
      add(p.figureKinds.baseline, p.yearOf(formatValue(t.baseline.value, t, lang), t.baseline.year), b ? describeSource(b, p) : t.source ? p.sourceSpan(t.source.file, t.source.start, t.source.end, t.source.quote) : p.sourceUnknown);
    }
    if (t.latest) {
      const l = input.latestSources[String(t.targetId)];
      add(p.figureKinds.latest, p.yearOf(formatValue(t.latest.value, t, lang), t.latest.year), l ? describeSource(l, p) : p.sourceUnknown);
    }
  }
  table("sources", p.captions.sources, [c.no, c.indicator, c.figure, c.value, c.source], sourceRows, [0.6, 2.4, 1, 1.6, 5]);

  return {
    planCode: plan.code,
    kind,
    date: input.date,
    lang,
    title: p.title(planTitle, kind),
    docNumberLine: p.docNumberLine(plan.docNumber, date),
    issuer: plan.issuer,
    blocks,
  };
}

function describeSource(s: ReportInput["latestSources"][string], p: Phrases): string {
  if (s.quote) return p.sourceSpan(s.file, s.start ?? null, s.end ?? null, s.quote);
  if (s.reporter || s.approver) return p.sourcePeople(s.reporter ?? null, s.approver ?? null);
  return p.sourceUnknown;
}

/** The years whose figures a target lacks: from after its baseline (or the plan's start) to the last year reportable by the date. */
function missingYears(t: ReportTarget, plan: { periodStart: number }, date: string, lang: "zh" | "en"): string {
  const first = Math.max(t.baseline ? t.baseline.year + 1 : plan.periodStart, plan.periodStart);
  const last = Math.max(first, Math.min(t.target.year, Number(date.slice(0, 4)) - 1));
  if (first === last) return String(first);
  return lang === "zh" ? `${first}—${last}` : `${first}–${last}`;
}

function wordsOf(t: ReportTarget, input: ReturnType<typeof ReportInput.parse>): TargetWords {
  const lang = input.lang;
  const value = (v: number | null) => (v === null ? null : formatValue(v, t, lang));
  return {
    name: lang === "zh" ? t.indicator : t.indicatorEn,
    target: formatTarget(t, lang),
    targetYear: t.target.year,
    latest: value(t.latest?.value ?? null),
    latestYear: t.latest?.year ?? null,
    baseline: value(t.baseline?.value ?? null),
    baselineYear: t.baseline?.year ?? null,
    realised: formatGrowth(t.realisedAnnualGrowth, t, lang),
    required: formatGrowth(t.requiredAnnualGrowth, t, lang),
    projection: value(t.projection),
    completion: shownCompletionText(t, PHRASES[lang], lang),
    yearsLeft: t.latest ? Math.max(0, t.target.year - t.latest.year) : null,
    place: input.placeNames[t.placeCode] ?? t.placeCode,
  };
}

/**
 * Completion as the dashboard and the exports show it (core/monitoring/shown-completion): for a
 * growth-rate target the realised over the target rate, marked as such, so that it agrees with the status.
 */
function shownCompletionText(t: ReportTarget, p: Phrases, lang: ReportLang): string | null {
  const shown = shownCompletion(t);
  const text = formatCompletion(shown.value, lang);
  return text && shown.measure === "rate" ? `${text}${p.rateMark}` : text;
}

function progressSentence(t: ReportTarget, w: TargetWords, p: Phrases): string {
  switch (t.status) {
    case "achieved":
      return p.achieved(w);
    case "no_data": {
      const cause = noDataCause(t);
      return cause === "no_target_level" ? p.noTargetLevel(w) : cause === "no_observation" ? p.noObservation(w) : p.noTrend(w);
    }
    default:
      if (t.latest && t.latest.year >= t.target.year) return p.deadlineMissed(w);
      return p.trend(w, t.status);
  }
}
