/** The little of fontkit's API the report charts use (the package ships no types). */
declare module "fontkit" {
  export interface Glyph {
    advanceWidth: number;
    path: { toSVG(): string };
  }
  export interface Font {
    unitsPerEm: number;
    ascent: number;
    descent: number;
    glyphForCodePoint(codePoint: number): Glyph;
  }
  export interface FontCollection {
    getFont(postscriptName: string): Font;
  }
  export function create(buffer: Buffer, postscriptName?: string): Font | FontCollection;
}
