import type { Diagnostic } from '../diagnostics/index.ts';
import { duplicateDeclaration, unknownReference } from '../diagnostics/codes/names.ts';
import type { Namespace, Slot } from '../schema/index.ts';
import type { BoundStatement, Declaration, Reference } from './bound.ts';
import { replaceFixes, suggest } from './suggest.ts';
import type { TypedValue } from './typed-value.ts';

/** Every declared name and every reference, resolved. The IDE's definition/references/rename read it. */
export interface SymbolTable {
  readonly declarations: readonly Declaration[];
  readonly references: readonly Reference[];
  lookup(namespace: Namespace, name: string): Declaration | undefined;
}

interface Found {
  readonly decls: { namespace: Namespace; statement: BoundStatement; value: TypedValue }[];
  readonly refs: { namespace: Namespace; file: string; value: TypedValue & { kind: 'ref' } }[];
}

/** Collects the declarations and references of bound trees, from the spec of each statement. */
export function collect(roots: readonly BoundStatement[], into: Found = { decls: [], refs: [] }, descend: (b: BoundStatement) => boolean = () => true): Found {
  const visitSlot = (b: BoundStatement, slot: Slot): void => {
    if (slot.kind === 'group') return slot.slots.forEach((s) => visitSlot(b, s));
    if (slot.kind !== 'value' || slot.type.kind !== 'ref') return;
    const v = b.values[slot.name];
    const items = v?.kind === 'list' ? v.items : v ? [v] : [];
    for (const item of items) if (item.kind === 'ref') into.refs.push({ namespace: slot.type.namespace, file: b.file, value: item });
  };
  const walk = (b: BoundStatement): void => {
    if (b.spec.declares) {
      const v = b.values[b.spec.declares.slot];
      if (v) into.decls.push({ namespace: b.spec.declares.namespace, statement: b, value: v });
    }
    b.spec.args.forEach((slot) => visitSlot(b, slot));
    if (descend(b)) b.children.forEach(walk);
  };
  roots.forEach(walk);
  return into;
}

export function resolveSymbols(found: Found, report: (d: Diagnostic) => void): SymbolTable {
  const byKey = new Map<string, Declaration>();
  const declarations: Declaration[] = [];
  for (const p of found.decls) {
    if (p.value.kind !== 'name') continue;
    const decl: Declaration = { name: p.value.name.text, namespace: p.namespace, file: p.statement.file, range: p.value.range, statement: p.statement };
    const key = `${p.namespace}:${decl.name}`;
    const first = byKey.get(key);
    if (first) {
      report(duplicateDeclaration.create(decl.file, decl.range, { name: decl.name, namespace: p.namespace }, {
        related: [{ file: first.file, range: first.range, message: { fr: 'Première déclaration ici', en: 'First declared here' } }],
      }));
      continue;
    }
    byKey.set(key, decl);
    declarations.push(decl);
  }
  const references: Reference[] = found.refs.map((r) => {
    const name = r.value.name.text;
    const target = byKey.get(`${r.namespace}:${name}`);
    if (!target) {
      const candidates = suggest(name, declarations.filter((d) => d.namespace === r.namespace).map((d) => d.name));
      report(unknownReference.create(r.file, r.value.range, { name, namespace: r.namespace, suggestions: candidates }, {
        fixes: replaceFixes(r.file, r.value.range, candidates),
      }));
    }
    return { name, namespace: r.namespace, file: r.file, range: r.value.range, target };
  });
  return { declarations, references, lookup: (namespace, name) => byKey.get(`${namespace}:${name}`) };
}
