import {
  adviceDuty, adviceTechnologyWatch, clientObligations, governanceCommittees, governanceQualityPlan, governanceReporting, providerObligations,
  scopeExclusions, scopeInventory, scopePriceChange, serviceBackup, serviceCorrective, serviceEvolutive, serviceHotline, serviceMco,
  serviceOnsite, servicePreventive, serviceRemoteAccess, serviceReplacement, serviceSecurity, serviceTransitionIn,
} from '../../../diagnostics/codes/rules-scope.ts';
import type { Fix } from '../../../diagnostics/index.ts';
import type { BoundStatement } from '../../bound.ts';
import { anchor, child, childEnum, children, enumValue, has, value } from '../../query.ts';
import { factsOf, type FactCheck, type Facts } from '../facts.ts';
import type { CheckContext, Finding, Rule } from '../rule.ts';
import { insertLine, listEnum, serviceStartsLater } from './edits.ts';

// Checklist rules of brief §2.5 (IG3035–IG3051) and IG3095–IG3098 (price of a change in scope,
// initialisation phase, committees and escalation, quality plan). Each counts a fact as present only
// when it is stated as data; `description` and other free text never satisfy a rule.

type Emit = (f: Finding) => void;

const lacking = factsOf;

function nameOf(b: BoundStatement, slot = 'id'): string {
  const v = value(b, slot);
  return v?.kind === 'name' ? v.name.text : '';
}

/** Reports what `at` lacks (a list of absent facts, or the facts found and lacking), if anything. */
function report(emit: Emit, at: BoundStatement, facts: readonly string[] | Facts, subject?: string, absent = false): void {
  const { missing, present } = Array.isArray(facts) ? { missing: facts, present: [] } : (facts as Facts);
  if (missing.length > 0) {
    emit({ file: at.file, range: anchor(at), missing, ...(present.length > 0 ? { present } : {}), ...(subject === undefined ? {} : { subject }), ...(absent ? { absent } : {}) });
  }
}

/** A block of a block (`services { mco }`): when it is absent, the finding sits on the closest parent present. */
function section(ctx: CheckContext, top: string, inner: string | undefined, emit: Emit, absentKey: string): BoundStatement | undefined {
  const outer = child(ctx.contract, top);
  const b = inner === undefined ? outer : child(outer, inner);
  if (!b) report(emit, outer ?? ctx.contract, [absentKey], undefined, true);
  return b;
}

export const scopeInventoryRule: Rule = {
  code: scopeInventory,
  check(ctx, emit) {
    const scope = section(ctx, 'scope', undefined, emit, 'scope');
    if (!scope) return;
    const sites = children(scope, 'site');
    report(emit, scope, lacking([
      ['scope.site', sites.length > 0],
      ['scope.equipment', has(scope, 'equipment')],
      ['scope.network', has(scope, 'network')],
      ['scope.software', has(scope, 'software')],
      ['scope.inventory_date', has(scope, 'inventory_date') || value(child(scope, 'annex'), 'date') !== undefined],
    ]));
    for (const s of sites) {
      report(emit, s, lacking([['scope.site.address', has(s, 'address')], ['scope.site.country', has(s, 'country')], ['scope.site.region', has(s, 'region')]]), nameOf(s));
    }
    for (const e of [...children(scope, 'equipment'), ...children(scope, 'network')]) {
      report(emit, e, lacking([
        ['scope.equipment.kind', has(e, 'kind')],
        ['scope.equipment.count', has(e, 'count') || has(e, 'ids')],
        // With a single site, the site of every item is that one.
        ['scope.equipment.at', has(e, 'at'), sites.length > 1],
      ]), nameOf(e));
    }
    for (const s of children(scope, 'software')) {
      report(emit, s, lacking([['scope.software.name', has(s, 'name')], ['scope.software.category', has(s, 'category')]]), nameOf(s));
    }
    for (const c of children(scope, 'cloud')) report(emit, c, lacking([['scope.cloud.tenant', has(c, 'tenant')]]), nameOf(c));
  },
};

export const scopeExclusionsRule: Rule = {
  code: scopeExclusions,
  check(ctx, emit) {
    const scope = child(ctx.contract, 'scope');
    const items = children(scope, 'excludes').flatMap((e) => { const v = value(e, 'items'); return v?.kind === 'list' ? v.items : []; });
    if (items.length === 0) report(emit, scope ?? ctx.contract, ['scope.excludes'], undefined, true);
  },
};

