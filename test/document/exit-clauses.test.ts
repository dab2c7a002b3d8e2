import { describe, expect, it } from 'vitest';
import { buildDocument, toPlainText } from '../../compiler/src/backends/document/index.ts';
import type { Locale } from '../../compiler/src/diagnostics/index.ts';
import { FULL_TEXT, checkFull } from '../pdf/full.ts';

// The intellectual-property, reversibility and exit clauses read as a lawyer drafts them: the defects
// of the legal review (« prorogeable de 7 mois », « les droits de droit de … », « incombe à : »,
// the garbled assistance start) cannot come back, and the Data Act sentence follows the law.

function text(source: string, lang: Locale): string {
  const { result, host } = checkFull(source);
  const { document } = buildDocument(result.model, { lang, draft: true, host });
  return toPlainText(document!).replace(/[\u00A0\u202F]/gu, ' ');
}

const underLaw = (law: string): string => FULL_TEXT.replace(/^ {2}law FR$/mu, `  law ${law}`);

describe('intellectual property, reversibility and exit clauses', () => {
  const fr = text(FULL_TEXT, 'fr');
  const en = text(FULL_TEXT, 'en');

  it('list each assigned right once, as a lawyer writes them', () => {
    expect(fr).toContain('La cession porte sur les droits de reproduction permanente ou provisoire, de représentation, d’adaptation et de modification, de traduction dans toute langue ou tout langage de programmation et de distribution.');
    expect(fr).not.toMatch(/droits de droit/u);
    expect(en).toContain('the economic rights of copyright in the Deliverables');
    expect(en).not.toMatch(/economic copyright|rights of right|including into other languages/u);
  });

  it('state the assistance start, the successor’s review and the rotation of passwords in prose', () => {
    expect(fr).toContain('Le Prestataire apporte son assistance pendant 3 mois à compter de la notification de la fin du Contrat, quelle qu’en soit la cause.');
    expect(fr).toContain('Le prestataire successeur peut examiner le dossier technique avant de commencer ses prestations ; le Prestataire répond par écrit');
    expect(fr).toContain('Le renouvellement des mots de passe sensibles, dès leur remise, incombe au prestataire successeur.');
    expect(fr).toContain('Le transfert de compétences comprend trois (3) sessions de 2 heures');
    const exit = fr.slice(fr.indexOf('– Réversibilité et sortie'), fr.indexOf('\nArticle', fr.indexOf('– Réversibilité et sortie')));
    expect(exit).toContain('Sortie sécurisée');
    expect(exit).not.toMatch(/incombe à :|retirés par :|selon la fréquence suivante/u);
  });

  it('print the price cap and the timetable of phases', () => {
    expect(fr).toContain('sans que le montant total facturé à ce titre puisse excéder 13 000,00 € hors taxes');
    expect(fr).toMatch(/Préparation \| 2 semaines \|/u);
    expect(fr).toMatch(/Marche en parallèle \| 2 semaines \|/u);
    expect(en).toMatch(/Acceptance \| 15 days \|/u);
  });

  it('annex the model exit letter in each language', () => {
    expect(fr).toContain('Modèle de lettre de sortie du Prestataire');
    expect(fr).toContain('- Nos outils de télémaintenance et de supervision à distance ont été désinstallés');
    expect(en).toContain('Model exit letter of the Provider');
    expect(en).toContain('- Your data and all copies, backups included, have been returned and then deleted');
  });

  it('state the Data Act transition as 30 days extendable to at most seven months, per law', () => {
    expect(fr).toContain('est de 30 jours, pouvant être portée à 7 mois au plus lorsque ce délai est techniquement impossible à respecter');
    expect(fr).not.toMatch(/prorogeable/u);
    expect(en).toContain('is 30 days, which may be extended to at most 7 months where that period is technically unfeasible');
    expect(en).not.toMatch(/extendable by/u);
    expect(fr).toContain('au sens du règlement (UE) 2023/2854 sur les données, dont les articles 23 à 31');
    expect(text(underLaw('BE'), 'fr')).toContain('règlement (UE) 2023/2854 sur les données, directement applicable en Belgique');
    const ch = text(underLaw('CH'), 'fr');
    expect(ch).toContain('Bien que le règlement (UE) 2023/2854 sur les données ne s’applique pas en tant que tel au Contrat');
    expect(ch).toContain('Les Parties conviennent que la cession ne s’étend qu’aux droits et aux utilisations mentionnés');
  });
});
