import { exportAll, VENDORS } from '../helpdesk/index.ts';
import type { SlaDocument } from '../sla/schema.ts';

// The helpdesk delta: what operations change on the day a new version applies. The two SLA documents
// are compared field by field (arrays of objects matched by their `id`, or by `metric` and `contact`
// for escalations), in the sections a helpdesk holds — calendars, priorities and their targets,
// escalations, penalties, quota, clock, channels — and each export is rebuilt to say which tools see a
// difference. Reads the SLA documents only, like every exporter.

export interface SlaChange {
  readonly section: string;
  /** JSON Pointer in the new document (the old one for a removal). */
  readonly pointer: string;
  readonly kind: 'added' | 'removed' | 'changed';
  readonly old?: unknown;
  readonly new?: unknown;
}

export interface HelpdeskDelta {
  /** The day the new version applies (`contract.amendment.effective`, else the contract's effective date). */
  readonly effective: string;
  readonly amendment: number | undefined;
  readonly changes: readonly SlaChange[];
  /** Export files whose content differs, by tool. */
  readonly exports: readonly { readonly vendor: string; readonly files: readonly string[] }[];
}

const SECTIONS = ['calendars', 'priorities', 'escalation', 'penalties', 'quota', 'clock', 'channels', 'availability'] as const;

export function helpdeskDelta(a: SlaDocument, b: SlaDocument): HelpdeskDelta {
  const changes: SlaChange[] = [];
  for (const section of SECTIONS) compare(section, `/${section}`, a[section], b[section], changes);
  // Exports name their source (file and hash); a new version always has another hash, which is not a
  // change for the helpdesk.
  const before = exportAll(a, VENDORS, { name: 'x' }).files;
  const after = exportAll({ ...b, contract: { ...b.contract, source: a.contract.source } }, VENDORS, { name: 'x' }).files;
  const exports: { vendor: string; files: string[] }[] = [];
  for (const vendor of VENDORS) {
    const mine = (fs: typeof after): Map<string, string> => new Map(fs.filter((f) => f.name.startsWith(`x.${vendor}.`)).map((f) => [f.name.slice(2), text(f.content)]));
    const x = mine(before);
    const y = mine(after);
    const files = [...new Set([...x.keys(), ...y.keys()])].filter((n) => x.get(n) !== y.get(n));
    if (files.length > 0) exports.push({ vendor, files });
  }
  return { effective: b.contract.amendment?.effective ?? b.contract.effective, amendment: b.contract.amendment?.number, changes, exports };
}

function text(c: string | Uint8Array): string {
  return typeof c === 'string' ? c : new TextDecoder().decode(c);
}

const esc = (s: string): string => s.replace(/~/gu, '~0').replace(/\//gu, '~1');

/** An array element's identity: its `id`, an escalation's metric and contact, else its position. */
function identity(x: unknown, i: number): string {
  if (x && typeof x === 'object') {
    const o = x as Record<string, unknown>;
    if (typeof o['id'] === 'string') return o['id'];
    if (typeof o['metric'] === 'string' && typeof o['contact'] === 'string') return `${o['metric']} ${o['atPercent'] ?? ''} ${o['contact']}`;
    if (typeof o['metric'] === 'string' && typeof o['priority'] === 'string') return `${o['metric']} ${o['priority']}`;
  }
  return String(i);
}

function compare(section: string, pointer: string, a: unknown, b: unknown, out: SlaChange[]): void {
  if (JSON.stringify(a) === JSON.stringify(b)) return;
  if (Array.isArray(a) && Array.isArray(b) && [...a, ...b].every((x) => x && typeof x === 'object')) {
    const ka = new Map(a.map((x, i) => [identity(x, i), { x, i }]));
    const kb = new Map(b.map((x, i) => [identity(x, i), { x, i }]));
    for (const [k, { x, i }] of kb) {
      const before = ka.get(k);
      if (!before) out.push({ section, pointer: `${pointer}/${i}`, kind: 'added', new: x });
      else compare(section, `${pointer}/${i}`, before.x, x, out);
    }
    for (const [k, { x, i }] of ka) if (!kb.has(k)) out.push({ section, pointer: `${pointer}/${i}`, kind: 'removed', old: x });
    return;
  }
  if (isRecord(a) && isRecord(b)) {
    for (const k of Object.keys(b)) {
      if (!(k in a)) out.push({ section, pointer: `${pointer}/${esc(k)}`, kind: 'added', new: b[k] });
      else compare(section, `${pointer}/${esc(k)}`, a[k], b[k], out);
    }
    for (const k of Object.keys(a)) if (!(k in b)) out.push({ section, pointer: `${pointer}/${esc(k)}`, kind: 'removed', old: a[k] });
    return;
  }
  out.push({ section, pointer, kind: 'changed', old: a, new: b });
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return x !== null && typeof x === 'object' && !Array.isArray(x);
}
