/**
 * The CJK fonts reports are set in: Debian's Noto CJK (package fonts-noto-cjk), read once per process.
 * KECHUANG_FONT_DIR points elsewhere; a missing font is a clear error naming the file and the package.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { AppError } from "../errors/app-error.ts";

export const DEFAULT_FONT_DIR = "/usr/share/fonts/opentype/noto";

/** The font files used, and the face of each collection (PostScript name) the PDF takes. */
const FILES = {
  serif: { file: "NotoSerifCJK-Regular.ttc", face: "NotoSerifCJKsc-Regular" },
  serifBold: { file: "NotoSerifCJK-Bold.ttc", face: "NotoSerifCJKsc-Bold" },
  sans: { file: "NotoSansCJK-Regular.ttc", face: "NotoSansCJKsc-Regular" },
  sansBold: { file: "NotoSansCJK-Bold.ttc", face: "NotoSansCJKsc-Bold" },
} as const;
export type FontRole = keyof typeof FILES;

export interface LoadedFont {
  path: string;
  face: string;
  bytes: Buffer;
}

const cache = new Map<string, LoadedFont>();

export function fontDir(): string {
  return process.env.KECHUANG_FONT_DIR || DEFAULT_FONT_DIR;
}

/** One font, read on first use and kept. */
export function reportFont(role: FontRole): LoadedFont {
  const path = join(fontDir(), FILES[role].file);
  const known = cache.get(path);
  if (known) return known;
  if (!existsSync(path)) {
    throw new AppError("internal", {
      zh: `缺少报告字体 ${path}：请安装 Debian 软件包 fonts-noto-cjk，或用 KECHUANG_FONT_DIR 指向 Noto CJK 字体目录`,
      en: `report font ${path} is missing: install the Debian package fonts-noto-cjk, or point KECHUANG_FONT_DIR at the Noto CJK fonts`,
    });
  }
  const font = { path, face: FILES[role].face, bytes: readFileSync(path) };
  cache.set(path, font);
  return font;
}
