// The typeface of the contract: Source Serif 4 (SIL OFL), from the npm package
// @expo-google-fonts/source-serif-4, whose TrueType files cover French fully (é è ê à ç œ Œ « » € ’
// and U+00A0 / U+202F, checked by test/pdf/fonts.test.ts). The core reads no file: callers load
// these module specifiers (the CLI with node:fs) and hand the bytes to renderPdf.

export type FontStyle = 'normal' | 'bold' | 'italics' | 'bolditalics';

export type PdfFonts = Readonly<Record<FontStyle, Uint8Array>>;

const PKG = '@expo-google-fonts/source-serif-4';

/** Module specifiers of the four faces; resolve with `import.meta.resolve`. */
export const FONT_SPECIFIERS: Readonly<Record<FontStyle, string>> = {
  normal: `${PKG}/400Regular/SourceSerif4_400Regular.ttf`,
  bold: `${PKG}/600SemiBold/SourceSerif4_600SemiBold.ttf`,
  italics: `${PKG}/400Regular_Italic/SourceSerif4_400Regular_Italic.ttf`,
  bolditalics: `${PKG}/600SemiBold_Italic/SourceSerif4_600SemiBold_Italic.ttf`,
};

/** file: URLs of the faces, resolved from this module (works unbundled; the CLI bundle may override). */
export function fontUrls(): Readonly<Record<FontStyle, string>> {
  const out = {} as Record<FontStyle, string>;
  for (const [style, spec] of Object.entries(FONT_SPECIFIERS) as [FontStyle, string][]) out[style] = import.meta.resolve(spec);
  return out;
}
