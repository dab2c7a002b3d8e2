import { factNotPrinted, missingTranslation } from '../../diagnostics/codes/document.ts';
import type { Diagnostic, Locale, Severity } from '../../diagnostics/index.ts';
import type { BoundStatement, Model, TypedValue } from '../../model/index.ts';
import { anchorInContract } from '../../model/index.ts';
import { child } from '../../model/query.ts';
import type { ValueType } from '../../schema/index.ts';
import { valueSlots } from './facts.ts';
import { parentMap, statementPath, type Ledger } from './wording.ts';

// What the contract declares against what its document printed. Facts are the stated slots of every
// statement of the contract (after presets); a statement with neither slot nor block is a fact by its
// presence. Declared names are identifiers, not facts (the document prints the item's label), and so
// is the preset a statement starts from (`sla from gold`): its facts are merged into the statement and
// each is a fact of its own. Statements the schema marks `unprinted` (with the reason `infog explain`
// shows) are left out.

/** The languages a contract is drafted in: its authoritative language, then its translations. */
export function contractLanguages(model: Model): readonly Locale[] {
  const stated = child(model.contract, 'language')?.values['language'];
  const first: Locale = stated?.kind === 'enum' && stated.value === 'en' ? 'en' : 'fr';
  const more = child(model.contract, 'translations')?.values['languages'];
  const listed = more?.kind === 'list' ? more.items : more ? [more] : [];
  const out: Locale[] = [first];
  for (const v of listed) if (v.kind === 'enum' && (v.value === 'fr' || v.value === 'en') && !out.includes(v.value)) out.push(v.value);
  return out;
}

/** `from <preset>`: where a statement's facts come from, not a fact itself. */
export const isPresetSlot = (type: ValueType): boolean => type.kind === 'ref' && type.namespace === 'preset';

/** Every fact of the contract no clause printed in this language: a warning at its statement. */
export function unprintedFacts(model: Model, ledger: Ledger, lang: Locale): Diagnostic[] {
  const contract = model.contract;
  if (!contract) return [];
  const parents = parentMap(contract);
  const out: Diagnostic[] = [];
  const visit = (b: BoundStatement): void => {
    if (b.spec.unprinted) return;
    const printed = ledger.get(b);
    const slots = valueSlots(b.spec.args);
    if (b !== contract) {
      const path = statementPath(b, parents);
      if (slots.length === 0 && !b.spec.block && !printed?.has('') && !printed?.has('value')) {
        out.push(anchorInContract(factNotPrinted.create(b.file, b.node.keyword.range, { path, lang }), model.presetUses));
      }
      for (const s of slots) {
        const v = b.values[s.name];
        if (!v || (s.type.kind === 'name' && b.spec.declares?.slot === s.name) || isPresetSlot(s.type) || printed?.has(s.name)) continue;
        out.push(anchorInContract(factNotPrinted.create(b.file, v.range, { path: `${path}.${s.name}`, lang }), model.presetUses));
      }
    } else {
      // The contract's own slot is its title.
      if (contract.values['title'] && !printed?.has('title')) out.push(factNotPrinted.create(b.file, b.node.keyword.range, { path: 'contract.title', lang }));
    }
    b.children.forEach(visit);
  };
  visit(contract);
  return out;
}

/**
 * Prose given in one language only: in a contract drafted in two, a warning while writing; for a
 * language being compiled (`target`), an error, since that document would mix languages. A single
 * string is in the contract's authoritative language; pairs are written French first.
 */
export function missingTranslations(model: Model, target?: Locale, severity: Severity = 'warning'): Diagnostic[] {
  const contract = model.contract;
  if (!contract) return [];
  const langs = contractLanguages(model);
  const other = target ?? langs[1];
  if (other === undefined || other === langs[0]) return [];
  const out: Diagnostic[] = [];
  const check = (b: BoundStatement, v: TypedValue): void => {
    if (v.kind === 'list') v.items.forEach((x) => check(b, x));
    // Acronyms and figures (« PST », « CSV ») read the same in every language.
    else if (v.kind === 'string' && !v.en && /\p{Ll}/u.test(v.value)) {
      // Pairs are always written French first, then English (`"Siège" "Head office"`).
      const at = other === 'en' ? v.range.end : v.range.start;
      const title = other === 'en' ? { fr: 'Ajouter la version anglaise', en: 'Add the English version' } : { fr: 'Ajouter la version française', en: 'Add the French version' };
      out.push(missingTranslation.create(b.file, v.range, { keyword: b.spec.keyword, lang: other }, {
        severity,
        fixes: [{ title, edits: [{ file: b.file, range: { start: at, end: at }, newText: other === 'en' ? ' ""' : '"" ' }] }],
      }));
    }
  };
  const visit = (b: BoundStatement): void => {
    if (b.spec.unprinted) return;
    for (const s of valueSlots(b.spec.args)) {
      const v = b.values[s.name];
      if (v && (s.type.kind === 'string' || s.type.kind === 'text') && s.type.prose) check(b, v);
    }
    b.children.forEach(visit);
  };
  visit(contract);
  return out.map((d) => anchorInContract(d, model.presetUses));
}
