import { partyReplaced, priceOutsideRevision, scopeReducedUnderFixedTerm, slaWeakenedUnderPenalties } from '../../diagnostics/codes/amendment.ts';
import type { Diagnostic, Locale } from '../../diagnostics/index.ts';
import type { BoundStatement, Model, TypedValue } from '../../model/index.ts';
import { child, children } from '../../model/query.ts';
import { formatDuration, formatMoney, formatNumber } from '../document/format.ts';
import type { DiffDetail } from './diff.ts';
import { labelOf, speaker } from './sentences.ts';

// Changes that need more than an amendment (IG8002–IG8005): a party replaced, a price changed beyond
// the revision clause, a guaranteed time lengthened while penalties run on it, the scope reduced during
// a fixed term. Each is reported at the statement of the new version (the old one for a removal is
// gone: the finding goes on the block that lost it). Facts in messages are said in each language.

const SCOPE_ITEMS = new Set(['scope.site', 'scope.equipment', 'scope.network', 'scope.software', 'scope.cloud']);
const TARGETS = new Set(['ack', 'response', 'onsite', 'restore', 'resolve']);
const IDS = ['siren', 'siret', 'uid', 'bce', 'vat'];

export function changeFindings(oldModel: Model, newModel: Model, diff: DiffDetail): Diagnostic[] {
  const out: Diagnostic[] = [];
  const contract = newModel.contract;
  if (!contract || !oldModel.contract) return out;
  const sp = { fr: speaker(newModel, 'fr'), en: speaker(newModel, 'en') };
  const oldSp = { fr: speaker(oldModel, 'fr'), en: speaker(oldModel, 'en') };
  const at = (b: BoundStatement): { file: string; range: { start: number; end: number } } => ({ file: b.file, range: b.node.keyword.range });

  // A party replaced: another company in the same role (its identifiers differ, or its name when none
  // is common), whatever its declared name.
  for (const role of ['provider', 'client']) {
    const before = partyOf(oldModel.contract, role);
    const after = partyOf(contract, role);
    if (!before || !after || samePerson(before, after)) continue;
    const where = at(after);
    out.push(partyReplaced.create(where.file, where.range, { role_fr: role === 'provider' ? 'prestataire' : 'client', role_en: role, before: nameOf(before), after: nameOf(after) }));
  }

  const fixedTerm = isFixedTerm(contract);
  const penalised = (priority: string, metric: string): boolean =>
    children(child(contract, 'sla'), 'penalty').some((p) => enumOf(p.values['metric']) === metric && refOf(p.values['priority']) === priority);
  for (const c of diff.changes) {
    const st = diff.statements.get(c);
    if (!st) continue;
    if (c.kind === 'changed' && c.path === 'price.fee' && st.old && st.new) {
      const a = moneyOf(st.old.values['amount']);
      const b = moneyOf(st.new.values['amount']);
      if (a === undefined || b === undefined || a.value === 0 || a.currency !== b.currency) continue;
      const pct = ((b.value - a.value) / a.value) * 100;
      const revision = child(contract, 'revision');
      const cap = child(revision, 'cap')?.values['percent'];
      const capValue = cap?.kind === 'percent' ? cap.value : undefined;
      const allowed = revision !== undefined && (capValue === undefined ? false : Math.abs(pct) <= capValue + 1e-9);
      if (allowed) continue;
      const where = at(st.new);
      const pc = (n: number, lang: Locale): string => (lang === 'fr' ? `${formatNumber(n, lang, 1)}\u00A0%` : `${formatNumber(n, lang, 1)}%`);
      const sign = pct >= 0 ? '+' : '−';
      out.push(priceOutsideRevision.create(where.file, where.range, {
        before_fr: formatMoney(a.text, a.currency, 'fr'), before_en: formatMoney(a.text, a.currency, 'en'),
        after_fr: formatMoney(b.text, b.currency, 'fr'), after_en: formatMoney(b.text, b.currency, 'en'),
        change_fr: `${sign}${pc(Math.abs(pct), 'fr')}`, change_en: `${sign}${pc(Math.abs(pct), 'en')}`,
        cap_fr: revision && capValue !== undefined ? pc(capValue, 'fr') : '', cap_en: revision && capValue !== undefined ? pc(capValue, 'en') : '',
      }));
    }
    if (c.kind === 'changed' && st.old && st.new && TARGETS.has(st.new.spec.keyword) && c.path.startsWith('sla.priority.')) {
      const before = minutes(st.old.values['duration']);
      const after = minutes(st.new.values['duration']);
      const priority = priorityOf(c.key);
      if (before === undefined || after === undefined || after <= before || !priority || !penalised(priority, st.new.spec.keyword) || !sp.fr || !sp.en) continue;
      const ov = st.old.values['duration'];
      const nv = st.new.values['duration'];
      const say = (v: TypedValue | undefined, lang: Locale): string => (v?.kind === 'duration' ? formatDuration(v.amount, v.unit, { lang, law: newModel.law }) : '');
      const where = at(st.new);
      out.push(slaWeakenedUnderPenalties.create(where.file, where.range, {
        target_fr: labelOf(st.new, sp.fr), target_en: labelOf(st.new, sp.en),
        before_fr: say(ov, 'fr'), before_en: say(ov, 'en'), after_fr: say(nv, 'fr'), after_en: say(nv, 'en'),
      }));
    }
    if (fixedTerm && oldSp.fr && oldSp.en) {
      const removed = c.kind === 'removed' && SCOPE_ITEMS.has(c.path) && st.old;
      const fewer = c.kind === 'changed' && c.path.startsWith('scope.') && c.path.endsWith('.count') && st.old && st.new
        && numberOf(st.new.values['count']) < numberOf(st.old.values['count']);
      if (removed || fewer) {
        const item = st.old as BoundStatement;
        const parentKey = c.key.slice(0, c.key.lastIndexOf('.'));
        const anchor = removed ? newParent(contract, parentKey) ?? contract : (st.new as BoundStatement);
        const where = at(anchor);
        const what = removed ? item : (oldSp.fr.ctx.parents.get(item) ?? item);
        out.push(scopeReducedUnderFixedTerm.create(where.file, where.range, { item_fr: labelOf(what, oldSp.fr), item_en: labelOf(what, oldSp.en) }));
      }
    }
  }
  return out;
}

