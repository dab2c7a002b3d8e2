import type { Diagnostic } from '../diagnostics/index.ts';
import type { Range } from '../text/index.ts';
import { presetKindMismatch } from '../diagnostics/codes/names.ts';
import type { BoundStatement } from './bound.ts';
import type { SymbolTable } from './symbols.ts';

// `sla from silver { … }`: the preset's statements are the base, the contract's own statements
// override them. A statement overrides its twin in the base when it has the same keyword and, for a
// repeatable statement, the same declared name (`priority P1`) or, without a name, the same values;
// other repeatable statements are added. Overrides merge recursively, so `priority P1 { response 15 min }` changes one target and
// keeps the others. Rules, the SLA and the PDF see only the merged result.

/** Where the contract asked for a preset: rule findings inside the preset's statements move here. */
export interface PresetUse {
  readonly preset: string;
  /** The preset's statement (in its module). */
  readonly file: string;
  readonly range: Range;
  /** The `from <preset>` reference in the contract. */
  readonly at: { readonly file: string; readonly range: Range };
}

export function applyPresets(b: BoundStatement, presets: SymbolTable, report: (d: Diagnostic) => void, uses: PresetUse[] = []): BoundStatement {
  // Copy a node only when something below it changed: most of a contract uses no preset.
  const mapped = b.children.map((c) => applyPresets(c, presets, report, uses));
  let children: readonly BoundStatement[] = mapped.some((c, i) => c !== b.children[i]) ? mapped : b.children;
  const ref = b.spec.presettable ? b.values['preset'] : undefined;
  if (ref?.kind === 'ref') {
    const decl = presets.lookup('preset', ref.name.text);
    const of = decl?.statement.values['of'];
    if (decl && of?.kind === 'enum') {
      if (of.value !== b.spec.keyword) {
        report(presetKindMismatch.create(b.file, ref.range, { preset: ref.name.text, presetKind: of.value, keyword: b.spec.keyword }));
      } else {
        const base = decl.statement.children.map((c) => applyPresets(c, presets, report, uses));
        children = mergeChildren(base, children);
        uses.push({ preset: ref.name.text, file: decl.statement.file, range: decl.statement.node.range, at: { file: b.file, range: ref.range } });
      }
    }
  }
  return children === b.children ? b : { ...b, children };
}

function identity(b: BoundStatement): string | undefined {
  if (b.spec.cardinality === 'one') return b.spec.keyword;
  const slot = b.spec.declares?.slot;
  const v = slot ? b.values[slot] : undefined;
  if (v?.kind === 'name') return `${b.spec.keyword}:${v.name.text}`;
  // A repeatable statement the contract restates word for word (`stop restore service_usable`) is the
  // preset's own, not a second one: the contract would otherwise say it twice.
  return `${b.spec.keyword}=${JSON.stringify(b.values, (k, x: unknown) => (k === 'range' ? undefined : x))}`;
}

function mergeChildren(base: readonly BoundStatement[], over: readonly BoundStatement[]): BoundStatement[] {
  const out = [...base];
  for (const o of over) {
    const key = identity(o);
    const i = key === undefined ? -1 : out.findIndex((x) => identity(x) === key);
    const twin = out[i];
    if (twin) out[i] = mergeStatement(twin, o);
    else out.push(o);
  }
  return out;
}

function mergeStatement(base: BoundStatement, over: BoundStatement): BoundStatement {
  return { ...over, values: { ...base.values, ...over.values }, children: mergeChildren(base.children, over.children) };
}

/**
 * A finding of the checker about a statement that came from a preset (in the stdlib or another module)
 * is reported where the contract asked for the preset, with the preset's own position as related
 * information: the user edits the contract, not the library.
 */
export function anchorInContract(d: Diagnostic, uses: readonly PresetUse[]): Diagnostic {
  const use = uses.find((u) => u.file === d.file && d.range.start >= u.range.start && d.range.end <= u.range.end);
  if (!use) return d;
  return {
    ...d,
    file: use.at.file,
    range: use.at.range,
    related: [...(d.related ?? []), { file: d.file, range: d.range, message: { fr: `Dans le préréglage « ${use.preset} »`, en: `In preset "${use.preset}"` } }],
  };
}
