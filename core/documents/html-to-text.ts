/**
 * HTML as published on government sites → plain text, one paragraph a line. Scripts, styles,
 * forms and the page's navigation and footer elements are dropped; table cells of a row are joined
 * on one line separated by a space. Chrome that remains as text (banners, 备案号 lines) is found
 * afterwards by findPageChrome, which reports it without rewriting the text. A page nested deeper
 * than the limit is refused before it is parsed into a tree: building one costs time quadratic in
 * the depth (10,000 nested divs take seconds, 100,000 minutes) and walking it, stack.
 */
import { Parser } from "htmlparser2";
import { DocumentError } from "./document-error.ts";
import { DEFAULT_READ_LIMITS } from "./read-limits.ts";

const DROP = "script, style, noscript, template, iframe, form, button, select, nav, header, footer, svg";
/** Class or id names of page furniture. */
const FURNITURE = /(^|[-_\s])(nav|navbar|menu|breadcrumb|crumb|share|toolbar|sidebar|banner|footer|header|topbar|login)([-_\s]|$)/i;
const BLOCK = new Set(["p", "div", "section", "article", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "table", "tr", "blockquote", "pre", "dd", "dt", "dl", "center", "main", "body"]);

type Node = { type: string; data?: string; name?: string; children?: Node[] };

/** Thrown out of the scanner to stop it at the first element past the limit. */
class TooDeep extends Error {}

/**
 * Refuses a page nested deeper than `maxDepth`, scanning its tags without building a tree and
 * stopping at the first element past the limit. The tokenizer closes what HTML closes implicitly
 * (<p>, <li>, <td> …) and void elements, so only real nesting counts.
 */
export function assertHtmlDepth(html: string, maxDepth: number): void {
  let depth = 0;
  const parser = new Parser(
    {
      onopentag() {
        if (++depth > maxDepth) throw new TooDeep();
      },
      onclosetag() {
        depth--;
      },
    },
    { decodeEntities: false },
  );
  try {
    parser.end(html);
  } catch (error) {
    if (error instanceof TooDeep) throw new DocumentError("too_deep", undefined, { limit: maxDepth });
    throw error;
  }
}

/** Converts an HTML page to text; throws DocumentError (too_deep) for a page nested deeper than `maxDepth`. */
export async function htmlToText(html: string, maxDepth = DEFAULT_READ_LIMITS.maxHtmlDepth): Promise<string> {
  assertHtmlDepth(html, maxDepth);
  // cheerio brings a whole HTTP client along (a second of start-up): loaded when a page is read.
  const cheerio = await import("cheerio");
  const $ = cheerio.load(html);
  $(DROP).remove();
  $("[class], [id]").each((_, el) => {
    const names = `${$(el).attr("class") ?? ""} ${$(el).attr("id") ?? ""}`;
    if (FURNITURE.test(names) && el.tagName !== "body" && el.tagName !== "html") $(el).remove();
  });
  const out: string[] = [];
  const walk = (node: Node) => {
    if (node.type === "text") {
      out.push((node.data ?? "").replace(/[\s\u00a0]+/g, " "));
      return;
    }
    if (node.type !== "tag" && node.type !== "root") return;
    const name = node.name ?? "";
    if (name === "br") {
      out.push("\n");
      return;
    }
    if (BLOCK.has(name)) out.push("\n");
    if (name === "td" || name === "th") out.push(" ");
    for (const child of node.children ?? []) walk(child);
    if (BLOCK.has(name)) out.push("\n");
  };
  const root = $.root().get(0) as unknown as Node;
  walk(root);
  return out
    .join("")
    .split("\n")
    .map((line) => line.replace(/ {2,}/g, " ").trim())
    .filter((line, i, all) => line || (i > 0 && all[i - 1]))
    .join("\n")
    .trim();
}
