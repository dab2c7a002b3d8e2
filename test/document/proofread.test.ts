import { describe, expect, it } from 'vitest';
import type { BoundStatement } from '../../compiler/src/index.ts';
import { built, EXAMPLE_NAMES, LANGS } from './helpers.ts';
import { flatOrdinals, proofread } from './proofread.ts';

// A proof-reading pass over every example's French and English text (proofread.ts): identifiers,
// rule ids, a bare number closing a sentence, a missing space after a full stop, missing elisions,
// doubled words, form-filling colons, sentences of the other language. Every example must pass with
// no finding.


/** Proper names of a contract: every string that is not prose (parties, sites, products…). */
function names(contract: BoundStatement | undefined): string[] {
  const out: string[] = [];
  const visit = (b: BoundStatement): void => {
    for (const v of Object.values(b.values)) {
      const items = v.kind === 'list' ? v.items : [v];
      for (const i of items) if (i.kind === 'string' && !i.en) out.push(i.value);
    }
    b.children.forEach(visit);
  };
  if (contract) visit(contract);
  return out;
}

describe('proof-reading', () => {
  for (const name of [...EXAMPLE_NAMES, 'full']) {
    for (const lang of LANGS) {
      it(`${name} (${lang})`, () => {
        const b = built(name, lang);
        const findings = [...proofread(b.text, lang, names(b.checked.model.contract)), ...flatOrdinals(b.document)]
          .map((f) => `${f.rule}: ${f.excerpt}`);
        expect([...new Set(findings)].sort()).toEqual([]);
      });
    }
  }

  it('catches what the review found', () => {
    const fr = (s: string): string[] => proofread(s, 'fr').map((f) => f.rule);
    expect(fr('La responsabilité est limitée à 12. Les frais')).toContain('bare-number');
    expect(fr('comprises dans la redevance.Les interventions')).toContain('missing-space');
    expect(fr('selon la fréquence suivante : mensuelle')).toContain('label-colon');
    expect(fr('la matrice de annexe 2')).toContain('elision');
    expect(fr('le Client accède à ses données ; le Prestataire cède au Client')).not.toContain('elision');
    expect(fr('comprend 1 sessions de 2 heures')).toContain('agreement');
    expect(fr('les droits de droit de reproduction et de de représentation')).toContain('doubled-word');
    expect(fr('Sàrl, Sàrl au capital')).toContain('doubled-word');
    expect(fr('les services décrits (services), le périmètre (scope)')).toContain('keyword-in-parentheses');
    expect(fr('Les dérogations : service.mco et sla_availability')).toEqual(expect.arrayContaining(['rule-id', 'identifier']));
    expect(fr('Both parties undertake that the provider shall not solicit the staff of the client.')).toContain('other-language');
    expect(proofread('The Client pays the fees. Les redevances restent dues jusqu’au terme du préavis pour la période.', 'en').map((f) => f.rule)).toContain('other-language');
    expect(fr('Le Prestataire maintient le système en état. Le Client en est informé, par courriel ou par lettre, à l’adresse de son siège.')).toEqual([]);
    expect(fr('Les factures, adressées à compta@atelier-riviere.fr, sont émises par courriel.')).toEqual([]);
  });
});
