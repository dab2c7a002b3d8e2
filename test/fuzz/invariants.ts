import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkSource, formatText, lookupCode, parse, type Diagnostic, type Host, type Node } from '../../compiler/src/index.ts';
import { walk } from '../../compiler/src/ast/index.ts';
import { EXPORTERS, exportOne, VENDORS } from '../../compiler/src/backends/helpdesk/index.ts';
import { buildDocument } from '../../compiler/src/backends/document/index.ts';
import { toDefinition } from '../../compiler/src/backends/pdf/index.ts';
import { buildSlaDocument } from '../../compiler/src/backends/sla/from-model.ts';
import { parseSla, serializeSla } from '../../compiler/src/backends/sla/serialize.ts';

// What must hold for every input, however hostile, from the parser to the outputs:
//  - nothing throws (parse, check, formatter, SLA and PDF backends, exporters);
//  - no internal-bug code appears anywhere (catalogue entries with `internal: true`: IG0099 a crash
//    caught at the last resort, IG1020 an error of the total grammar, IG5054 an SLA document failing
//    its own schema, IG6900 a formatter changing the meaning);
//  - every range lies inside its text, and nodes nest inside their parents;
//  - a file that parses formats, and formatting it again changes nothing;
//  - a contract without errors gives an SLA document that survives serialisation, exports that
//    validate against each tool's schema, and a contract document (then a PDF definition) in both
//    languages without error; any model gives a draft document and its PDF definition.
// Each violation has a stable `signature` (no offsets, lengths or messages), which the minimiser of
// `npm run fuzz` keeps while it shrinks an input.

export interface Violation {
  /** Where and what, without positions: `range parse IG1003`, `threw sla`, `internal check IG0099`. */
  readonly signature: string;
  readonly detail: string;
}

const STDLIB = join(import.meta.dirname, '..', '..', 'stdlib');
export const FUZZ_PATH = 'fuzz.infog';

/** The project is the one fuzzed file; the stdlib is the real one (presets and the clause library). */
class FuzzHost implements Host {
  text = '';
  private readonly stdlib = new Map<string, Uint8Array | undefined>();
  readFile(root: 'project' | 'stdlib', path: string): Uint8Array | undefined {
    if (root === 'project') return path === FUZZ_PATH ? new TextEncoder().encode(this.text) : undefined;
    if (!this.stdlib.has(path)) {
      let bytes: Uint8Array | undefined;
      try {
        bytes = readFileSync(join(STDLIB, ...path.split('/')));
      } catch {
        bytes = undefined;
      }
      this.stdlib.set(path, bytes);
    }
    return this.stdlib.get(path);
  }
  today(): string {
    return '2026-11-23';
  }
}

// One host for every input: the clause library is parsed once per host, as in a CLI run.
const host = new FuzzHost();

export function isInternal(code: string): boolean {
  return lookupCode(code)?.internal === true;
}

/** How far inputs went: counted per stage, so a test can show its inputs reach the backends. */
export interface Reached {
  format: number;
  clean: number;
  sla: number;
  exports: number;
  pdf: number;
  draft: number;
}

export function reachedNothing(): Reached {
  return { format: 0, clean: 0, sla: 0, exports: 0, pdf: 0, draft: 0 };
}

