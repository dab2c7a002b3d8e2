import type { Diagnostic } from '../../diagnostics/index.ts';
import { badConditionValue, unknownFactPath, unknownFilter, unresolvedReference } from '../../diagnostics/codes/pdf.ts';
import type { SymbolTable } from '../../model/index.ts';
import { suggest } from '../../model/index.ts';
import type { Namespace } from '../../schema/index.ts';
import { allowedValues, checkPath, type Target } from './facts.ts';
import { FILTER_NAMES, splitFilter } from './format.ts';
import { allIds, type ClauseDef, type Guard, type Library } from './library.ts';
import { walkTemplate, type Condition, type Template } from './template.ts';

// Static checks of the library and of the contract's overrides against the schema: every path,
// condition value, filter and cross-reference, reported at its position in the `.infog` file whether
// or not the clause is printed for this contract.

export function checkLibrary(lib: Library, symbols: SymbolTable, report: (d: Diagnostic) => void): void {
  const ids = allIds(lib.clauses);
  const names = (ns: string, name: string): boolean => symbols.lookup(ns as Namespace, name) !== undefined;

  const path = (c: Condition, file: string, scopes: readonly Target[]): Target | undefined => {
    const r = checkPath(c.path, scopes, names);
    if (!r.ok) {
      const last = c.path.split('.').pop() ?? c.path;
      report(unknownFactPath.create(file, { start: c.offset, end: c.offset + c.length }, { path: c.path, suggestions: suggest(last, r.candidates) }));
      return undefined;
    }
    const allowed = allowedValues(r.target);
    for (const v of c.values) {
      if (allowed && !allowed.includes(v)) report(badConditionValue.create(file, { start: c.offset, end: c.offset + c.length }, { path: c.path, value: v, allowed }));
    }
    return r.target;
  };

  const template = (t: Template | undefined, file: string, scopes: readonly Target[]): void => {
    for (const n of walkTemplate(t?.nodes ?? [])) {
      const range = n.kind === 'if' ? { start: n.cond.offset, end: n.cond.offset + n.cond.length } : n.kind === 'text' ? undefined : { start: n.offset, end: n.offset + n.length };
      if (n.kind === 'fact') {
        path({ path: n.path, values: [], negated: false, offset: n.offset, length: n.path.length }, file, scopes);
        if (n.filter !== undefined && !FILTER_NAMES.includes(splitFilter(n.filter).name)) report(unknownFilter.create(file, range ?? { start: n.offset, end: n.offset }, { filter: n.filter, known: FILTER_NAMES }));
      } else if (n.kind === 'if') path(n.cond, file, scopes);
      else if (n.kind === 'ref' && !ids.includes(n.id)) {
        report(unresolvedReference.create(file, { start: n.offset, end: n.offset + n.length }, { id: n.id, suggestions: suggest(n.id, ids) }));
      }
    }
  };

  const guards = (gs: readonly Guard[], scopes: readonly Target[]): void => {
    for (const g of gs) path(g.cond, g.file, scopes);
  };

  const clause = (def: ClauseDef): void => {
    guards(def.guards, []);
    template(def.title?.fr, def.file, []);
    if (def.title && def.title.en !== def.title.fr) template(def.title.en, def.file, []);
    for (const c of def.content) {
      switch (c.kind) {
        case 'para':
          guards(c.guards, []);
          template(c.wording.fr, c.wording.file, []);
          template(c.wording.en, c.wording.file, []);
          break;
        case 'each': {
          const item = path(c.path.cond, c.path.file, []);
          const scopes = item ? [item] : [];
          guards(c.guards, scopes);
          template(c.wording.fr, c.wording.file, scopes);
          template(c.wording.en, c.wording.file, scopes);
          break;
        }
        case 'table': {
          const item = c.path ? path(c.path.cond, c.path.file, []) : undefined;
          const scopes = item ? [item] : [];
          guards(c.guards, []);
          for (const col of c.columns) {
            template(col.fr, col.file, scopes);
            if (col.en !== col.fr) template(col.en, col.file, scopes);
          }
          for (const r of c.rows) {
            const rowItem = r.path ? path(r.path.cond, r.path.file, []) : undefined;
            const rowScopes = rowItem ? [rowItem] : [];
            guards(r.guards, rowScopes);
            for (const x of r.cells) {
              template(x.fr, r.file, rowScopes);
              if (x.en !== x.fr) template(x.en, r.file, rowScopes);
            }
          }
          break;
        }
        case 'clause': clause(c.def); break;
      }
    }
  };
  lib.clauses.forEach(clause);
}
