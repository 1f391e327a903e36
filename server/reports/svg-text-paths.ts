/**
 * ECharts' SVG text turned into glyph outlines (fontkit reading the Noto CJK font), so the SVG renders
 * to PNG without a font lookup per text — resvg's text layout over a CJK collection is what made
 * charts slow. Each glyph's outline is computed once per process and reused.
 */
import * as fontkit from "fontkit";
import { reportFont } from "./report-fonts.ts";

let font: fontkit.Font | null = null;
const outlines = new Map<number, { d: string; advance: number }>();

function sansFont(): fontkit.Font {
  if (!font) {
    const f = reportFont("sans");
    // Given a PostScript name, fontkit opens that face of the collection.
    font = fontkit.create(f.bytes, f.face) as fontkit.Font;
  }
  return font;
}

function outline(codePoint: number): { d: string; advance: number } {
  let known = outlines.get(codePoint);
  if (!known) {
    const glyph = sansFont().glyphForCodePoint(codePoint);
    known = { d: glyph.path.toSVG(), advance: glyph.advanceWidth };
    outlines.set(codePoint, known);
  }
  return known;
}

const attr = (attrs: string, name: string) => new RegExp(`(?:^|\\s)${name}="([^"]*)"`).exec(attrs)?.[1];
const unescape = (s: string) => s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, "&");

/** One <text> as a group of glyph paths: anchored (start, middle, end) and placed on its baseline (central, alphabetic, hanging, bottom). */
function textToPaths(attrs: string, content: string): string {
  const f = sansFont();
  const size = Number(/font-size:\s*([\d.]+)px/.exec(attr(attrs, "style") ?? "")?.[1] ?? 12);
  const scale = size / f.unitsPerEm;
  const glyphs = [...unescape(content)].map((ch) => outline(ch.codePointAt(0)!));
  const width = glyphs.reduce((a, g) => a + g.advance, 0) * scale;
  const anchor = attr(attrs, "text-anchor") ?? "start";
  const baseline = attr(attrs, "dominant-baseline") ?? "alphabetic";
  let x = Number(attr(attrs, "x") ?? 0) - (anchor === "middle" ? width / 2 : anchor === "end" ? width : 0);
  const shift = baseline === "central" || baseline === "middle" ? (f.ascent + f.descent) / 2 : baseline === "hanging" || baseline === "text-before-edge" ? f.ascent : baseline === "bottom" || baseline === "text-after-edge" ? f.descent : 0;
  const y = Number(attr(attrs, "y") ?? 0) + shift * scale;
  const paths = glyphs.map((g) => {
    const p = `<path transform="translate(${x.toFixed(2)} ${y.toFixed(2)}) scale(${scale.toFixed(5)} ${(-scale).toFixed(5)})" d="${g.d}"/>`;
    x += g.advance * scale;
    return p;
  });
  const transform = attr(attrs, "transform");
  const fill = attr(attrs, "fill") ?? "#000";
  const opacity = attr(attrs, "fill-opacity");
  return `<g fill="${fill}"${opacity ? ` fill-opacity="${opacity}"` : ""}${transform ? ` transform="${transform}"` : ""}>${paths.join("")}</g>`;
}

/** The SVG with every <text> element replaced by its glyph outlines. */
export function svgTextToPaths(svg: string): string {
  return svg.replace(/<text([^>]*)>([^<]*)<\/text>/g, (_, attrs: string, content: string) => textToPaths(attrs, content));
}