export function violations(text: string, reached: Reached = reachedNothing()): Violation[] {
  const out: Violation[] = [];
  const add = (signature: string, detail: string): void => {
    out.push({ signature, detail });
  };
  const inside = (where: string, r: { start: number; end: number }): void => {
    if (!(r.start >= 0 && r.start <= r.end && r.end <= text.length)) add(`range ${where}`, `${r.start}-${r.end} outside 0-${text.length}`);
  };
  const internal = (stage: string, ds: readonly Diagnostic[]): void => {
    for (const d of ds) if (isInternal(d.code)) add(`internal ${stage} ${d.code}`, JSON.stringify(d.args).slice(0, 300));
  };
  const guarded = <T>(stage: string, f: () => T): T | undefined => {
    try {
      return f();
    } catch (e) {
      add(`threw ${stage}`, e instanceof Error ? `${e.message}\n${e.stack ?? ''}`.slice(0, 600) : String(e));
      return undefined;
    }
  };

  const parsed = guarded('parse', () => parse({ path: FUZZ_PATH, text }));
  if (!parsed) return out;
  internal('parse', parsed.diagnostics);
  parsed.diagnostics.forEach((d) => inside(`parse ${d.code}`, d.range));
  guarded('walk', () => walk(parsed.file, (node: Node, parent: Node | undefined) => {
    inside(`node ${node.kind}`, node.range);
    if (parent && (node.range.start < parent.range.start || node.range.end > parent.range.end)) add(`nesting ${node.kind} in ${parent.kind}`, `${node.range.start}-${node.range.end} in ${parent.range.start}-${parent.range.end}`);
    return undefined;
  }));

  if (!parsed.diagnostics.some((d) => d.severity === 'error')) {
    const formatted = guarded('format', () => formatText(text, { path: FUZZ_PATH }));
    if (formatted && !formatted.ok) {
      internal('format', formatted.diagnostics);
      add('format refused a file that parses', formatted.diagnostics.map((d) => d.code).join(' '));
    } else if (formatted?.ok) {
      reached.format++;
      const again = guarded('format again', () => formatText(formatted.text, { path: FUZZ_PATH }));
      if (again && (!again.ok || again.text !== formatted.text)) add('format not idempotent', again.ok ? 'second pass changed the text' : again.diagnostics.map((d) => d.code).join(' '));
    }
  }

  host.text = text;
  const checked = guarded('check', () => checkSource({ path: FUZZ_PATH, text }, host));
  if (!checked) return out;
  internal('check', checked.diagnostics);
  for (const d of checked.diagnostics) if (d.file === FUZZ_PATH) inside(`check ${d.code}`, d.range);
  const clean = checked.model.contract !== undefined && !checked.diagnostics.some((d) => d.severity === 'error');

  if (clean) {
    reached.clean++;
    const sla = guarded('sla', () => buildSlaDocument(checked.model, { path: FUZZ_PATH, bytes: new TextEncoder().encode(text) }));
    if (sla) internal('sla', sla.diagnostics);
    if (sla?.document) {
      reached.sla++;
      const doc = sla.document;
      const json = guarded('sla serialise', () => serializeSla(doc));
      const back = json === undefined ? undefined : parseSla(json);
      if (back && (!back.ok || serializeSla(back.document) !== json)) add('sla round trip', back.ok ? 'serialised twice differently' : 'does not parse back');
      for (const vendor of VENDORS) {
        const exported = guarded(`export ${vendor}`, () => exportOne(doc, vendor));
        const valid = exported ? EXPORTERS[vendor].schema.safeParse(exported.payload) : undefined;
        if (valid && !valid.success) add(`export ${vendor} invalid`, valid.error.issues.slice(0, 3).map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
        if (exported) {
          reached.exports++;
          internal(`export ${vendor}`, exported.diagnostics);
        }
      }
    }
    for (const lang of ['fr', 'en'] as const) {
      const built = guarded(`document ${lang}`, () => buildDocument(checked.model, { lang, draft: false, host }));
      if (!built) continue;
      internal(`document ${lang}`, built.diagnostics);
      for (const d of built.diagnostics) if (d.severity === 'error') add(`document ${lang} error ${d.code}`, `${d.file} ${JSON.stringify(d.args).slice(0, 200)}`);
      const doc = built.document;
      if (!doc) {
        add(`document ${lang} missing`, built.diagnostics.map((d) => d.code).join(' '));
        continue;
      }
      reached.pdf++;
      guarded(`pdf ${lang} definition`, () => JSON.stringify(toDefinition(doc)));
    }
  } else {
    const lang = text.length % 2 === 0 ? 'fr' : 'en';
    const draft = guarded('document draft', () => buildDocument(checked.model, { lang, draft: true, host }));
    if (draft) {
      reached.draft++;
      internal('document draft', draft.diagnostics);
      const doc = draft.document;
      if (doc) guarded('pdf draft definition', () => JSON.stringify(toDefinition(doc)));
    }
  }
  return out;
}

/** `signature: detail`, one per line, for test messages and the fuzz log. */
export function describe(vs: readonly Violation[]): string {
  return vs.map((v) => `${v.signature}: ${v.detail}`).join('\n');
}
