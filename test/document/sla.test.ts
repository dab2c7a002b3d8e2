import { describe, expect, it } from 'vitest';
import type { Locale } from '../../compiler/src/diagnostics/index.ts';
import { checkSource, renderMessage, type CheckResult } from '../../compiler/src/index.ts';
import { buildDocument, toPlainText } from '../../compiler/src/backends/document/index.ts';
import { FULL_TEXT, checkFull } from '../pdf/full.ts';
import { exampleHost } from '../pdf/helpers.ts';
import { built, flat } from './helpers.ts';

// The service-level article and its annex (stdlib/clauses/sla.infog, annex_sla): what a lawyer reads
// there for each declared fact, per law, and the corrections of the December 2026 review (service
// credits without prejudice by default, windows by their labels, the 24/7 window and holidays, the
// statutory list of later years, « 15 minutes » rather than « 0,25 heure ouvrée »).

/** The full fixture with `from` replaced by `to` (each must occur exactly once). */
function variant(...edits: readonly (readonly [string, string])[]): string {
  let text = FULL_TEXT;
  for (const [from, to] of edits) {
    expect(text.split(from).length - 1, from).toBe(1);
    text = text.replace(from, to);
  }
  return text;
}

function draft(result: CheckResult, host: ReturnType<typeof checkFull>['host'], lang: Locale): string {
  const { document } = buildDocument(result.model, { lang, draft: true, host });
  return flat(toPlainText(document!));
}

const codes = (r: CheckResult): string[] => r.diagnostics.filter((d) => d.severity !== 'info').map((d) => `${d.severity} ${d.code}`);

describe('service credits', () => {
  it('are without prejudice to damages by default, credited against them', () => {
    const { result, host } = checkFull(variant(['      nature without_prejudice\n', '']));
    const fr = draft(result, host, 'fr');
    expect(fr).toContain('Les pénalités ne privent pas le Client du droit de demander réparation de l’intégralité de son préjudice ; les pénalités versées s’imputent sur les dommages-intérêts alloués au titre du même manquement.');
    expect(fr).not.toContain('libératoire');
    expect(draft(result, host, 'en')).toContain('Service credits do not deprive the Client of its right to claim compensation for its entire loss; service credits paid are set off against any damages awarded for the same breach.');
  });

  it('leave a Swiss client the loss beyond the penalty on proof of fault (CO 161 al. 2)', () => {
    const fr = flat(built('geneve-atelier-rochat.infog', 'fr').text);
    expect(fr).toContain('Les pénalités ne privent pas le Client du droit de demander réparation du dommage qui excède leur montant, en établissant une faute du Prestataire (article 161, alinéa 2, du Code des obligations)');
    expect(flat(built('geneve-atelier-rochat.infog', 'en').text)).toContain('for the loss exceeding their amount, on proof of the Provider’s fault (article 161(2) of the Code of Obligations)');
  });

  it('read their cap against the monthly fee, their settlement, exclusions and the link with termination', () => {
    const fr = flat(built('strasbourg-clinique.infog', 'fr').text);
    expect(fr).toContain('3 % de la redevance mensuelle par heure de retard, en cas de dépassement du Délai de rétablissement (GTR) d’un Incident de Priorité P1 ;');
    expect(fr).toContain('Le montant cumulé des pénalités dues au titre d’un même mois est plafonné à 20 % de la redevance mensuelle.');
    expect(fr).toContain('Les pénalités sont réglées par un avoir imputé sur la facture suivante.');
    expect(fr).toContain('Aucune pénalité n’est due lorsque le dépassement résulte d’un manquement du Client ou d’un cas de force majeure.');
    expect(fr).toMatch(/Le dépassement répété des délais garantis ouvre en outre au Client le droit de résilier le Contrat \(article \d+\.\d+\)\./u);
  });

  it('as the sole remedy are printed as chosen and warned about (IG3100), unless a waiver gives the reason', () => {
    const sole = variant(['      nature without_prejudice\n', '      nature sole_remedy\n'], ['    obligation restoration_time result\n', '    obligation restoration_time means\n']);
    const { result, host } = checkFull(sole);
    expect(codes(result)).toContain('warning IG3100');
    expect(codes(result)).not.toContain('error IG4185');
    const d = result.diagnostics.find((x) => x.code === 'IG3100');
    expect(renderMessage(d!, 'fr')).toContain('C. civ. 1231-5');
    expect(renderMessage(d!, 'fr')).toContain('C. civ. 1170');
    expect(sole.slice(d!.range.start, d!.range.end)).toBe('sole_remedy');
    expect(d!.fixes?.[0]?.edits[0]?.newText).toBe('without_prejudice');
    expect(draft(result, host, 'fr')).toContain('Les pénalités ont un caractère forfaitaire et libératoire : elles réparent le préjudice résultant du dépassement des délais garantis');
    expect(draft(result, host, 'en')).toContain('Service credits are liquidated and are the Client’s sole remedy');

    const end = sole.lastIndexOf('}');
    const waived = `${sole.slice(0, end)}  waive "sla.penalties-remedy" because "Pénalités négociées contre une redevance réduite"\n}\n`;
    expect(codes(checkFull(waived).result)).not.toContain('warning IG3100');
  });

  it('cite each law’s articles in the sole-remedy warning and error', () => {
    const source = new TextDecoder().decode(exampleHost().readFile('project', 'geneve-atelier-rochat.infog')!)
      .replace('      nature without_prejudice\n', '      nature sole_remedy\n');
    const check = (text: string): CheckResult => checkSource({ path: 'geneve-atelier-rochat.infog', text }, exampleHost());
    // Geneva makes restoration an obligation of result: the error cites the Code of Obligations.
    const error = check(source).diagnostics.find((x) => x.code === 'IG4185');
    expect(renderMessage(error!, 'fr')).toContain('CO 97, 100 al. 1 et 160 à 163');
    expect(renderMessage(error!, 'fr')).not.toContain('C. civ.');
    const means = source.replace('    obligation restoration_time result\n', '    obligation restoration_time means\n')
      .replace('    obligation response_time result\n', '    obligation response_time means\n');
    const warning = check(means).diagnostics.find((x) => x.code === 'IG3100');
    expect(renderMessage(warning!, 'fr')).toContain('article 161, alinéa 2, CO');
    expect(renderMessage(warning!, 'fr')).not.toContain('C. civ.');
  });

  it('as the sole remedy next to an obligation of result on the same time limit are an error (IG4185), with a fix', () => {
    const text = variant(['      nature without_prejudice\n', '      nature sole_remedy\n']);
    const { result } = checkFull(text);
    expect(codes(result)).toContain('error IG4185');
    expect(codes(result)).not.toContain('warning IG3100');
    const d = result.diagnostics.find((x) => x.code === 'IG4185')!;
    expect(renderMessage(d, 'fr')).toContain('Délai de rétablissement (GTR) est une obligation de résultat');
    expect(renderMessage(d, 'fr')).toContain('C. civ. 1170 et 1231-5');
    const edit = d.fixes?.[0]?.edits[0];
    const fixed = `${text.slice(0, edit!.range.start)}${edit!.newText}${text.slice(edit!.range.end)}`;
    expect(codes(checkFull(fixed).result).filter((c) => c.includes('IG4185') || c.includes('IG3100'))).toEqual([]);
  });
});

