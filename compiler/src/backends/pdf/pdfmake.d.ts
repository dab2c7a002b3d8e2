// The slice of pdfmake 0.3's server API that render.ts uses (the package ships no types).
declare module 'pdfmake' {
  interface OutputDocument {
    getBuffer(): Promise<Buffer>;
  }
  interface VirtualFs {
    writeFileSync(name: string, content: Buffer | string, encoding?: 'base64'): void;
  }
  interface PdfMake {
    readonly virtualfs: VirtualFs;
    setFonts(fonts: Record<string, Record<'normal' | 'bold' | 'italics' | 'bolditalics', string>>): void;
    setLocalAccessPolicy(policy: (path: string) => boolean): void;
    setUrlAccessPolicy(policy: (url: string) => boolean): void;
    addTableLayouts(layouts: Record<string, unknown>): void;
    createPdf(definition: object, options?: object): OutputDocument;
  }
  const pdfmake: PdfMake;
  export default pdfmake;
}
