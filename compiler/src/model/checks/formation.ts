import '../../diagnostics/codes/validate-formation.ts';
import { contractRecitals, contractSigning, documentsDeclared } from '../../diagnostics/codes/rules-formation.ts';
import { amendmentsRankedLow, convenienceNoticeTooLong, convenienceOpenToProvider, swissSignatureNotQualified } from '../../diagnostics/codes/validate-formation.ts';
import type { Fix } from '../../diagnostics/index.ts';
import type { Range } from '../../text/index.ts';
import type { BoundStatement } from '../bound.ts';
import { anchor, child, childEnum, children, enumValue, has, value } from '../query.ts';
import type { TypedValue } from '../typed-value.ts';
import { days, durationOf } from './commercial/util.ts';
import type { CheckContext, Rule, Validator } from './rule.ts';

// The contract's formation: the documents it ranks exist (IG3085), its recitals record the
// pre-contractual information (IG3086), it says how it is signed (IG3087); and the consistency of
// documents, term and signature (IG4170–IG4173). The clauses that print these facts are
// stdlib/clauses/object.infog, parties.infog, duration.infog and signature.infog.

/**
 * Document kinds the contract produces itself, as the annexes of the clause library: each is there
 * when the facts it prints are stated. Any other kind must be declared with `document`.
 */
const PRODUCED: Readonly<Record<string, (contract: BoundStatement) => boolean>> = {
  particular_conditions: () => true,
  amendments: () => true,
  sla_annex: (c) => has(c, 'sla'),
  inventory_annex: (c) => has(c, 'scope'),
  price_schedule: (c) => has(c, 'price'),
  dpa: (c) => childEnum(child(c, 'personal_data'), 'processing', 'value') === 'yes',
  reversibility_plan: (c) => has(c, 'reversibility'),
  // The security annex of stdlib/clauses/security.infog, printed whenever a `security` block is stated.
  security_annex: (c) => has(c, 'security'),
};

function listItems(v: TypedValue | undefined): readonly TypedValue[] {
  return v?.kind === 'list' ? v.items : v ? [v] : [];
}

/** The edit that removes item `i` of a comma list, with the separator before it (or after it, for the first). */
function removeItem(items: readonly TypedValue[], i: number): Range {
  const item = items[i] as TypedValue;
  const before = items[i - 1];
  const after = items[i + 1];
  if (before) return { start: before.range.end, end: item.range.end };
  if (after) return { start: item.range.start, end: after.range.start };
  return item.range;
}

export const documentsDeclaredRule: Rule = {
  code: documentsDeclared,
  check(ctx, emit) {
    const d = child(ctx.contract, 'documents');
    const precedence = child(d, 'precedence');
    if (!d) return;
    const declared = children(d, 'document');
    const items = listItems(value(precedence, 'documents'));
    const gtcReceived = childEnum(d, 'gtc_received', 'value') === 'yes';
    items.forEach((item, i) => {
      if (item.kind !== 'enum' || PRODUCED[item.value]?.(ctx.contract)) return;
      const doc = declared.find((x) => enumValue(x, 'kind') === item.value);
      if (doc) return;
      // A ranked document nobody can read: the mechanical fix is to stop citing it.
      const fixes: Fix[] = [{
        title: { fr: `Retirer « ${item.value} » de l’ordre de priorité`, en: `Remove "${item.value}" from the order of precedence` },
        edits: [{ file: d.file, range: removeItem(items, i), newText: '' }],
      }];
      emit({ file: d.file, range: item.range, subject: item.value, missing: [`document.${item.value}`], absent: true, fixes });
    });
    for (const doc of declared) {
      const kind = enumValue(doc, 'kind') ?? '';
      const missing = [
        has(doc, 'version') ? undefined : 'document.version',
        has(doc, 'date') ? undefined : 'document.date',
        // General terms bind only when attached to the contract or given to the client beforehand.
        kind === 'general_conditions' && childEnum(doc, 'attached', 'value') !== 'yes' && !gtcReceived ? 'document.attached' : undefined,
      ].filter((x): x is string => x !== undefined);
      const present = ['document.version', 'document.date', 'document.attached'].filter((k) => !missing.includes(k) && (k !== 'document.attached' || has(doc, 'attached')));
      if (missing.length > 0) emit({ file: doc.file, range: anchor(doc), subject: kind, missing, present });
    }
  },
};

export const recitalsRule: Rule = {
  code: contractRecitals,
  check(ctx, emit) {
    const r = child(ctx.contract, 'recitals');
    const missing = [
      has(r, 'provider_information') ? undefined : 'recitals.provider_information',
      has(r, 'client_expertise') ? undefined : 'recitals.client_expertise',
    ].filter((x): x is string => x !== undefined);
    const at = r ?? ctx.contract;
    const present = ['recitals.provider_information', 'recitals.client_expertise'].filter((k) => !missing.includes(k));
    if (missing.length > 0) emit({ file: at.file, range: anchor(at), missing, ...(r ? { present } : { absent: true }) });
  },
};

