/**
 * Hostile plan documents: how long a refusal takes and how much the server's memory grows. A 1.5 MB
 * .docx of 400 MB of XML (declaring its size, then lying that it is 8 MB), random bytes as .txt and
 * 100,000 nested divs are posted to POST /api/documents of a server running in this process (its
 * RSS and heap sampled every 5 ms during the request), then read by readUpload alone. Beside them,
 * what the guard costs an honest .docx: readUpload against mammoth on the same file.
 * Run: npm run bench -- files
 */
import { randomBytes } from "node:crypto";
import { performance } from "node:perf_hooks";
import { docxToText } from "../core/documents/docx-to-text.ts";
import { docxBomb, makeDocx } from "../server/files/testing/make-docx.ts";
import { readUpload } from "../server/services/read-upload.service.ts";
import { startServer } from "../server/start.ts";
import { accountFor, administratorOf } from "../e2e/testing/api-client.ts";
import { withPeakMemory } from "../e2e/testing/peak-memory.ts";
import { median, table } from "./support/measure.ts";

const MB = 2 ** 20;

const text = "某区科技创新行动方案(2024—2026年)\n到2026年，科技型企业超过1200家，研发投入强度达到3%。";
const files: Array<[string, string, Uint8Array]> = [
  ["bomb.docx", "400 MB of XML, size declared", docxBomb(400)],
  ["lying.docx", "400 MB of XML, declares 8 MB", docxBomb(400, 8)],
  ["random.txt", "1 MB of random bytes", randomBytes(MB)],
  ["nested.html", "100,000 nested divs", new TextEncoder().encode(`<html><body>${"<div>".repeat(100_000)}${text}${"</div>".repeat(100_000)}</body></html>`)],
];

let password = "";
const server = await startServer({ port: 0, database: { kind: "pglite-memory" }, onInitialAdministrator: (a) => (password = a.password) });
const office = await accountFor(await administratorOf(server.url, password), { username: "规划处", role: "plan_office" });

const rows: (string | number)[][] = [];
for (const [name, what, bytes] of files) {
  const form = new FormData();
  form.set("file", new File([Buffer.from(bytes)], name));
  const http = await withPeakMemory(() => office.post("/api/documents", form));
  const direct = await withPeakMemory(() => readUpload(name, bytes).then(() => "read", (e: Error) => e.message));
  if (http.result.status !== 422 || direct.result === "read") throw new Error(`${name} was not refused: ${http.result.status}`);
  rows.push([name, what, (bytes.length / MB).toFixed(2), http.result.status, http.ms.toFixed(0), http.rssGrowthMb.toFixed(0), http.heapGrowthMb.toFixed(0), direct.ms.toFixed(0), direct.rssGrowthMb.toFixed(0)]);
}
await server.close();
console.log("Refusals (POST /api/documents on an in-process server; growth = peak during the request − before):");
console.log(table(["file", "content", "size MB", "status", "HTTP ms", "RSS +MB", "heap +MB", "readUpload ms", "RSS +MB"], rows));

// The guard's cost on an honest file: inflate and re-store the parts, then mammoth, against mammoth alone.
const honest = makeDocx(Array.from({ length: 6_000 }, (_, i) => `${i + 1}. 到2026年，科技型企业超过1200家，研发投入强度达到3%。`).join("\n"));
const guarded: number[] = [];
const bare: number[] = [];
for (let round = 0; round < 5; round++) {
  let started = performance.now();
  await readUpload("plan.docx", honest);
  guarded.push(performance.now() - started);
  started = performance.now();
  await docxToText(honest);
  bare.push(performance.now() - started);
}
console.log(`\nAn honest .docx of 6,000 paragraphs (${(honest.length / 1024).toFixed(0)} KB): readUpload (guard, mammoth, page chrome and metadata) median ${median(guarded).toFixed(0)} ms, mammoth alone ${median(bare).toFixed(0)} ms`);
