/**
 * The report as PDF, written by pdfkit in pure JavaScript (no browser) with Debian's Noto CJK fonts
 * embedded as subsets, so its text can be searched and copied: the same blocks and charts as the Word
 * file, on A4 with GB/T 9704 margins and page numbers "— n —" at the foot of every page.
 */
import PDFDocument from "pdfkit";
import type { Block, ReportModel } from "../../core/evaluation-report/index.ts";
import type { RenderedChart } from "./report-charts.ts";
import { reportFont, type FontRole } from "./report-fonts.ts";

const MM = 72 / 25.4;
const MARGINS = { top: 37 * MM, bottom: 35 * MM, left: 28 * MM, right: 26 * MM };
const BODY = 12;

export async function renderPdf(model: ReportModel, charts: RenderedChart[]): Promise<Buffer> {
  const doc = new PDFDocument({ size: "A4", margins: MARGINS, bufferPages: true, info: { Title: model.title, Creator: "Kechuang" } });
  const parts: Buffer[] = [];
  doc.on("data", (b: Buffer) => parts.push(b));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(parts)));
    doc.on("error", reject);
  });
  for (const role of ["serif", "serifBold", "sans", "sansBold"] as FontRole[]) {
    const f = reportFont(role);
    doc.registerFont(role, f.bytes, f.face);
  }
  const width = doc.page.width - MARGINS.left - MARGINS.right;

  doc.font("serifBold").fontSize(20).text(model.title, { align: "center", lineGap: 6 });
  doc.moveDown(0.5).font("serif").fontSize(BODY).text(model.docNumberLine, { align: "center" });
  doc.moveDown(1);
  let chart = 0;
  for (const block of model.blocks) drawBlock(doc, block, width, () => charts[chart++]);
  if (model.issuer) doc.moveDown(1).font("serif").fontSize(BODY).text(model.issuer, { align: "right" });

  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.font("serif").fontSize(10).text(`— ${i + 1} —`, MARGINS.left, doc.page.height - bottom / 2, { width, align: "center", lineBreak: false });
    doc.page.margins.bottom = bottom;
  }
  doc.end();
  return done;
}

/** Starts a new page when less than `height` points are left on this one. */
function ensureRoom(doc: PDFKit.PDFDocument, height: number): void {
  if (doc.y + height > doc.page.height - doc.page.margins.bottom) doc.addPage();
}

function drawBlock(doc: PDFKit.PDFDocument, block: Block, width: number, nextChart: () => RenderedChart | undefined): void {
  const x = MARGINS.left;
  switch (block.type) {
    case "heading": {
      ensureRoom(doc, 60);
      const [face, size] = block.level === 1 ? (["sansBold", 14] as const) : block.level === 2 ? (["serifBold", 13] as const) : (["serifBold", BODY] as const);
      doc.moveDown(block.level === 1 ? 0.6 : 0.3).font(face).fontSize(size).text(block.text, x, doc.y, { width, indent: 2 * BODY });
      doc.moveDown(0.2);
      return;
    }
    case "paragraph":
      doc.font("serif").fontSize(BODY).text(block.sentences.map((s) => s.text).join(""), x, doc.y, { width, indent: 2 * BODY, lineGap: 6, align: "justify" });
      doc.moveDown(0.3);
      return;
    case "table": {
      ensureRoom(doc, 80);
      doc.moveDown(0.3).font("sans").fontSize(10).text(block.caption, x, doc.y, { width, align: "center" });
      doc.moveDown(0.3);
      const total = block.widths.reduce((a, b) => a + b, 0);
      doc.font("serif").fontSize(8);
      doc.table({
        position: { x, y: doc.y },
        maxWidth: width,
        columnStyles: block.widths.map((w) => (w / total) * width),
        defaultStyle: { padding: [2, 3, 2, 3], border: 0.5 },
        data: [block.columns.map((c) => ({ text: c, font: { src: "sansBold", size: 8 }, align: "center" as const, backgroundColor: "#f0f0f0" })), ...block.rows.map((r) => r.map((c) => ({ text: c, font: { src: "serif", size: 8 } })))],
      });
      doc.x = x;
      doc.moveDown(0.6);
      return;
    }
    case "chart": {
      const image = nextChart();
      if (!image) return;
      const w = width * 0.9;
      const h = (w * image.height) / image.width;
      ensureRoom(doc, h + 24);
      doc.image(image.png, x + (width - w) / 2, doc.y, { width: w, height: h });
      doc.y += h + 2;
      doc.font("sans").fontSize(10).text(block.caption, x, doc.y, { width, align: "center" });
      doc.moveDown(0.6);
      return;
    }
  }
}