describe('service windows', () => {
  it('name the window each time limit counts in; Strasbourg’s P1 runs round the clock, holidays included', () => {
    const fr = built('strasbourg-clinique.infog', 'fr').text;
    expect(fr).toContain('P1 Bloquant | 15 minutes (service continu) | 30 minutes (service continu) | 2 heures (service continu) | 4 heures (service continu) | 24 heures (service continu) | une heure (service continu)');
    const flatFr = flat(fr);
    expect(flatFr).toContain('La Plage de service « service continu » s’étend du lundi au dimanche, de 0 h à 24 h, heure de Paris, jours fériés compris.');
    expect(flatFr).toContain('La Plage de service « heures d’ouverture du cabinet » s’étend du lundi au vendredi, de 7 h 30 à 19 h 30, et le samedi, de 8 h à 12 h 30, heure de Paris, à l’exclusion des jours fériés légaux et des jours fériés locaux d’Alsace-Moselle.');
    // The holidays are those the windows above exclude: never « exclus de la plage de service » for all.
    expect(flatFr).toContain('Pour la première année du Contrat, les jours fériés visés ci-dessus tombent aux dates ci-après.');
    expect(flatFr).not.toMatch(/sont exclus de la plage de service/u);
    expect(flatFr).toContain('Les années suivantes, les jours fériés sont ceux que fixent l’article L3133-1 du Code du travail et, pour l’Alsace-Moselle, l’article L3134-13 du même code.');
    expect(flat(built('strasbourg-clinique.infog', 'en').text)).toContain('The “round-the-clock service” Service Window runs Monday to Sunday, from 00:00 to 24:00, Paris time, public holidays included.');
  });

  it('say which law fixes the holidays of later years, per country', () => {
    expect(flat(built('cabinet-dupont.infog', 'fr').text)).toContain('Les années suivantes, les jours fériés sont ceux que fixe l’article L3133-1 du Code du travail.');
    expect(flat(built('namur-dentisterie.infog', 'fr').text)).toContain('Les années suivantes, les jours fériés sont ceux que fixe la loi du 4 janvier 1974 relative aux jours fériés.');
    expect(flat(built('geneve-atelier-rochat.infog', 'fr').text)).toContain('le jour de la fête nationale (article 110, alinéa 3, de la Constitution fédérale) et ceux que fixe la législation du canton de Genève');
    expect(flat(built('geneve-atelier-rochat.infog', 'fr').text)).toContain('heure suisse, à l’exclusion des jours fériés du canton de Genève.');
  });

  it('list no holidays when every window includes them', () => {
    const { result, host } = checkFull(variant(['    holidays FR\n', '    holidays none\n']));
    const fr = draft(result, host, 'fr');
    expect(fr).toContain('jours fériés compris');
    expect(fr).not.toContain('Jour de l’an');
    expect(fr).not.toContain('Les années suivantes');
  });

  it('say a fraction of a business hour in minutes, never « 0,25 heure ouvrée »', () => {
    const fr = built('strasbourg-clinique.infog', 'fr').text;
    expect(fr).toContain('P2 Majeur | 15 minutes ouvrées |');
    expect(fr).not.toMatch(/0,25|0,5 heure/u);
    expect(built('strasbourg-clinique.infog', 'en').text).toContain('P2 Major | 15 business minutes |');
  });

  it('print the on-call option with its hours, priorities, price and whether it is subscribed', () => {
    expect(flat(built('strasbourg-clinique.infog', 'fr').text)).toContain('Le Prestataire offre un service d’astreinte en dehors de la Plage de service « heures d’ouverture du cabinet », du lundi au dimanche, de 19 h 30 à 7 h 30 le lendemain, pour les Incidents de Priorité P1, au prix de 650,00 € hors taxes par mois. Cette option est souscrite par le Client à la date de signature du Contrat.');
    expect(flat(built('cabinet-dupont.infog', 'fr').text)).toContain('au prix de 180,00 € hors taxes par mois. Cette option est proposée au Client, qui ne l’a pas souscrite à la date de signature du Contrat.');
  });

  it('limit on-site delays to a radius and regions named in words', () => {
    expect(flat(built('cabinet-dupont.infog', 'fr').text)).toContain('Les délais d’intervention sur site s’appliquent aux sites du Client situés dans un rayon de 50 kilomètres autour des locaux du Prestataire et dans le département du Rhône (69).');
    expect(flat(built('geneve-atelier-rochat.infog', 'en').text)).toContain('within 30 kilometres of the Provider’s premises and in the canton of Geneva.');
  });
});

