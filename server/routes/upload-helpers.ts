/** Reading an uploaded file from a multipart form (field `file`) or JSON ({ fileName, contentBase64 }). */
import type { Context } from "hono";
import { z } from "zod";
import { invalidField } from "../errors/app-error.ts";

export const UploadJson = z.object({ fileName: z.string().min(1).max(300), contentBase64: z.string().max(30_000_000) });
export const UploadForm = z.object({ file: z.any().describe("the file: .xlsx or .csv") });

/** The file's name and bytes, whichever body the client sent. */
export async function uploadedFile(c: Context): Promise<{ fileName: string; bytes: Uint8Array }> {
  const type = c.req.header("content-type") ?? "";
  if (/json/i.test(type)) {
    const parsed = UploadJson.safeParse(await c.req.json().catch(() => null));
    if (!parsed.success) throw invalidField("file", "请提供 fileName 和 contentBase64", "send fileName and contentBase64");
    return { fileName: parsed.data.fileName, bytes: Uint8Array.from(Buffer.from(parsed.data.contentBase64, "base64")) };
  }
  if (/multipart\/form-data/i.test(type)) {
    const form = await c.req.formData();
    const file = form.get("file");
    if (file instanceof File) return { fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
  }
  throw invalidField("file", "请以 multipart/form-data（字段 file）上传文件", "upload the file as multipart/form-data (field file)");
}

/** The OpenAPI description of such a body. */
export const uploadBody = {
  body: { content: { "multipart/form-data": { schema: UploadForm }, "application/json": { schema: UploadJson } } },
};
