import type { Diagnostic } from '../diagnostics/index.ts';
import { duplicateDeclaration, unknownReference } from '../diagnostics/codes/names.ts';
import type { Namespace } from '../schema/index.ts';
import type { PendingDeclaration, PendingReference } from './bind.ts';
import type { Declaration, Reference } from './bound.ts';
import { suggest } from './suggest.ts';

/** Every declared name and every reference, resolved. The IDE's definition/references/rename read it. */
export interface SymbolTable {
  readonly declarations: readonly Declaration[];
  readonly references: readonly Reference[];
  lookup(namespace: Namespace, name: string): Declaration | undefined;
}

export function resolveSymbols(pending: readonly PendingDeclaration[], refs: readonly PendingReference[], report: (d: Diagnostic) => void): SymbolTable {
  const byKey = new Map<string, Declaration>();
  const declarations: Declaration[] = [];
  for (const p of pending) {
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
  const references: Reference[] = refs.map((r) => {
    const name = r.value.name.text;
    const target = byKey.get(`${r.namespace}:${name}`);
    if (!target) {
      const candidates = declarations.filter((d) => d.namespace === r.namespace).map((d) => d.name);
      report(unknownReference.create(r.file, r.value.range, { name, namespace: r.namespace, suggestions: suggest(name, candidates) }, {
        fixes: suggest(name, candidates).map((s, _i, all) => ({
          title: { fr: `Remplacer par « ${s} »`, en: `Replace with "${s}"` },
          edits: [{ file: r.file, range: r.value.range, newText: s }],
          ...(all.length === 1 ? { preferred: true } : {}),
        })),
      }));
    }
    return { name, namespace: r.namespace, file: r.file, range: r.value.range, target };
  });
  return {
    declarations,
    references,
    lookup: (namespace, name) => byKey.get(`${namespace}:${name}`),
  };
}
