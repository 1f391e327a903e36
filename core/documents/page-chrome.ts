/**
 * Web page chrome in texts copied from government sites: welcome banners, "您当前的位置" trails,
 * print/share buttons, 备案号, address and telephone lines, click counters, "收藏本站", "联系我们"…
 * Chrome is recognised line by line and reported as spans; the body is what remains. The text is
 * never rewritten, so every offset stays that of the text as read.
 */
import { z } from "zod";

export const Span = z.object({ start: z.number().int(), end: z.number().int() });
export type Span = z.infer<typeof Span>;

export const ChromeKind = z.enum(["navigation", "footer", "metadata"]);
export type ChromeKind = z.infer<typeof ChromeKind>;

export const ChromeSpan = Span.extend({ kind: ChromeKind });
export type ChromeSpan = z.infer<typeof ChromeSpan>;

const NAVIGATION = /^(欢迎(访问|光临)|您(当前)?的?位置|当前位置|首页\s*[>›»]|网站首页|打印|分享到|收藏本站|加入收藏|设为首页|联系我们|繁體版|简体版|无障碍|关怀版|智能机器人|扫一扫|【?字体|关闭(窗口|本页)|返回顶部|上一篇|下一篇|您即将离开|中国政府网)/;
const FOOTER = /^(地\s*址[:：]|电\s*话[:：]|传\s*真[:：]|邮\s*编[:：]|邮\s*箱[:：]|E-?mail[:：]|备案号|版权所有|主办单位|承办单位|技术支持|网站标识码|网站地图|责任编辑[:：])|ICP备|公网安备|点击(次数|数|量)[:：]|浏览次数[:：]|阅读次数[:：]/i;
const METADATA = /^\[\s*(索引号|发文字号|主题分类|体裁分类|发布机构|有效性|成文日期|发布日期)\s*\]|^(来源|发布时间|发布日期)[:：].{0,40}$/;
/** Short menu words standing alone between chrome lines ("镇街", "通知公告"). */
const MENU_WORD = /^[\u4e00-\u9fff\s]{1,8}$/;

function classify(line: string): ChromeKind | null {
  if (METADATA.test(line)) return "metadata";
  if (NAVIGATION.test(line)) return "navigation";
  if (FOOTER.test(line)) return "footer";
  return null;
}

export type PageLayout = { body: Span[]; chrome: ChromeSpan[] };

/** Splits a text into its body span(s) and the chrome lines around and between them. */
export function findPageChrome(text: string): PageLayout {
  const lines: { start: number; end: number; text: string; kind: ChromeKind | null }[] = [];
  let offset = 0;
  for (const raw of text.split("\n")) {
    const trimmed = raw.trim();
    const lead = raw.length - raw.trimStart().length;
    lines.push({ start: offset + lead, end: offset + lead + trimmed.length, text: trimmed, kind: trimmed ? classify(trimmed) : null });
    offset += raw.length + 1;
  }
  const filled = lines.filter((l) => l.text);
  // A menu word is chrome when the nearest non-empty lines on both sides are chrome (or the edge).
  filled.forEach((l, i) => {
    if (l.kind || !MENU_WORD.test(l.text)) return;
    const prev = filled[i - 1];
    const next = filled.slice(i + 1).find((n) => !MENU_WORD.test(n.text) || n.kind);
    if ((!prev || prev.kind) && (!next || next.kind)) l.kind = "navigation";
  });
  const chrome: ChromeSpan[] = filled.filter((l) => l.kind).map((l) => ({ start: l.start, end: l.end, kind: l.kind! }));
  const body: Span[] = [];
  let run: Span | null = null;
  for (const l of filled) {
    if (l.kind) {
      if (run) body.push(run);
      run = null;
    } else if (run) run.end = l.end;
    else run = { start: l.start, end: l.end };
  }
  if (run) body.push(run);
  return { body, chrome };
}
