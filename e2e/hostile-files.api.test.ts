/**
 * Hostile plan documents through the HTTP API, on both databases: a 1.5 MB .docx of 400 MB of XML
 * (declaring its size, and lying about it) refused in well under 2 s with the server's memory
 * growing by less than 200 MB (the server runs in this process: its RSS and heap are this
 * process's, sampled while the request runs); a .docx that is not a zip, random bytes as .txt and
 * an HTML page of 100,000 nested divs refused with a 4xx naming the file, in both languages; nothing
 * stored.
 */
import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { TEST_DATABASES } from "../server/db/test-databases.ts";
import { docxBomb } from "../server/files/testing/make-docx.ts";
import { useTestServer } from "./test-server.ts";
import type { ApiClient } from "./testing/api-client.ts";
import { withPeakMemory } from "./testing/peak-memory.ts";

const MB = 1024 * 1024;

describe.each(TEST_DATABASES)("hostile plan documents on $name", (database) => {
  const server = useTestServer(database);
  let office: ApiClient;

  const upload = (name: string, bytes: Uint8Array, client = office) => {
    const form = new FormData();
    form.set("file", new File([Buffer.from(bytes)], name));
    return client.post("/api/documents", form);
  };
  const planCount = async () => ((await office.get("/api/plans")).body as unknown[]).length;

  it("refuses a .docx zip bomb in under 2 s with the server's memory growing by less than 200 MB", async () => {
    office = await server.office();
    const before = await planCount();
    for (const [name, bomb, words] of [
      ["炸弹.docx", docxBomb(400), "解压后超过 100 MB 的上限"],
      ["lying.docx", docxBomb(400, 8), "解压后的大小与声明不符"],
    ] as const) {
      expect(bomb.length).toBeLessThan(2 * MB);
      const { result: res, ms, rssGrowthMb, heapGrowthMb } = await withPeakMemory(() => upload(name, bomb));
      expect(res.status, name).toBe(422);
      expect(res.body.error.field).toBe("file");
      expect(res.body.error.messages.zh, name).toContain(`文件“${name}”`);
      expect(res.body.error.messages.zh, name).toContain(words);
      expect(ms, name).toBeLessThan(2_000);
      expect(rssGrowthMb, name).toBeLessThan(200);
      expect(heapGrowthMb, name).toBeLessThan(200);
    }
    expect(await planCount()).toBe(before);
  });

  it("refuses a .docx that is not a zip, random bytes as .txt and 100,000 nested divs, naming the file", async () => {
    const before = await planCount();
    const text = "某区科技创新行动方案(2024—2026年)\n到2026年，科技型企业超过1200家，研发投入强度达到3%。";
    const cases: Array<[string, Uint8Array, string, string]> = [
      ["plan.docx", new TextEncoder().encode(text), "不是有效的 Word 文件", "not a valid Word document"],
      ["random.txt", randomBytes(64 * 1024), "不是文本", "not text"],
      ["random-utf16.txt", new Uint8Array([0xff, 0xfe, ...randomBytes(8 * 1024)]), "不像文本", "does not read as text"],
      ["nested.html", new TextEncoder().encode(`<html><body>${"<div>".repeat(100_000)}${text}${"</div>".repeat(100_000)}</body></html>`), "嵌套超过 256 层", "more than 256 deep"],
    ];
    const english = await server.as({ username: "office-en", role: "plan_office" }, "en");
    for (const [name, bytes, zh, en] of cases) {
      const started = performance.now();
      const res = await upload(name, bytes);
      expect(performance.now() - started, name).toBeLessThan(2_000);
      expect(res.status, name).toBe(422);
      expect(res.body.error.messages.zh, name).toContain(`文件“${name}”无法读取`);
      expect(res.body.error.messages.zh, name).toContain(zh);
      const inEnglish = await upload(name, bytes, english);
      expect(inEnglish.body.error.message, name).toContain(`"${name}"`);
      expect(inEnglish.body.error.message, name).toContain(en);
    }
    expect(await planCount()).toBe(before);
  });
});