export const serviceMcoRule: Rule = {
  code: serviceMco,
  // REQUIRED in the infogérance profile. A maintenance contract is break/fix: MCO is then optional.
  // When the kind is not declared, a warning invites to state either the kind or the MCO commitment.
  levelIn: (ctx) => (ctx.kind === 'infogerance' ? 'required' : ctx.kind === 'maintenance' ? 'optional' : 'recommended'),
  check(ctx, emit) {
    const mco = section(ctx, 'services', 'mco', emit, 'services.mco');
    if (!mco) return;
    // An on-site visit is bought by its length: « une visite sur site d'une durée de quatre heures ».
    const onsiteVisits = children(mco, 'visit').filter((v) => enumValue(v, 'mode') === 'onsite');
    report(emit, mco, lacking([
      ['services.mco.covers', has(mco, 'covers')],
      ['services.mco.monitoring', has(mco, 'monitoring')],
      ['services.mco.visit', has(mco, 'visit')],
      ['services.mco.visit.duration', onsiteVisits.every((v) => value(v, 'duration') !== undefined), onsiteVisits.length > 0],
      ['services.mco.report', has(mco, 'report')],
    ]));
  },
};

export const servicePreventiveRule: Rule = {
  code: servicePreventive,
  check(ctx, emit) {
    const p = section(ctx, 'services', 'preventive', emit, 'services.preventive');
    if (!p) return;
    const tasks = children(p, 'task');
    report(emit, p, lacking([
      ['services.preventive.task', tasks.length > 0],
      ['services.preventive.patching', tasks.some((t) => enumValue(t, 'task') === 'os_patching'), tasks.length > 0],
      ['services.preventive.window', has(p, 'window')],
      ['services.preventive.notice', has(p, 'notice')],
    ]));
  },
};

export const serviceCorrectiveRule: Rule = {
  code: serviceCorrective,
  check(ctx, emit) {
    const c = section(ctx, 'services', 'corrective', emit, 'services.corrective');
    if (!c) return;
    const channels = child(child(ctx.contract, 'support'), 'channels');
    report(emit, c, lacking([
      ['services.corrective.reported_via', has(c, 'reported_via') || (channels?.children.length ?? 0) > 0],
      ['services.corrective.approach', has(c, 'approach')],
      ['services.corrective.parts', has(c, 'parts')],
      ['services.corrective.priorities', has(c, 'priorities')],
    ]));
  },
};

export const serviceEvolutiveRule: Rule = {
  code: serviceEvolutive,
  check(ctx, emit) {
    const e = section(ctx, 'services', 'evolutive', emit, 'services.evolutive');
    if (!e) return;
    report(emit, e, lacking([
      ['services.evolutive.handling', has(e, 'handling')],
      ['services.evolutive.rate', has(e, 'rate'), enumValue(child(e, 'handling'), 'mode') === 'work_units'],
    ]));
  },
};

export const serviceHotlineRule: Rule = {
  code: serviceHotline,
  check(ctx, emit) {
    const s = section(ctx, 'support', undefined, emit, 'support');
    if (!s) return;
    const quota = child(s, 'quota');
    const model = enumValue(quota, 'model');
    const counted = model === 'tickets' || model === 'hours' || model === 'minutes';
    report(emit, s, lacking([
      ['support.channels', (child(s, 'channels')?.children.length ?? 0) > 0],
      ['support.calendar', has(s, 'calendar')],
      ['support.quota', quota !== undefined],
    ]));
    if (quota && counted) {
      report(emit, quota, lacking([
        ['support.quota.count', has(quota, 'count')],
        ['support.quota.step', has(quota, 'step'), model !== 'tickets'],
        ['support.quota.rollover', has(quota, 'rollover')],
      ]));
    }
  },
};

export const serviceOnsiteRule: Rule = {
  code: serviceOnsite,
  // REQUIRED if on-site support is offered, i.e. `support { onsite { … } }` is stated.
  levelIn: (ctx) => (has(child(ctx.contract, 'support'), 'onsite') ? 'required' : undefined),
  check(ctx, emit) {
    const o = child(child(ctx.contract, 'support'), 'onsite');
    if (!o) return;
    const dispatch = child(o, 'dispatch');
    report(emit, o, lacking([
      ['support.onsite.sites', has(o, 'sites')],
      ['support.onsite.billing', has(o, 'included') || has(o, 'billed')],
      ['support.onsite.dispatch', value(dispatch, 'basis') !== undefined || value(dispatch, 'delay') !== undefined],
      ['support.onsite.travel', has(o, 'travel')],
      ['support.onsite.priorities', has(o, 'priorities')],
    ]));
  },
};

