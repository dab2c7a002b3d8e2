import { expandHolidays } from '../../calendar/index.ts';
import type { BoundStatement, Model } from '../../model/index.ts';
import type { Item } from './facts.ts';

// The computed collection clauses may iterate: `$holidays` (the first contract year's public
// holidays with their names, from every `holidays` statement of the contract, else — when no calendar
// states its holidays — the law's national set). Waivers are not among them: they go to the
// compliance note, never to the contract.

const NO_RANGE = { start: 0, end: 0 };

/** The holiday sets the contract's calendars close on; whether any calendar states its holidays at all. */
function holidaySets(b: BoundStatement, into: Set<string>): boolean {
  let stated = false;
  if (b.spec.keyword === 'holidays') {
    stated = true;
    const v = b.values['sets'];
    const names = v?.kind === 'list' ? v.items : v ? [v] : [];
    for (const n of names) if (n.kind === 'name' && n.name.text !== 'none') into.add(n.name.text);
  }
  for (const c of b.children) stated = holidaySets(c, into) || stated;
  return stated;
}

function firstYear(contract: BoundStatement): number | undefined {
  const term = contract.children.find((c) => c.spec.keyword === 'term');
  for (const kw of ['service_start', 'effective', 'signature']) {
    const v = term?.children.find((c) => c.spec.keyword === kw)?.values['date'];
    if (v?.kind === 'date') return Number(v.text.slice(0, 4));
  }
  return undefined;
}

export function computedCollections(model: Model): Record<string, readonly Item[]> {
  const contract = model.contract;
  const sets = new Set<string>();
  const stated = contract ? holidaySets(contract, sets) : false;
  // Calendars that all say `holidays none` close on no holiday: the law's list applies only when no
  // calendar says anything about holidays.
  if (!stated && (model.law === 'FR' || model.law === 'BE')) sets.add(model.law);
  const year = contract ? firstYear(contract) : undefined;
  const holidays = year === undefined ? [] : expandHolidays([...sets].sort(), year, year).map((h): Item => ({
    kind: 'record',
    fields: {
      date: { kind: 'value', v: { kind: 'date', text: h.date, range: NO_RANGE }, type: { kind: 'date' } },
      name: { kind: 'text', text: h.name },
    },
  }));
  return { $holidays: holidays };
}
