import { Packer } from 'docx';
import { unzipSync, zipSync, type Zippable } from 'fflate';
import type { ContractDocument } from '../document/index.ts';
import { toWordDocument, type WordOptions } from './from-document.ts';

// The only module that packs the Word file. The docx package draws relationship and shape ids from
// Math.random, stamps the core properties with the clock and the zip entries with the local time; a
// contract must give the same bytes wherever and whenever it is built (reproducible outputs, diffable
// releases). So the objects are built and packed with Math.random replaced by a generator seeded from
// the document (restored before returning; packing is synchronous inside Packer), and the package is
// then re-zipped: entries in a fixed order, each stamped with the document's date read as local
// fields (zip times are local), and the core properties' dates set to that date.

/** mulberry32: a small seeded generator, enough for ids that only need to differ within one file. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function seedOf(doc: ContractDocument): number {
  let h = 0x811c9dc5;
  for (const s of [doc.meta.title, doc.meta.date, doc.lang, doc.cover.title]) {
    for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  }
  return h;
}

/** The parts every reader looks for first, then the rest by name. */
const FIRST = ['[Content_Types].xml', '_rels/.rels'];

/** Characters XML 1.0 forbids (C0 controls but tab and newlines, lone surrogates, U+FFFE/U+FFFF). */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/gu;

/**
 * The document with every character XML cannot hold replaced by U+FFFD: the checker reports control
 * characters as errors, but a draft is still written, and one such character would make Word refuse
 * the whole file.
 */
export function xmlSafe(doc: ContractDocument): ContractDocument {
  return JSON.parse(JSON.stringify(doc), (_k, v: unknown) => (typeof v === 'string' ? v.replace(NOT_XML, '\uFFFD') : v)) as ContractDocument;
}

export async function renderDocx(doc: ContractDocument, options: WordOptions = {}): Promise<Uint8Array> {
  const random = Math.random;
  let packed: Promise<ArrayBuffer>;
  Math.random = seeded(seedOf(doc));
  try {
    packed = Packer.toArrayBuffer(toWordDocument(xmlSafe(doc), options));
  } finally {
    Math.random = random;
  }
  return normalise(new Uint8Array(await packed), doc.meta.date);
}

/** Fixed entry order and times, and the document's date in the core properties. */
export function normalise(bytes: Uint8Array, date: string): Uint8Array {
  const when = new Date(date);
  const valid = Number.isFinite(when.getTime()) && when.getUTCFullYear() >= 1980 ? when : new Date('1980-01-01T00:00:00Z');
  const stamp = `${valid.toISOString().slice(0, 19)}Z`;
  // Zip times are local fields: a Date built from the UTC fields as local ones writes them as they are.
  const mtime = new Date(valid.getUTCFullYear(), valid.getUTCMonth(), valid.getUTCDate(), valid.getUTCHours(), valid.getUTCMinutes(), valid.getUTCSeconds());
  const files = unzipSync(bytes);
  const names = Object.keys(files).sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
  const out: Zippable = {};
  for (const name of names) {
    let data = files[name] as Uint8Array;
    if (name === 'docProps/core.xml') {
      const xml = new TextDecoder().decode(data).replace(/(<dcterms:(?:created|modified)\b[^>]*>)[^<]*(<\/dcterms:)/gu, `$1${stamp}$2`);
      data = new TextEncoder().encode(xml);
    }
    if (name === 'word/document.xml') data = new TextEncoder().encode(renumberBookmarks(new TextDecoder().decode(data)));
    out[name] = [data, { mtime, level: 6 }];
  }
  return zipSync(out);
}

/**
 * Bookmark ids and the table of contents' `_Toc` names come from counters the docx package keeps for
 * the whole process: the second contract built in one run would get other numbers. They are
 * renumbered in order of first appearance.
 */
function renumberBookmarks(xml: string): string {
  const tocs = new Map<string, number>();
  const ids = new Map<string, number>();
  return xml
    .replace(/_Toc(\d+)/gu, (_m, n: string) => `_Toc${index(tocs, n)}`)
    .replace(/(<w:bookmark(?:Start|End)\b[^>]*?\bw:id=")(\d+)"/gu, (_m, head: string, n: string) => `${head}${index(ids, n)}"`);
}

function index(map: Map<string, number>, key: string): number {
  let v = map.get(key);
  if (v === undefined) {
    v = map.size + 1;
    map.set(key, v);
  }
  return v;
}

function rank(name: string): number {
  const i = FIRST.indexOf(name);
  return i < 0 ? FIRST.length : i;
}