export const serviceRemoteAccessRule: Rule = {
  code: serviceRemoteAccess,
  check(ctx, emit) {
    const r = section(ctx, 'services', 'remote_access', emit, 'services.remote_access');
    if (!r) return;
    // Removal may be stated here or in the exit block of the data-exit topic.
    const removal = has(r, 'removal') || has(child(ctx.contract, 'exit'), 'remote_tools');
    report(emit, r, lacking([
      ['services.remote_access.tools', has(r, 'tools')],
      ['services.remote_access.authentication', has(r, 'authentication')],
      ['services.remote_access.session_logs', has(r, 'session_logs')],
      ['services.remote_access.consent', has(r, 'consent')],
      ['services.remote_access.removal', removal],
    ]));
  },
};

export const serviceBackupRule: Rule = {
  code: serviceBackup,
  check(ctx, emit) {
    const b = section(ctx, 'services', 'backup', emit, 'services.backup');
    if (!b) return;
    report(emit, b, lacking([
      ['services.backup.covers', has(b, 'covers')],
      ['services.backup.frequency', has(b, 'frequency')],
      ['services.backup.retention', has(b, 'retention')],
      ['services.backup.location', has(b, 'location')],
      ['services.backup.restore_test', has(b, 'restore_test')],
      ['services.backup.media_owner', has(b, 'media_owner')],
      ['services.backup.keys', has(b, 'keys')],
    ]));
  },
};

export const serviceSecurityRule: Rule = {
  code: serviceSecurity,
  check(ctx, emit) {
    const s = section(ctx, 'services', 'security', emit, 'services.security');
    if (!s) return;
    report(emit, s, lacking([
      ['services.security.measures', has(s, 'measures')],
      ['services.security.critical_patch', has(s, 'critical_patch')],
      ['services.security.incident_notice', has(s, 'incident_notice')],
    ]));
  },
};

export const serviceReplacementRule: Rule = {
  code: serviceReplacement,
  check(ctx, emit) {
    const r = section(ctx, 'services', 'replacement', emit, 'services.replacement');
    if (!r) return;
    report(emit, r, lacking([
      ['services.replacement.classes', has(r, 'classes')],
      ['services.replacement.delay', has(r, 'delay')],
      ['services.replacement.loan', has(r, 'loan')],
    ]));
  },
};

export const adviceTechnologyWatchRule: Rule = {
  code: adviceTechnologyWatch,
  check(ctx, emit) {
    const w = section(ctx, 'advice', 'watch', emit, 'advice.watch');
    if (!w) return;
    report(emit, w, lacking([['advice.watch.form', has(w, 'form')], ['advice.watch.frequency', has(w, 'frequency')], ['advice.watch.topics', has(w, 'topics')]]));
  },
};

/** What the duty to advise must at least cover: errors in the specification, risks of changes, organisational impact. */
const DUTY_SUBJECTS = ['specification', 'changes', 'organisation'] as const;

export const adviceDutyRule: Rule = {
  code: adviceDuty,
  check(ctx, emit) {
    const d = section(ctx, 'advice', 'duty', emit, 'advice.duty');
    if (!d) return;
    const subjects = child(d, 'subjects');
    const listed = listEnum(subjects, 'items');
    const wanted = ['needs', ...DUTY_SUBJECTS];
    const facts = lacking([
      ['advice.duty.subjects', DUTY_SUBJECTS.every((x) => listed.includes(x))],
      ['advice.duty.alerts', has(d, 'alerts')], ['advice.duty.acknowledgement', has(d, 'acknowledgement')], ['advice.duty.needs_document', has(d, 'needs_document')],
    ]);
    if (facts.missing.length === 0) return;
    // The extent of the duty is mechanical to write: list what is missing after what is there.
    const merged = [...listed, ...wanted.filter((x) => !listed.includes(x))].join(', ');
    const subjectsValue = value(subjects, 'items');
    const fixes: Fix[] = !facts.missing.includes('advice.duty.subjects') ? []
      : subjects && subjectsValue
        ? [{ title: { fr: 'Étendre le devoir de conseil aux erreurs, aux risques des changements et à leurs incidences', en: 'Extend the duty to advise to errors, risks of changes and their impact' }, edits: [{ file: subjects.file, range: subjectsValue.range, newText: merged }], preferred: true }]
        : insertLine(ctx, d, `subjects ${merged}`, { fr: 'Étendre le devoir de conseil aux erreurs, aux risques des changements et à leurs incidences', en: 'Extend the duty to advise to errors, risks of changes and their impact' });
    emit({ file: d.file, range: anchor(d), missing: facts.missing, ...(facts.present.length > 0 ? { present: facts.present } : {}), ...(fixes.length > 0 ? { fixes } : {}) });
  },
};

