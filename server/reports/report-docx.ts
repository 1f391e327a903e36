/**
 * The report as a Word file (.docx, written by the `docx` package) in the layout of Chinese official
 * documents (GB/T 9704): A4 with its margins, the title in 小标宋, the 文号 line, headings 一、 in 黑体,
 * （一） in 楷体 and 1. in bold 仿宋, body in 仿宋 三号 on a fixed 28 pt line, page numbers "— n —" in
 * the footer, tables as Word tables and one chart per target as a PNG image.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  ImageRun,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  type IRunOptions,
} from "docx";
import type { Block, ReportModel } from "../../core/evaluation-report/index.ts";
import type { RenderedChart } from "./report-charts.ts";

const MM = 56.7; // twips per millimetre
const PT = 20; // twips per point
const FANGSONG = "FangSong";
const FONTS = { title: "方正小标宋简体", h1: "SimHei", h2: "KaiTi", body: FANGSONG } as const;
/** Half-points: 二号 22 pt, 三号 16 pt, 五号 10.5 pt. */
const SIZE = { title: 44, body: 32, table: 21, caption: 24 } as const;
const TEXT_WIDTH_MM = 210 - 28 - 26;

const font = (name: string) => ({ ascii: name, hAnsi: name, eastAsia: name, cs: name });
const run = (text: string, options: Partial<IRunOptions> = {}) => new TextRun({ text, font: font(FONTS.body), size: SIZE.body, ...options });
const exactLine = { line: 28 * PT, lineRule: LineRuleType.EXACT } as const;

/** Writes the document: the report, or any other paper in its layout (a 督办单), with its charts in order. */
export async function renderDocx(model: Pick<ReportModel, "title" | "docNumberLine" | "issuer" | "blocks">, charts: RenderedChart[]): Promise<Buffer> {
  let chart = 0;
  const children: (Paragraph | Table)[] = [
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 0, after: 12 * PT, line: 36 * PT, lineRule: LineRuleType.AT_LEAST }, children: [run(model.title, { font: font(FONTS.title), size: SIZE.title })] }),
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 18 * PT, ...exactLine }, children: [run(model.docNumberLine)] }),
  ];
  for (const block of model.blocks) children.push(...blockOf(block, () => charts[chart++]));
  if (model.issuer) children.push(new Paragraph({ alignment: AlignmentType.RIGHT, spacing: { before: 24 * PT, ...exactLine }, children: [run(model.issuer)] }));

  const doc = new Document({
    creator: "Kechuang",
    title: model.title,
    styles: { default: { document: { run: { font: font(FONTS.body), size: SIZE.body } } } },
    sections: [
      {
        properties: { page: { size: { width: Math.round(210 * MM), height: Math.round(297 * MM) }, margin: { top: Math.round(37 * MM), bottom: Math.round(35 * MM), left: Math.round(28 * MM), right: Math.round(26 * MM), footer: Math.round(20 * MM) } } },
        footers: {
          default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: ["— ", PageNumber.CURRENT, " —"], font: font("SimSun"), size: 28 })] })] }),
        },
        children,
      },
    ],
  });
  return Packer.toBuffer(doc);
}

function blockOf(block: Block, nextChart: () => RenderedChart | undefined): (Paragraph | Table)[] {
  switch (block.type) {
    case "heading": {
      const face = block.level === 1 ? FONTS.h1 : block.level === 2 ? FONTS.h2 : FONTS.body;
      return [new Paragraph({ indent: { firstLine: 32 * PT }, spacing: exactLine, keepNext: true, children: [run(block.text, { font: font(face), bold: block.level === 3 })] })];
    }
    case "paragraph":
      return [new Paragraph({ indent: { firstLine: 32 * PT }, alignment: AlignmentType.JUSTIFIED, spacing: exactLine, children: block.sentences.map((s) => run(s.text)) })];
    case "table":
      return [caption(block.caption), tableOf(block)];
    case "chart": {
      const image = nextChart();
      if (!image) return [];
      const width = Math.round((TEXT_WIDTH_MM / 25.4) * 96 * 0.9);
      return [
        new Paragraph({ alignment: AlignmentType.CENTER, keepNext: true, children: [new ImageRun({ type: "png", data: image.png, transformation: { width, height: Math.round((width * image.height) / image.width) }, altText: { name: block.caption, description: block.caption, title: block.caption } })] }),
        caption(block.caption),
      ];
    }
  }
}

function caption(text: string): Paragraph {
  return new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 4 * PT, after: 8 * PT }, keepNext: true, children: [run(text, { size: SIZE.caption, font: font(FONTS.h1) })] });
}

function tableOf(block: Extract<Block, { type: "table" }>): Table {
  const total = block.widths.reduce((a, b) => a + b, 0);
  const textWidth = Math.round(TEXT_WIDTH_MM * MM);
  const widths = block.widths.map((w) => Math.round((w / total) * textWidth));
  const border = { style: BorderStyle.SINGLE, size: 4, color: "000000" };
  const cell = (text: string, i: number, header: boolean) =>
    new TableCell({
      width: { size: widths[i] ?? 0, type: WidthType.DXA },
      verticalAlign: VerticalAlign.CENTER,
      borders: { top: border, bottom: border, left: border, right: border },
      margins: { left: 60, right: 60, top: 30, bottom: 30 },
      children: [new Paragraph({ alignment: header || i === 0 ? AlignmentType.CENTER : AlignmentType.LEFT, children: [run(text, { size: SIZE.table, bold: header, font: font(header ? FONTS.h1 : FONTS.body) })] })],
    });
  return new Table({
    width: { size: textWidth, type: WidthType.DXA },
    columnWidths: widths,
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: block.columns.map((c, i) => cell(c, i, true)) }),
      ...block.rows.map((r) => new TableRow({ cantSplit: true, children: r.map((c, i) => cell(c, i, false)) })),
    ],
  });
}
