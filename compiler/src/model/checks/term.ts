import { contractDates, lawApplicable, termDuration, terminationBreach, terminationConvenience, termRenewal } from '../../diagnostics/codes/rules-parties-term.ts';
import type { BoundStatement } from '../bound.ts';
import { anchor, child, children, enumValue, has } from '../query.ts';
import { factsOf } from './facts.ts';
import type { Rule } from './rule.ts';

// brief §2.1 contract.dates, §2.2 term.*, termination.*, §2.4 law.applicable.

function termOf(contract: BoundStatement): BoundStatement | undefined {
  return child(contract, 'term');
}

export const contractDatesRule: Rule = {
  code: contractDates,
  check(ctx, emit) {
    const term = termOf(ctx.contract);
    const { missing, present } = factsOf([['signature', has(term, 'signature')], ['effective', has(term, 'effective')]]);
    if (missing.length > 0) emit({ file: (term ?? ctx.contract).file, range: anchor(term ?? ctx.contract), missing, present, absent: present.length === 0 });
  },
};

export const termDurationRule: Rule = {
  code: termDuration,
  check(ctx, emit) {
    const term = termOf(ctx.contract);
    const at = term ?? ctx.contract;
    if (!has(term, 'initial') && !has(term, 'indefinite')) {
      emit({ file: at.file, range: anchor(at), missing: ['initial'], absent: true });
      return;
    }
    const indefinite = child(term, 'indefinite');
    if (indefinite && !has(indefinite, 'notice')) emit({ file: indefinite.file, range: anchor(indefinite), missing: ['indefinite.notice'] });
  },
};

export const termRenewalRule: Rule = {
  code: termRenewal,
  // "REQUIRED if renewal is foreseen": `renewal none` needs nothing more, but the term must say which
  // (issue 17: a removed `renewal` went unnoticed, and a contract silent on it renews by default in BE).
  levelIn: (ctx) => {
    const term = termOf(ctx.contract);
    const mode = enumValue(child(term, 'renewal'), 'mode');
    return mode === 'tacit' || mode === 'express' || (term !== undefined && mode === undefined) ? 'required' : undefined;
  },
  check(ctx, emit) {
    const term = termOf(ctx.contract);
    const renewal = child(term, 'renewal');
    if (!renewal) {
      // No renewal at all must be said (`renewal none`), not left out.
      if (term && has(term, 'initial')) emit({ file: term.file, range: anchor(term), missing: ['term.renewal'], present: [], absent: true });
      return;
    }
    const { missing, present } = factsOf([
      ['renewal.period', has(renewal, 'period')],
      ['renewal.notice', has(renewal, 'notice')],
      ['renewal.form', has(renewal, 'form')],
    ]);
    if (missing.length > 0) emit({ file: renewal.file, range: anchor(renewal), missing, present });
  },
};

function terminationCase(contract: BoundStatement, kase: string): BoundStatement | undefined {
  return children(termOf(contract), 'termination').find((t) => enumValue(t, 'case') === kase);
}

export const terminationConvenienceRule: Rule = {
  code: terminationConvenience,
  // CO 404 makes a mandate terminable at any time under Swiss law: the terms must then be stated.
  levelIn: (ctx) => (ctx.law === 'CH' ? 'required' : 'recommended'),
  check(ctx, emit) {
    const t = terminationCase(ctx.contract, 'convenience');
    const at = t ?? termOf(ctx.contract) ?? ctx.contract;
    const { missing, present } = factsOf([
      ['termination.by', has(t, 'by')],
      ['termination.notice', has(t, 'notice')],
      ['termination.form', has(t, 'form')],
      ['termination.fees', has(t, 'fees') || has(t, 'fee')],
    ]);
    if (missing.length > 0) emit({ file: at.file, range: anchor(at), missing, present, absent: t === undefined });
  },
};

export const terminationBreachRule: Rule = {
  code: terminationBreach,
  check(ctx, emit) {
    const t = terminationCase(ctx.contract, 'breach');
    const at = t ?? termOf(ctx.contract) ?? ctx.contract;
    const { missing, present } = factsOf([
      ['termination.breaches', has(t, 'breaches') || has(t, 'sla_threshold')],
      ['termination.formal_notice', has(t, 'formal_notice')],
      ['termination.cure', has(t, 'cure')],
    ]);
    if (missing.length > 0) emit({ file: at.file, range: anchor(at), missing, present, absent: t === undefined });
  },
};

export const lawApplicableRule: Rule = {
  code: lawApplicable,
  check(ctx, emit) {
    if (ctx.law === undefined) emit({ file: ctx.contract.file, range: anchor(ctx.contract), missing: ['law'], absent: true });
  },
};