export const clientObligationsRule: Rule = {
  code: clientObligations,
  check(ctx, emit) {
    const c = section(ctx, 'obligations', 'client', emit, 'obligations.client');
    if (!c) return;
    const clientReferent = ctx.parties.some((p) => enumValue(p, 'role') === 'client' && children(p, 'contact').some((k) => enumValue(k, 'role') === 'technical_referent'));
    report(emit, c, lacking([
      ['obligations.client.access', has(c, 'access')],
      ['obligations.client.referent', has(c, 'referent') || clientReferent],
      ['obligations.client.licences', has(c, 'licences')],
      ['obligations.client.inform_changes', has(c, 'inform_changes')],
      ['obligations.client.cooperation', has(c, 'cooperation')],
    ]));
  },
};

export const providerObligationsRule: Rule = {
  code: providerObligations,
  check(ctx, emit) {
    const p = section(ctx, 'obligations', 'provider', emit, 'obligations.provider');
    if (!p) return;
    report(emit, p, lacking([
      ['obligations.provider.staffing', has(p, 'staffing') || has(p, 'qualifications')],
      ['obligations.provider.site_rules', has(p, 'site_rules')],
      ['obligations.provider.documentation', has(p, 'documentation')],
    ]));
  },
};

export const governanceReportingRule: Rule = {
  code: governanceReporting,
  check(ctx, emit) {
    const g = section(ctx, 'governance', undefined, emit, 'governance.report');
    if (!g) return;
    const r = child(g, 'report');
    report(emit, g, lacking([['governance.report', r !== undefined], ['governance.steering', has(g, 'steering')]]));
    if (!r) return;
    const contents = child(r, 'contents');
    if (!contents) return report(emit, r, lacking([['governance.report.contents', false], ['governance.report', true], ['governance.steering', true, has(g, 'steering')]]));
    const listed = new Set((() => { const v = value(contents, 'items'); return v?.kind === 'list' ? v.items.flatMap((i) => (i.kind === 'enum' ? [i.value] : [])) : []; })());
    // Penalties due are reported only when the SLA has penalties (sla { penalty … }).
    const penalties = children(child(ctx.contract, 'sla'), 'penalty').length > 0;
    const wanted = ['tickets_by_priority', 'sla_attainment', ...(penalties ? ['penalties'] : []), 'preventive_actions', 'recommendations'];
    report(emit, contents, lacking([
      ['governance.report', true],
      // Named as found when stated; when it is not, the finding on `governance` says so.
      ['governance.steering', true, has(g, 'steering')],
      ...wanted.map((w): FactCheck => [`governance.report.${w}`, listed.has(w)]),
    ]));
  },
};

/** The fee follows the number of devices, users or sites. */
const perUnitBasis = (ctx: CheckContext): boolean => ['per_device', 'per_user', 'per_site'].includes(childEnum(child(ctx.contract, 'price'), 'basis', 'basis') ?? '');

/** Whether the inventory is meant to change during the Contract, so its price effect must be said. */
function scopeVaries(ctx: CheckContext): boolean {
  const scope = child(ctx.contract, 'scope');
  if (!scope) return false;
  return has(scope, 'updates') || has(scope, 'price_change') || has(child(ctx.contract, 'amendments'), 'inventory_update') || perUnitBasis(ctx);
}

const INVENTORY_ITEMS = ['equipment', 'network', 'software', 'cloud'] as const;

