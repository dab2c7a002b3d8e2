import { SECTOR_PROFILES, type SectorCondition, type SectorProfile, type SectorRequirement, type Slot } from '../../../schema/index.ts';
import type { BoundStatement } from '../../bound.ts';
import { children } from '../../query.ts';
import type { TypedValue } from '../../typed-value.ts';
import type { CheckContext } from '../rule.ts';

// Evaluates the sector-profile table (schema/blocks/sector-profiles.ts) on a contract: which profiles
// apply, and which of their required facts are missing. Paths name statements from the contract down
// (`scope.cloud.supplied_by`: every `supplied_by` of every `cloud` of `scope`); a condition with values
// compares each statement's first value, or any item of a list.

/** Every statement at `path`, from the contract down. */
export function statementsAt(contract: BoundStatement, path: string): readonly BoundStatement[] {
  let cur: readonly BoundStatement[] = [contract];
  for (const seg of path.split('.')) cur = cur.flatMap((b) => children(b, seg));
  return cur;
}

/** The first stated value of a statement, as the names a condition compares (list items one by one). */
function keys(b: BoundStatement): readonly string[] {
  for (const slot of slotNames(b.spec.args)) {
    const v = b.values[slot];
    if (!v) continue;
    const items: readonly TypedValue[] = v.kind === 'list' ? v.items : [v];
    return items.flatMap((i) => (i.kind === 'enum' || i.kind === 'string' ? [i.value] : i.kind === 'ref' || i.kind === 'name' ? [i.name.text] : []));
  }
  return [];
}

function slotNames(args: readonly Slot[]): string[] {
  return args.flatMap((a) => (a.kind === 'value' ? [a.name] : a.kind === 'group' ? slotNames(a.slots) : []));
}

export function conditionHolds(contract: BoundStatement, c: SectorCondition): boolean {
  const found = statementsAt(contract, c.path);
  if (!c.values || c.values.length === 0) return found.length > 0;
  return found.some((b) => keys(b).some((k) => c.values?.includes(k)));
}

export function profileApplies(ctx: CheckContext, profile: SectorProfile): boolean {
  return profile.selectedBy.some((all) => all.every((c) => conditionHolds(ctx.contract, c)));
}

export function profileById(id: string): SectorProfile {
  const p = SECTOR_PROFILES.find((x) => x.id === id);
  if (!p) throw new Error(`sector profile ${id} is not in SECTOR_PROFILES`);
  return p;
}

/** The profiles that apply to this contract. */
export function activeProfiles(ctx: CheckContext): readonly SectorProfile[] {
  return SECTOR_PROFILES.filter((p) => profileApplies(ctx, p));
}

function satisfied(contract: BoundStatement, r: SectorRequirement): boolean {
  return conditionHolds(contract, { path: r.fact, ...(r.values ? { values: r.values } : {}) });
}

/** The required facts of a profile that the contract does not state (as the table requires them). */
export function missingFacts(ctx: CheckContext, profile: SectorProfile): readonly string[] {
  return profile.requires
    .filter((r) => !r.when || conditionHolds(ctx.contract, r.when))
    .filter((r) => !satisfied(ctx.contract, r))
    .map((r) => r.fact);
}

/** Where to report a missing fact: its nearest stated ancestor (`sector` for `sector.secrecy.staff`). */
export function anchorOf(contract: BoundStatement, fact: string): BoundStatement {
  const segs = fact.split('.');
  for (let i = segs.length - 1; i > 0; i--) {
    const found = statementsAt(contract, segs.slice(0, i).join('.'));
    if (found[0]) return found[0];
  }
  return contract;
}