/** The indentation of the line `offset` is on, read from the module's text. */
function indentAt(ctx: CheckContext, file: string, offset: number): string {
  const text = ctx.program.modules.get(file)?.source.text ?? '';
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  return /^[ \t]*/u.exec(text.slice(lineStart, offset))?.[0] ?? '';
}

export const signingRule: Rule = {
  code: contractSigning,
  check(ctx, emit) {
    const term = child(ctx.contract, 'term');
    if (!term) return;
    const signing = child(term, 'signing');
    if (!signing) {
      // Paper originals, one per party: the usual formula, written where the term's statements are.
      const last = term.children[term.children.length - 1];
      const originals = Math.max(2, ctx.parties.length);
      const fixes: Fix[] = last ? [{
        title: { fr: `Signature sur papier en ${originals} exemplaires originaux`, en: `Signing on paper in ${originals} originals` },
        edits: [{ file: term.file, range: { start: last.node.range.end, end: last.node.range.end }, newText: `\n${indentAt(ctx, term.file, last.node.range.start)}signing paper { originals ${originals} }` }],
      }] : [];
      emit({ file: term.file, range: anchor(term), missing: ['term.signing'], absent: true, fixes });
      return;
    }
    const mode = enumValue(signing, 'mode');
    const missing = [
      mode === 'paper' && !has(signing, 'originals') ? 'signing.originals' : undefined,
      mode === 'electronic' && !has(signing, 'level') ? 'signing.level' : undefined,
    ].filter((x): x is string => x !== undefined);
    if (missing.length > 0) emit({ file: signing.file, range: anchor(signing), missing, present: ['term.signing'] });
  },
};

export const formationRules: readonly Rule[] = [documentsDeclaredRule, recitalsRule, signingRule];

const validateFormation: Validator = (ctx, report) => {
  // Amendments come first: they prevail on the points they change (IG4170).
  const d = child(ctx.contract, 'documents');
  const items = listItems(value(child(d, 'precedence'), 'documents'));
  const at = items.findIndex((x) => x.kind === 'enum' && x.value === 'amendments');
  const first = items[0];
  if (d && at > 0 && first) {
    const item = items[at] as TypedValue;
    report(amendmentsRankedLow.create(d.file, item.range, { position: at + 1 }, {
      fixes: [{
        title: { fr: 'Placer les avenants en tête', en: 'Put the amendments first' },
        edits: [
          { file: d.file, range: { start: first.range.start, end: first.range.start }, newText: 'amendments, ' },
          { file: d.file, range: removeItem(items, at), newText: '' },
        ],
        preferred: true,
      }],
    }));
  }

  const term = child(ctx.contract, 'term');
  const convenience = children(term, 'termination').find((t) => enumValue(t, 'case') === 'convenience');
  const mandate = ['mandate', 'mixed'].includes(childEnum(ctx.contract, 'qualification', 'kind') ?? '');
  // Termination for convenience belongs to the client unless chosen otherwise (IG4171); a Swiss
  // mandate is terminable at any time by either party (CO 404), so the warning does not apply there.
  const by = child(convenience, 'by');
  const who = enumValue(by, 'who');
  if (by && (who === 'both' || who === 'provider') && !(ctx.law === 'CH' && mandate)) {
    const v = value(by, 'who') as TypedValue;
    report(convenienceOpenToProvider.create(by.file, v.range, { by: who }, {
      fixes: [{ title: { fr: 'Réserver la résiliation pour convenance au client', en: 'Reserve termination for convenience to the client' }, edits: [{ file: by.file, range: v.range, newText: 'client' }] }],
    }));
  }
  // A notice that never expires before the term (IG4173).
  const notice = child(convenience, 'notice');
  const n = durationOf(notice);
  const initial = durationOf(child(term, 'initial'));
  if (notice && n && initial && days(n) >= days(initial) - 0.5) {
    const v = value(notice, 'duration') as TypedValue;
    report(convenienceNoticeTooLong.create(notice.file, v.range, { notice: `${n.amount} ${n.unit}`, initial: `${initial.amount} ${initial.unit}` }));
  }

  // Swiss law: only a qualified electronic signature equals a handwritten one (IG4172).
  const signing = child(term, 'signing');
  const level = child(signing, 'level');
  if (ctx.law === 'CH' && enumValue(signing, 'mode') === 'electronic' && level && enumValue(level, 'level') !== 'qualified') {
    const v = value(level, 'level') as TypedValue;
    report(swissSignatureNotQualified.create(level.file, v.range, {}, {
      fixes: [{ title: { fr: 'Signature électronique qualifiée', en: 'Qualified electronic signature' }, edits: [{ file: level.file, range: v.range, newText: 'qualified' }], preferred: true }],
    }));
  }
};

export const formationValidators: readonly Validator[] = [validateFormation];
