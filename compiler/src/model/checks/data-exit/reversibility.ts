import { reversibilitySchedule } from '../../../diagnostics/codes/rules-reversibility.ts';
import { timetableContradicts, timetableLongerThanAssistance } from '../../../diagnostics/codes/validate-reversibility.ts';
import type { BoundStatement } from '../../bound.ts';
import { approximateDays } from '../../durations.ts';
import { anchor, child, children, enumValue, value } from '../../query.ts';
import type { TypedValue } from '../../typed-value.ts';
import type { Rule, Validator } from '../rule.ts';
import { factsWhere } from './common.ts';

// The reversibility schedule: its timetable of phases and its price cap (rule IG3115), and the
// timetable's consistency with the rest of the clause (IG4220, IG4221).

type Duration = Extract<TypedValue, { kind: 'duration' }>;

function durationOf(b: BoundStatement | undefined, slot: string): Duration | undefined {
  const v = value(b, slot);
  return v?.kind === 'duration' ? v : undefined;
}

/** `2 weeks`, as the language writes it (the fix inserts it, the messages read it). */
function written(d: Duration): string {
  return `${d.amount} ${d.unit}${d.amount === 1 ? '' : 's'}`;
}

const days = (d: Duration): number => approximateDays(d.amount, d.unit);

export const reversibilityScheduleRule: Rule = {
  code: reversibilitySchedule,
  // Only where a reversibility is written: its absence is rule IG3072's finding.
  levelIn: (ctx) => (child(ctx.contract, 'reversibility') ? 'recommended' : undefined),
  check(ctx, emit) {
    const r = child(ctx.contract, 'reversibility');
    if (!r) return;
    const billedAtRate = enumValue(child(r, 'cost'), 'mode') === 'rate_card';
    const facts = factsWhere([
      [children(child(r, 'timetable'), 'phase').length > 0, 'reversibility.timetable'],
      [child(r, 'price_cap') !== undefined, 'reversibility.price_cap', billedAtRate],
    ]);
    if (facts.missing.length > 0) emit({ file: r.file, range: anchor(r), missing: facts.missing, present: facts.present });
  },
};

export const validateReversibilitySchedule: Validator = (ctx, report) => {
  const r = child(ctx.contract, 'reversibility');
  const phases = children(child(r, 'timetable'), 'phase');
  if (phases.length === 0) return;
  const transition = child(child(r, 'transition'), 'parallel_run');
  const declared: Record<string, { d: Duration | undefined; none: boolean } | undefined> = {
    parallel_run: transition ? { d: durationOf(transition, 'duration'), none: value(transition, 'none') !== undefined } : undefined,
    acceptance: child(child(r, 'acceptance'), 'within') ? { d: durationOf(child(child(r, 'acceptance'), 'within'), 'duration'), none: false } : undefined,
  };
  let total = 0;
  for (const p of phases) {
    const d = durationOf(p, 'duration');
    const name = enumValue(p, 'name') ?? '';
    if (!d) continue;
    total += days(d);
    const other = declared[name];
    if (!other) continue;
    if (other.none) {
      report({ ...timetableContradicts.create(p.file, p.node.range, { phase: name, value: written(d), declared: 'none' }),
        fixes: [{ title: { fr: 'Retirer cette phase', en: 'Remove this phase' }, edits: [{ file: p.file, range: p.node.range, newText: '' }] }] });
    } else if (other.d && Math.abs(days(other.d) - days(d)) > 0.5) {
      const text = written(other.d);
      report({ ...timetableContradicts.create(p.file, d.range, { phase: name, value: written(d), declared: text }),
        fixes: [{ title: { fr: `Écrire « ${text} »`, en: `Write "${text}"` }, edits: [{ file: p.file, range: d.range, newText: text }], preferred: true }] });
    }
  }
  const assistance = durationOf(child(child(r, 'assistance'), 'duration'), 'duration');
  if (assistance && total > days(assistance) + 0.5) {
    const t = child(r, 'timetable');
    if (t) report(timetableLongerThanAssistance.create(t.file, t.node.keyword.range, { total: String(Math.round(total)), assistance: written(assistance) }));
  }
};
