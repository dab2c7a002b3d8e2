import pdfmake from 'pdfmake';
import type { DocumentDefinition } from './from-document.ts';
import type { FontStyle, PdfFonts } from './fonts.ts';
import { FONT, type Json } from './layout.ts';

// The only module that imports pdfmake. The document definition is plain data; what pdfmake needs as
// code or objects is made here: page furniture as functions (`{page}` / `{pages}` filled, no header or
// footer on the cover), metadata dates as Date objects, fonts from the caller's bytes through
// pdfmake's in-memory file system. Local files and URLs are refused outright, so a definition can
// never make the renderer read the disk or the network.

const FILES: Readonly<Record<FontStyle, string>> = {
  normal: `${FONT}-normal.ttf`,
  bold: `${FONT}-bold.ttf`,
  italics: `${FONT}-italics.ttf`,
  bolditalics: `${FONT}-bolditalics.ttf`,
};

let installed: PdfFonts | undefined;

function base64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

function install(fonts: PdfFonts): void {
  if (installed === fonts) return;
  for (const style of Object.keys(FILES) as FontStyle[]) {
    // In Node a Buffer; in a browser (the playground bundles pdfmake's browser build, which has its
    // own Buffer but exposes none) base64 that pdfmake's virtual file system decodes itself.
    if (typeof Buffer === 'function') pdfmake.virtualfs.writeFileSync(FILES[style], Buffer.from(fonts[style]));
    else pdfmake.virtualfs.writeFileSync(FILES[style], base64(fonts[style]), 'base64');
  }
  pdfmake.setFonts({ [FONT]: { ...FILES } });
  // pdfmake's browser build has no local file system, hence no policy for it.
  if (typeof pdfmake.setLocalAccessPolicy === 'function') pdfmake.setLocalAccessPolicy(() => false);
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.addTableLayouts({ compactLines: COMPACT_LINES });
  installed = fonts;
}

interface TableNode {
  readonly table: { readonly body: readonly unknown[]; readonly headerRows?: number; readonly widths: readonly unknown[] };
}

/**
 * pdfmake's `lightHorizontalLines` with half its cell padding, named `compactLines` for the
 * definition (which stays plain data): wide tables such as the SLA matrix keep their headings whole.
 */
const COMPACT_LINES = {
  hLineWidth: (i: number, node: TableNode): number => (i === 0 || i === node.table.body.length ? 0 : i === node.table.headerRows ? 2 : 1),
  vLineWidth: (): number => 0,
  hLineColor: (i: number): string => (i === 1 ? 'black' : '#aaa'),
  paddingLeft: (i: number): number => (i === 0 ? 0 : 4),
  paddingRight: (i: number, node: TableNode): number => (i === node.table.widths.length - 1 ? 0 : 4),
};

/** Replaces `{page}` / `{pages}` in every string of a furniture node. */
function fill(node: Json, page: number, pages: number): Json {
  if (typeof node === 'string') return node.replaceAll('{page}', String(page)).replaceAll('{pages}', String(pages));
  if (Array.isArray(node)) return node.map((n: Json) => fill(n, page, pages));
  if (node !== null && typeof node === 'object') {
    return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, fill(v, page, pages)]));
  }
  return node;
}

/** The definition pdfmake receives: plain data plus the few functions and dates it wants. */
export function toPdfmake(definition: DocumentDefinition): Record<string, unknown> {
  const { header, footer, info, ...rest } = definition;
  const meta = (info ?? {}) as Record<string, Json>;
  const furniture = (node: Json | undefined) => (page: number, pages: number): Json =>
    page === 1 || node === undefined ? '' : fill(node, page, pages);
  return {
    ...rest,
    info: {
      ...meta,
      creationDate: new Date(String(meta['creationDate'] ?? '1970-01-01T00:00:00Z')),
      modDate: new Date(String(meta['modDate'] ?? '1970-01-01T00:00:00Z')),
    },
    header: furniture(header),
    footer: furniture(footer),
  };
}

export async function renderPdf(definition: DocumentDefinition, fonts: PdfFonts): Promise<Uint8Array> {
  install(fonts);
  const buffer = await pdfmake.createPdf(toPdfmake(definition)).getBuffer();
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
