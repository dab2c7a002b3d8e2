import type { DiagnosticCode, RuleArgs, RuleLevel } from '../../../diagnostics/index.ts';
import {
  dataSubprocessorTools, sectorDora, sectorDoraCritical, sectorHealthHosting, sectorProfessionalSecrecy, securityAnnex, securityContinuity,
} from '../../../diagnostics/codes/rules-sector.ts';
import type { BoundStatement } from '../../bound.ts';
import { anchor, child, children, enumValue, value } from '../../query.ts';
import { items, processesPersonalData } from '../data-exit/common.ts';
import type { CheckContext, Rule } from '../rule.ts';
import { anchorOf, conditionHolds, missingFacts, profileApplies, profileById } from './profiles.ts';
import { HOLDING_SERVICES, HOSTED_REMOTE_TOOLS } from './tables.ts';

// The checklist rules of the sector profiles (schema/blocks/sector-profiles.ts), of the security annex
// and of the sub-processor list against the tools used.

/** A rule that applies when its profile does, at the code's level, and reports the profile's missing facts. */
function profileRule(code: DiagnosticCode<RuleArgs> & { readonly level: RuleLevel }, profileId: string): Rule {
  const profile = profileById(profileId);
  return {
    code,
    levelIn: (ctx) => (profileApplies(ctx, profile) ? code.level : undefined),
    check(ctx, emit) {
      const missing = missingFacts(ctx, profile);
      if (missing.length === 0) return;
      const at = anchorOf(ctx.contract, missing[0] ?? '');
      emit({ file: at.file, range: anchor(at), missing });
    },
  };
}

export const sectorProfessionalSecrecyRule = profileRule(sectorProfessionalSecrecy, 'professional_secrecy');
export const sectorHealthHostingRule = profileRule(sectorHealthHosting, 'health_hosting_fr');
export const sectorDoraRule = profileRule(sectorDora, 'dora');
export const sectorDoraCriticalRule = profileRule(sectorDoraCritical, 'dora_critical');
export const securityContinuityRule = profileRule(securityContinuity, 'hosted_production');

/** A managed-services contract, or one where the provider hosts a service, has a security annex. */
export const securityAnnexRule: Rule = {
  code: securityAnnex,
  levelIn: (ctx) => (ctx.kind === 'infogerance' || conditionHolds(ctx.contract, { path: 'sla.hosting', values: ['provider'] }) ? 'recommended' : undefined),
  check(ctx, emit) {
    const sec = child(ctx.contract, 'security');
    const pd = child(ctx.contract, 'personal_data');
    const missing = [
      ...(sec ? [] : ['security']),
      ...(sec && !child(sec, 'policy') ? ['security.policy'] : []),
      ...(sec && !child(sec, 'audit') ? ['security.audit'] : []),
      ...(sec && !child(sec, 'incident') ? ['security.incident'] : []),
      ...(processesPersonalData(ctx) && items(child(child(pd, 'security'), 'measures')).length === 0 ? ['personal_data.security.measures'] : []),
    ];
    if (missing.length === 0) return;
    const at = sec ?? ctx.contract;
    emit({ file: at.file, range: anchor(at), missing });
  },
};

function words(s: string): string[] {
  return s.toLowerCase().split(/[^\p{L}\p{N}-]+/u).filter((w) => w.length >= 3);
}

/** The names and descriptions of the declared sub-processors, lower-cased. */
function subprocessorTexts(ctx: CheckContext): { readonly name: string; readonly text: string; readonly services: readonly string[] }[] {
  return children(child(child(ctx.contract, 'personal_data'), 'subprocessors'), 'subprocessor').map((s) => {
    const name = value(s, 'name');
    const desc = value(child(s, 'description'), 'text');
    const n = name?.kind === 'string' ? name.value.toLowerCase() : '';
    const text = [n, desc?.kind === 'string' ? desc.value : '', desc?.kind === 'string' ? (desc.en?.value ?? '') : ''].join(' ').toLowerCase();
    return { name: n, text, services: items(child(s, 'service')) };
  });
}

function stringsOf(b: BoundStatement | undefined, slot: string): { readonly text: string; readonly range: { start: number; end: number } }[] {
  const v = value(b, slot);
  const list = v?.kind === 'list' ? v.items : v ? [v] : [];
  return list.flatMap((i) => (i.kind === 'string' ? [{ text: i.value, range: i.range }] : []));
}

/**
 * The sub-processor list matches the tools used, where the contract shows another company: a hosted
 * remote-maintenance tool, a backup copy in the cloud, a cloud service the provider resells.
 */
export const dataSubprocessorToolsRule: Rule = {
  code: dataSubprocessorTools,
  levelIn: (ctx) => (processesPersonalData(ctx) && child(ctx.contract, 'personal_data') ? 'recommended' : undefined),
  check(ctx, emit) {
    const subs = subprocessorTexts(ctx);
    const services = child(ctx.contract, 'services');
    const tools = child(child(services, 'remote_access'), 'tools');
    for (const tool of stringsOf(tools, 'tools')) {
      const known = HOSTED_REMOTE_TOOLS.find((k) => tool.text.toLowerCase().includes(k.key));
      if (!known) continue;
      const keysOfVendor = HOSTED_REMOTE_TOOLS.filter((k) => k.vendor === known.vendor).map((k) => k.key);
      if (subs.some((s) => keysOfVendor.some((k) => s.text.includes(k)) || s.text.includes(known.vendor.toLowerCase()))) continue;
      emit({ file: tools?.file ?? ctx.contract.file, range: tool.range, subject: tool.text, missing: ['subprocessor.tool'] });
    }
    const holders = subs.filter((s) => s.services.some((x) => HOLDING_SERVICES.includes(x)));
    for (const loc of children(child(services, 'backup'), 'location')) {
      if (enumValue(loc, 'kind') !== 'cloud' || holders.length > 0) continue;
      emit({ file: loc.file, range: anchor(loc), subject: 'backup', missing: ['subprocessor.backup'] });
    }
    for (const cloud of children(child(ctx.contract, 'scope'), 'cloud')) {
      if (enumValue(child(cloud, 'supplied_by'), 'party') !== 'provider') continue;
      const vendor = value(child(cloud, 'vendor'), 'value');
      if (vendor?.kind !== 'string') continue;
      // The vendor's first word against each sub-processor's first word: « OVHcloud » is « OVH SAS ».
      const v = words(vendor.value)[0] ?? '';
      const matches = v !== '' && subs.some((s) => { const n = words(s.name)[0] ?? ''; return n !== '' && (v.includes(n) || n.includes(v)); });
      if (!matches) emit({ file: cloud.file, range: vendor.range, subject: vendor.value, missing: ['subprocessor.cloud'] });
    }
  },
};

export const sectorRules: readonly Rule[] = [
  sectorProfessionalSecrecyRule,
  sectorHealthHostingRule,
  sectorDoraRule,
  sectorDoraCriticalRule,
  securityContinuityRule,
  securityAnnexRule,
  dataSubprocessorToolsRule,
];