export const scopePriceChangeRule: Rule = {
  code: scopePriceChange,
  levelIn: (ctx) => (scopeVaries(ctx) ? 'recommended' : undefined),
  check(ctx, emit) {
    const scope = child(ctx.contract, 'scope');
    if (!scope || !scopeVaries(ctx)) return;
    const change = child(scope, 'price_change');
    const unitPriced = perUnitBasis(ctx) || enumValue(change, 'mode') === 'unit_prices';
    const priced = has(child(ctx.contract, 'price'), 'unit_price') || INVENTORY_ITEMS.some((k) => children(scope, k).some((i) => has(i, 'unit_price')));
    const facts = lacking([['scope.price_change', change !== undefined], ['scope.unit_price', priced, unitPriced]]);
    if (facts.missing.length === 0) return;
    if (!change) {
      // Without a clause, the price changes only by agreement (C. civ. 1193): write it, or the unit-price
      // adjustment a per-device fee already implies.
      const mode = perUnitBasis(ctx) ? 'unit_prices' : 'amendment';
      const title = mode === 'amendment'
        ? { fr: 'Fixer le nouveau prix par avenant (price_change amendment)', en: 'Set the new price by amendment (price_change amendment)' }
        : { fr: 'Ajuster la redevance aux prix unitaires (price_change unit_prices)', en: 'Adjust the fee at the unit prices (price_change unit_prices)' };
      emit({ file: scope.file, range: anchor(scope), missing: facts.missing, absent: true, fixes: insertLine(ctx, scope, `price_change ${mode}`, title) });
      return;
    }
    emit({ file: change.file, range: anchor(change), missing: facts.missing, present: facts.present });
  },
};

export const serviceTransitionInRule: Rule = {
  code: serviceTransitionIn,
  // The gap between entry into force and the start of the services must be explained; a managed-
  // services contract starts with a take-over in any case.
  levelIn: (ctx) => (serviceStartsLater(ctx.contract) || ctx.kind === 'infogerance' ? 'recommended' : 'optional'),
  check(ctx, emit) {
    const o = section(ctx, 'services', 'onboarding', emit, 'services.onboarding');
    if (!o) return;
    const tasks = listEnum(child(o, 'tasks'), 'items');
    const fee = child(o, 'fee');
    report(emit, o, lacking([
      ['services.onboarding.tasks', tasks.includes('inventory_audit') && tasks.includes('documentation_takeover')],
      // Without a later start date, the phase ends when its duration says.
      ['services.onboarding.duration', has(o, 'duration'), !serviceStartsLater(ctx.contract)],
      ['services.onboarding.start_report', has(o, 'start_report')],
      ['services.onboarding.fee', fee !== undefined && (enumValue(fee, 'mode') !== 'flat' || value(fee, 'price') !== undefined)],
    ]));
  },
};

export const governanceCommitteesRule: Rule = {
  code: governanceCommittees,
  levelIn: (ctx) => (ctx.kind === 'infogerance' ? 'recommended' : 'optional'),
  check(ctx, emit) {
    // Without a governance block, IG3051 (governance.reporting) already reports it.
    const g = child(ctx.contract, 'governance');
    if (!g) return;
    const committee = (kw: 'steering' | 'operational'): FactCheck[] => {
      const c = child(g, kw);
      return [[`governance.${kw}.members`, has(c, 'members'), c !== undefined], [`governance.${kw}.minutes`, has(c, 'minutes'), c !== undefined]];
    };
    report(emit, g, lacking([...committee('operational'), ...committee('steering'), ['governance.escalation', has(child(g, 'escalation'), 'level')]]));
  },
};

export const governanceQualityPlanRule: Rule = {
  code: governanceQualityPlan,
  levelIn: (ctx) => (ctx.kind === 'infogerance' ? 'recommended' : 'optional'),
  check(ctx, emit) {
    const g = child(ctx.contract, 'governance');
    if (!g) return;
    const plan = child(g, 'quality_plan');
    if (!plan) return report(emit, g, ['governance.quality_plan'], undefined, true);
    report(emit, plan, lacking([
      ['governance.quality_plan.delivery', has(plan, 'delivery')],
      ['governance.quality_plan.contents', has(plan, 'contents')],
      ['governance.quality_plan.review', has(plan, 'review')],
    ]));
  },
};

export const scopeRuleList: readonly Rule[] = [
  scopeInventoryRule, scopeExclusionsRule, serviceMcoRule, servicePreventiveRule, serviceCorrectiveRule, serviceEvolutiveRule,
  serviceHotlineRule, serviceOnsiteRule, serviceRemoteAccessRule, serviceBackupRule, serviceSecurityRule, serviceReplacementRule,
  adviceTechnologyWatchRule, adviceDutyRule, clientObligationsRule, providerObligationsRule, governanceReportingRule,
  scopePriceChangeRule, serviceTransitionInRule, governanceCommitteesRule, governanceQualityPlanRule,
];

