// The slice of fontkit (a pdfkit dependency, untyped) that the font coverage test uses.
declare module 'fontkit' {
  interface Font {
    hasGlyphForCodePoint(codePoint: number): boolean;
  }
  export function create(buffer: Buffer): Font | { fonts: Font[] };
}
