// Stage `schema`: the contract vocabulary as data. Consumes nothing from later stages; produces the
// statement specs that the binder, the checks, completion, hover, the docs and the PDF read.
// Guarantees: within a block, keywords are unique (checked by test/schema), every statement and enum
// value is documented in French and English.
import type { BlockSpec, StatementSpec } from './types.ts';
import { fileRoot } from './blocks/contract.ts';

export type { BlockSpec, EnumValue, Namespace, Slot, StatementSpec, ValueType } from './types.ts';
export { t } from './value-types.ts';
export { contract as contractSpec } from './blocks/contract.ts';
export { legalFormName } from './blocks/legal-forms.ts';
export { REGION_NAMES } from './blocks/regions.ts';
export { countryValues } from './blocks/countries.ts';
export { SECTOR_PROFILES } from './blocks/sector-profiles.ts';
export type { SectorCondition, SectorLaw, SectorProfile, SectorRequirement } from './blocks/sector-profiles.ts';

export const rootSpec: BlockSpec = fileRoot;

const byKeyword = new WeakMap<BlockSpec, ReadonlyMap<string, StatementSpec>>();

/** The spec of `keyword` in `block`; a map per block, since the binder asks for every statement. */
export function findStatement(block: BlockSpec, keyword: string): StatementSpec | undefined {
  let map = byKeyword.get(block);
  if (!map) {
    map = new Map(block.statements.map((s) => [s.keyword, s]));
    byKeyword.set(block, map);
  }
  return map.get(keyword);
}

/** Every statement spec reachable from the root, with its path (`contract.term.renewal`). */
export function allStatements(root: BlockSpec = rootSpec): readonly { path: string; spec: StatementSpec }[] {
  const out: { path: string; spec: StatementSpec }[] = [];
  const seen = new Set<StatementSpec>();
  const visit = (block: BlockSpec, prefix: string): void => {
    for (const spec of block.statements) {
      const path = prefix ? `${prefix}.${spec.keyword}` : spec.keyword;
      out.push({ path, spec });
      if (spec.block && !seen.has(spec)) {
        seen.add(spec);
        visit(spec.block, path);
      }
    }
  };
  visit(root, '');
  return out;
}
