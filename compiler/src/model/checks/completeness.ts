import { convenienceNoticeOverTerm, kindMissing, onsiteNotDefined, processingDenied } from '../../diagnostics/codes/validate-completeness.ts';
import { anchor, child, children, enumValue, value } from '../query.ts';
import { days, durationOf } from './commercial/util.ts';
import { personalData, remoteAccess } from './data-exit/common.ts';
import type { Validator } from './rule.ts';
import { items, textOf } from './sla/read.ts';

// Completeness holes of issue 17: a statement removed or denied while the rest of the contract still
// relies on it. Each check names the facts that contradict the missing or denying statement.

const durationText = (d: { amount: number; unit: string }): string => `${d.amount} ${d.unit}`;

export const validateCompleteness: Validator = (ctx, report) => {
  const c = ctx.contract;
  // Rules such as operational maintenance or the P1 restoration time take their level from `kind`.
  if (!child(c, 'kind')) report(kindMissing.create(c.file, anchor(c), {}));

  // `personal_data { processing no }` while the provider works on the client's data.
  const pd = personalData(ctx);
  const processing = child(pd, 'processing');
  if (processing && enumValue(processing, 'value') === 'no') {
    const because: string[] = [];
    if (remoteAccess(ctx)) because.push('services { remote_access }');
    if (child(child(c, 'services'), 'backup')) because.push('services { backup }');
    if (children(child(c, 'scope'), 'software').some((s) => enumValue(child(s, 'category'), 'category') === 'mail')) because.push('software … { category mail }');
    if (items(value(child(child(c, 'object'), 'services'), 'kinds')).some((v) => ['backup', 'mail'].includes(textOf(v) ?? ''))) because.push('object { services … }');
    if (because.length > 0) report(processingDenied.create(processing.file, anchor(processing), { because }));
  }

  // A notice for convenience longer than the whole initial term.
  const term = child(c, 'term');
  const initial = durationOf(child(term, 'initial'));
  if (initial) {
    for (const t of children(term, 'termination').filter((x) => enumValue(x, 'case') === 'convenience')) {
      const noticeS = child(t, 'notice');
      const notice = durationOf(noticeS);
      if (noticeS && notice && days(notice) > days(initial)) {
        report(convenienceNoticeOverTerm.create(noticeS.file, value(noticeS, 'duration')?.range ?? anchor(noticeS), { notice: durationText(notice), initial: durationText(initial) }));
      }
    }
  }

  // On-site support sold (object, on-site targets, on-site penalties) without `support { onsite }`.
  if (!child(child(c, 'support'), 'onsite')) {
    const sla = child(c, 'sla');
    const because: string[] = [];
    if (items(value(child(child(c, 'object'), 'services'), 'kinds')).some((v) => textOf(v) === 'onsite_support')) because.push('object { services onsite_support }');
    if (children(sla, 'priority').some((p) => child(p, 'onsite'))) because.push('priority { onsite … }');
    if (children(sla, 'penalty').some((p) => textOf(value(p, 'metric')) === 'onsite')) because.push('penalty onsite …');
    if (because.length > 0) report(onsiteNotDefined.create((sla ?? c).file, anchor(sla ?? c), { because }));
  }
};
