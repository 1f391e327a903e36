/** The whole reading path on a seed published as a GBK web page: bytes → text → statements. */
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { readDocument } from "./read-document.ts";
import { extractStatements } from "../extraction/extract-statements.ts";
import { buildOutline } from "../outline/outline.ts";

const seeds = resolve(dirname(fileURLToPath(import.meta.url)), "../../data/seeds");
/** Markup escapes, and characters GBK lacks (the seed's en spaces) as entities, as a GBK page writes them. */
const escape = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/[\u2000-\u200f]/g, (c) => `&#x${c.charCodeAt(0).toString(16)};`);

describe("reading the five-year plan as a GBK web page", () => {
  it("finds the same statements and chapters as in the plain text, at offsets of the text read", async () => {
    const plain = readFileSync(resolve(seeds, "003_d7f53db3d6bb61e0.txt"), "utf8");
    const html = `<html><head><meta charset="gb2312"></head><body><div class="menu">首页 政务公开</div>` +
      plain.split("\n").filter((l) => l.trim()).map((l) => `<p>${escape(l)}</p>`).join("\n") + `<script>track()</script></body></html>`;
    const doc = await readDocument(new Uint8Array(iconv.encode(html, "gbk")));
    expect(doc.encoding).toBe("gb18030");
    const key = (s: { type: string; value: number; year: number | null }) => `${s.type} ${s.value} ${s.year}`;
    const fromPage = extractStatements(doc.text, { skip: doc.chrome });
    const fromText = extractStatements(plain);
    expect(fromPage.map(key).sort()).toEqual(fromText.map(key).sort());
    // Same quotes, each read at its own offsets.
    expect(fromPage.map((s) => doc.text.slice(s.start, s.end))).toEqual(fromText.map((s) => plain.slice(s.start, s.end)));
    const bodyEnd = Math.max(...doc.body.map((b) => b.end));
    expect(buildOutline(doc.text, { bodyEnd }).nodes.filter((n) => n.kind === "chapter")).toHaveLength(15);
    expect(doc.metadata.documentNumber?.value).toBe("渝府发〔2022〕3号");
  });
});