describe('priorities', () => {
  it('are assigned by a named party, with criteria, impact, workaround and critical items by their labels', () => {
    const { result, host } = checkFull(variant(['      impact all_users\n', '      impact all_users\n      critical_assets hq\n']));
    const fr = draft(result, host, 'fr');
    expect(fr).toContain('Cette Priorité s’applique à un Incident affectant tous les utilisateurs ou une application critique, en l’absence de tout Contournement, ainsi qu’à l’arrêt de l’un des éléments critiques du périmètre (Siège).');
    expect(fr).toContain('La Priorité est attribuée par le Prestataire, à réception du ticket ; en cas de désaccord, elle est arrêtée par les responsables du contrat désignés par chacune des Parties.');
    expect(fr).not.toMatch(/qualifiée par :/u);
  });

  it('escalate to named contacts at a share of a named time limit', () => {
    expect(flat(built('cabinet-dupont.infog', 'fr').text)).toContain('dès que 80 % du Délai de rétablissement (GTR) d’un Incident de Priorité P1 est écoulé, l’Incident est signalé à Jean Martin, gérant du Prestataire (04 72 00 00 09) ;');
    expect(flat(built('cabinet-dupont.infog', 'fr').text)).toContain('dès que 80 % du Délai de prise en compte (GTI) d’un Incident, quelle que soit sa Priorité, est écoulé, l’Incident est signalé au responsable du centre de services du Prestataire (04 72 00 00 05).');
  });
  it('name every priority an escalation is limited to, joined by « ou »', () => {
    const { result, host } = checkFull(variant(['"Jean Martin, the Provider\'s manager (04 72 00 00 09)" for P1\n', '"Jean Martin, the Provider\'s manager (04 72 00 00 09)" for P1, P2\n']));
    const fr = draft(result, host, 'fr');
    expect(fr.slice(fr.indexOf('7.5 Escalade'), fr.indexOf('7.6'))).toContain('dès que 80 % du Délai de rétablissement (GTR) d’un Incident de Priorité P1 ou P2 est écoulé, l’Incident est signalé à Jean Martin');
    expect(draft(result, host, 'en')).toContain('once 80% of the Restoration Time (GTR) of a Priority P1 or P2 Incident has elapsed');
  });
});

describe('service windows without a label', () => {
  it('are a warning (IG4186) where the document names them', () => {
    const { result } = checkFull(variant(['    label "heures ouvrées" "business hours"\n', '']));
    expect(codes(result)).toContain('warning IG4186');
    const d = result.diagnostics.find((x) => x.code === 'IG4186')!;
    expect(renderMessage(d, 'fr')).toContain('« business »');
  });
});
