import {
  exitCloudSwitching, exitConfidentialityUndertaking, exitCredentialsHandover, exitDataReturn, exitRemoteToolsRemoval,
  exitTechnicalDossier, reversibilityPlan,
} from '../../../diagnostics/codes/rules-data-exit.ts';
import type { BoundStatement } from '../../bound.ts';
import { anchor, child, enumValue, has, value } from '../../query.ts';
import type { CheckContext, Finding, Rule } from '../rule.ts';
import type { Facts } from '../facts.ts';
import { clientInEu, exitBlock, factsWhere, items, providerCloudServices, remoteAccess, stated } from './common.ts';

// brief §2.8 reversibility.plan and exit.*. "Never billed" items (dossier, credentials) count as stated
// here whatever their value; a `billed` value is the validator's error IG4206, so it is reported once.

const DOSSIER_MINIMUM = ['diagram', 'hardware', 'software', 'cloud', 'admin_accounts'];
const FORMAT_FAMILIES = ['files', 'mailboxes', 'databases', 'vm_images', 'configurations'];

/** Reports what an element lacks at `where`; `absent` when its block is not written at all. */
function emitAt(emit: (f: Finding) => void, where: BoundStatement, facts: Facts, absent: boolean): void {
  if (facts.missing.length > 0) emit({ file: where.file, range: anchor(where), missing: facts.missing, present: facts.present, absent });
}

function reversibilityOf(ctx: CheckContext): BoundStatement | undefined {
  return child(ctx.contract, 'reversibility');
}

/** `removal at end_date` or `removal within 5 days`. */
function whenStated(b: BoundStatement | undefined, keyword: string): boolean {
  return stated(b, keyword, 'at') || stated(b, keyword, 'duration');
}

export function formatsStated(ctx: CheckContext): boolean {
  const formats = child(reversibilityOf(ctx), 'formats');
  return FORMAT_FAMILIES.some((f) => has(formats, f));
}

export const reversibilityPlanRule: Rule = {
  code: reversibilityPlan,
  check(ctx, emit) {
    const r = reversibilityOf(ctx);
    const plan = child(r, 'plan');
    const assistance = child(r, 'assistance');
    const transition = child(r, 'transition');
    const cost = child(r, 'cost');
    const mode = enumValue(cost, 'mode');
    const acceptance = child(r, 'acceptance');
    const facts = factsWhere([
      [items(child(r, 'triggers')).length > 0, 'reversibility.triggers'],
      [stated(plan, 'within', 'duration'), 'reversibility.plan.within'],
      [stated(plan, 'updated', 'frequency') || stated(plan, 'updated', 'period'), 'reversibility.plan.updated'],
      [stated(assistance, 'duration', 'duration'), 'reversibility.assistance.duration'],
      [stated(assistance, 'from', 'value'), 'reversibility.assistance.from'],
      [formatsStated(ctx), 'reversibility.formats'],
      [items(child(r, 'transfer_method')).length > 0, 'reversibility.transfer_method'],
      [stated(child(exitBlock(ctx), 'technical_dossier'), 'handover', 'value'), 'reversibility.dossier_handover'],
      [mode !== undefined, 'reversibility.cost'],
      [value(cost, 'amount') !== undefined, 'reversibility.cost.amount', mode !== undefined && mode !== 'included'],
      [stated(transition, 'parallel_run', 'none') || stated(transition, 'parallel_run', 'duration'), 'reversibility.transition.parallel_run'],
      [stated(transition, 'service_levels', 'value'), 'reversibility.transition.service_levels'],
      [stated(child(r, 'knowledge_transfer'), 'sessions', 'count'), 'reversibility.knowledge_transfer'],
      [stated(acceptance, 'report', 'value') && stated(acceptance, 'within', 'duration'), 'reversibility.acceptance'],
    ]);
    emitAt(emit, r ?? ctx.contract, facts, r === undefined);
  },
};

export const exitTechnicalDossierRule: Rule = {
  code: exitTechnicalDossier,
  check(ctx, emit) {
    const e = exitBlock(ctx);
    const d = child(e, 'technical_dossier');
    const contents = items(child(d, 'contents'));
    const facts = factsWhere([
      ...DOSSIER_MINIMUM.map((c) => [contents.includes(c), `exit.technical_dossier.${c}`] as const),
      [stated(d, 'updated', 'frequency') || stated(d, 'updated', 'period'), 'exit.technical_dossier.updated'],
      [stated(d, 'handover', 'value'), 'exit.technical_dossier.handover'],
      [stated(d, 'secrets', 'value'), 'exit.technical_dossier.secrets'],
    ]);
    emitAt(emit, d ?? e ?? ctx.contract, facts, d === undefined);
  },
};