function partyOf(contract: BoundStatement, role: string): BoundStatement | undefined {
  return children(contract, 'party').find((p) => enumOf(p.values['role']) === role);
}

function stringChild(b: BoundStatement, kw: string): string | undefined {
  const v = child(b, kw)?.values['value'] ?? child(b, kw)?.values[Object.keys(child(b, kw)?.values ?? {})[0] ?? ''];
  return v?.kind === 'string' ? v.value.replace(/[\s.]/gu, '').toUpperCase() : undefined;
}

function samePerson(a: BoundStatement, b: BoundStatement): boolean {
  let common = false;
  for (const id of IDS) {
    const x = stringChild(a, id);
    const y = stringChild(b, id);
    if (x === undefined || y === undefined) continue;
    if (x !== y) return false;
    common = true;
  }
  return common || stringChild(a, 'name') === stringChild(b, 'name');
}

function nameOf(p: BoundStatement): string {
  const v = child(p, 'name')?.values['value'] ?? Object.values(child(p, 'name')?.values ?? {})[0];
  return v?.kind === 'string' ? v.value : '';
}

/** Fixed term: an initial term, and no termination for convenience open to the Client. */
function isFixedTerm(contract: BoundStatement): boolean {
  const term = child(contract, 'term');
  if (!child(term, 'initial')) return false;
  return !children(term, 'termination').some((t) => enumOf(t.values['case']) === 'convenience'
    && ['client', 'both'].includes(enumOf(child(t, 'by')?.values['who']) ?? ''));
}

function newParent(contract: BoundStatement, key: string): BoundStatement | undefined {
  // `scope` (or `scope.x[…]`): the top-level block of the removed item.
  const top = key.split('.')[0]?.replace(/\[.*$/u, '') ?? '';
  return child(contract, top);
}

function priorityOf(key: string): string | undefined {
  return /priority\[([^\]]+)\]/u.exec(key)?.[1];
}

function enumOf(v: TypedValue | undefined): string | undefined {
  return v?.kind === 'enum' ? v.value : undefined;
}
function refOf(v: TypedValue | undefined): string | undefined {
  return v?.kind === 'ref' || v?.kind === 'name' ? v.name.text : undefined;
}
function numberOf(v: TypedValue | undefined): number {
  return v?.kind === 'number' ? v.value : 0;
}
function moneyOf(v: TypedValue | undefined): { value: number; text: string; currency: string } | undefined {
  return v?.kind === 'money' ? { value: Number(v.amount), text: v.amount, currency: v.currency } : undefined;
}

const MINUTES: Readonly<Record<string, number>> = { minute: 1, hour: 60, day: 1440, week: 10080, business_hour: 60, business_day: 600, working_day: 600 };

/** A target in minutes, comparable within elapsed or within business time (a business day ≈ 10 h). */
function minutes(v: TypedValue | undefined): number | undefined {
  if (v?.kind !== 'duration') return undefined;
  const m = MINUTES[v.unit];
  return m === undefined ? undefined : v.amount * m;
}
