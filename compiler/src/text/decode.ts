/** Result of decoding a file's bytes: the text and the offsets (in the text) of invalid sequences. */
export interface DecodeResult {
  readonly text: string;
  /** Byte offset and text offset of each malformed UTF-8 sequence (replaced by U+FFFD). */
  readonly invalid: readonly { readonly byteOffset: number; readonly textOffset: number }[];
  readonly hadBom: boolean;
  /** Set when the bytes began with a UTF-16 byte order mark: the text was decoded as UTF-16. */
  readonly utf16?: 'UTF-16LE' | 'UTF-16BE';
}

const MAX_REPORTED = 20;

/**
 * Decodes UTF-8 with or without a BOM. The BOM is dropped (editors hide it too, so offsets agree with
 * the language server). Invalid sequences become U+FFFD and are reported with their byte offset so the
 * user can find them in a hex editor; we stop listing after a few, a binary file would list thousands.
 */
export function decodeUtf8(bytes: Uint8Array): DecodeResult {
  // A UTF-16 file (FF FE or FE FF first) read as UTF-8 is nothing but invalid bytes and NULs: hundreds
  // of diagnostics that hide the cause. Its text is decoded as UTF-16 instead, and the caller says once
  // that the file must be saved as UTF-8.
  const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe ? 'UTF-16LE' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'UTF-16BE' : undefined;
  if (utf16) {
    const text = new TextDecoder(utf16 === 'UTF-16LE' ? 'utf-16le' : 'utf-16be', { fatal: false, ignoreBOM: true }).decode(bytes.subarray(2));
    return { text, invalid: [], hadBom: true, utf16 };
  }
  const hadBom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = hadBom ? bytes.subarray(3) : bytes;
  const text = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true }).decode(body);
  const invalid: { byteOffset: number; textOffset: number }[] = [];
  if (text.includes('\uFFFD')) scanInvalid(body, hadBom ? 3 : 0, invalid);
  return { text, invalid, hadBom };
}

// Walks the bytes with the WHATWG decoder's rules (maximal subpart replacement), so that the text
// offsets we compute match the replacement characters the decoder produced.
function scanInvalid(b: Uint8Array, base: number, out: { byteOffset: number; textOffset: number }[]): void {
  let i = 0;
  let t = 0;
  while (i < b.length && out.length < MAX_REPORTED) {
    const c = b[i] ?? 0;
    let need = 0;
    let lower = 0x80;
    let upper = 0xbf;
    if (c < 0x80) { i++; t++; continue; }
    if (c >= 0xc2 && c <= 0xdf) need = 1;
    else if (c >= 0xe0 && c <= 0xef) { need = 2; if (c === 0xe0) lower = 0xa0; if (c === 0xed) upper = 0x9f; }
    else if (c >= 0xf0 && c <= 0xf4) { need = 3; if (c === 0xf0) lower = 0x90; if (c === 0xf4) upper = 0x8f; }
    else { out.push({ byteOffset: base + i, textOffset: t }); i++; t++; continue; }
    let j = 1;
    for (; j <= need; j++) {
      const n = b[i + j];
      if (n === undefined || n < lower || n > upper) break;
      lower = 0x80;
      upper = 0xbf;
    }
    if (j <= need) { out.push({ byteOffset: base + i, textOffset: t }); i += j; t++; continue; }
    i += need + 1;
    t += need === 3 ? 2 : 1;
  }
}