export const exitCredentialsHandoverRule: Rule = {
  code: exitCredentialsHandover,
  check(ctx, emit) {
    const e = exitBlock(ctx);
    const c = child(e, 'credentials');
    const includes = items(child(c, 'includes'));
    const facts = factsWhere([
      [whenStated(c, 'handover'), 'exit.credentials.handover'],
      [includes.includes('admin_accounts') && includes.includes('mfa_recovery'), 'exit.credentials.includes'],
      [stated(c, 'charge', 'value'), 'exit.credentials.charge'],
      [stated(c, 'rotation', 'value'), 'exit.credentials.rotation'],
      [stated(c, 'provider_accounts', 'value'), 'exit.credentials.provider_accounts'],
    ]);
    emitAt(emit, c ?? e ?? ctx.contract, facts, c === undefined);
  },
};

export const exitRemoteToolsRemovalRule: Rule = {
  code: exitRemoteToolsRemoval,
  check(ctx, emit) {
    const e = exitBlock(ctx);
    const t = child(e, 'remote_tools');
    // The removal date may be stated with the remote-access service (scope: `remote_access { removal within 5 days }`).
    const removalInScope = stated(remoteAccess(ctx), 'removal', 'delay');
    const facts = factsWhere([
      [whenStated(t, 'removal') || removalInScope, 'exit.remote_tools.removal'],
      [stated(t, 'by', 'value'), 'exit.remote_tools.by'],
      [stated(t, 'confirmation', 'value'), 'exit.remote_tools.confirmation'],
    ]);
    emitAt(emit, t ?? e ?? ctx.contract, facts, t === undefined && !removalInScope);
  },
};

export const exitConfidentialityUndertakingRule: Rule = {
  code: exitConfidentialityUndertaking,
  check(ctx, emit) {
    const e = exitBlock(ctx);
    const u = child(e, 'undertaking');
    const covers = items(child(u, 'covers'));
    const facts = factsWhere([
      [stated(u, 'form', 'value'), 'exit.undertaking.form'],
      [stated(u, 'due', 'value'), 'exit.undertaking.due'],
      [['confidentiality', 'no_access', 'data_destruction'].every((c) => covers.includes(c)), 'exit.undertaking.covers'],
    ]);
    emitAt(emit, u ?? e ?? ctx.contract, facts, u === undefined);
  },
};

export const exitDataReturnRule: Rule = {
  code: exitDataReturn,
  check(ctx, emit) {
    const e = exitBlock(ctx);
    const d = child(e, 'data_return');
    const facts = factsWhere([
      [stated(d, 'choice', 'value'), 'exit.data_return.choice'],
      [stated(d, 'formats', 'value') && formatsStated(ctx), 'exit.data_return.formats'],
      [stated(d, 'within', 'duration'), 'exit.data_return.within'],
      [stated(d, 'certificate', 'value'), 'exit.data_return.certificate'],
      [stated(d, 'retention', 'value'), 'exit.data_return.retention'],
    ]);
    emitAt(emit, d ?? e ?? ctx.contract, facts, d === undefined);
  },
};

/** The provider supplies a cloud service to an EU client (scope `cloud … { supplied_by provider }`, or a stated `cloud_switching`). */
export function cloudSwitchingApplies(ctx: CheckContext): boolean {
  const declared = providerCloudServices(ctx).length > 0 || has(exitBlock(ctx), 'cloud_switching');
  return declared && clientInEu(ctx);
}

export const exitCloudSwitchingRule: Rule = {
  code: exitCloudSwitching,
  levelIn: (ctx) => (cloudSwitchingApplies(ctx) ? 'required' : undefined),
  check(ctx, emit) {
    const e = exitBlock(ctx);
    const s = child(e, 'cloud_switching');
    const facts = factsWhere([
      [stated(s, 'notice', 'duration'), 'exit.cloud_switching.notice'],
      [stated(s, 'transition', 'duration'), 'exit.cloud_switching.transition'],
      [stated(s, 'retrieval', 'duration'), 'exit.cloud_switching.retrieval'],
      [items(child(s, 'exportable')).length > 0, 'exit.cloud_switching.exportable'],
      [stated(s, 'charges', 'value'), 'exit.cloud_switching.charges'],
    ]);
    const where = s ?? e ?? providerCloudServices(ctx)[0] ?? ctx.contract;
    emitAt(emit, where, facts, s === undefined);
  },
};
