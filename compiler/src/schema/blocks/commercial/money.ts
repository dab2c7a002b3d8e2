import { doc, ev, group, opt, t, value, word } from '../../value-types.ts';
import type { StatementSpec } from '../../types.ts';
import { block, duration, flag, one } from './helpers.ts';

// Price, invoicing, payment, price revision, hardship (brief §2.3, validation §3.3).

const feePeriod = t.enum([
  ev('month', 'par mois', 'per month'),
  ev('quarter', 'par trimestre', 'per quarter'),
  ev('year', 'par an', 'per year'),
]);

const rateUnit = t.enum([
  ev('hour', 'l’heure', 'per hour'),
  ev('half_day', 'la demi-journée', 'per half day'),
  ev('day', 'la journée', 'per day'),
  ev('ticket', 'le ticket', 'per ticket'),
  ev('intervention', 'l’intervention', 'per intervention'),
  ev('device', 'le poste / l’équipement', 'per device'),
  ev('user', 'l’utilisateur', 'per user'),
  ev('site', 'le site', 'per site'),
  ev('month', 'le mois', 'per month'),
]);

export const price = block(
  'price', 'Prix : redevance hors taxes, devise, TVA, assiette, ce que couvre le forfait, et tarifs hors forfait.',
  'Price: net fee, currency, VAT, basis, what the flat fee covers, and rates for extras.',
  [
    one('fee', 'Redevance récurrente, avec sa devise et sa périodicité ; « excl_vat » : montant hors taxes.', 'Recurring fee, with its currency and period; "excl_vat": amount excluding VAT.',
      [value('amount', t.money()), word('per'), value('period', feePeriod), opt('tax', t.enum([
        ev('excl_vat', 'hors taxes (HT)', 'excluding VAT'),
        ev('incl_vat', 'toutes taxes comprises (TTC)', 'including VAT'),
      ]))], 'fee 1450.00 EUR per month excl_vat', { legalBasis: 'FR: C. com. L441-9 (mentions de la facture)' }),
    one('basis', 'Assiette de la redevance.', 'Basis of the fee.', [value('basis', t.enum([
      ev('flat', 'forfait global', 'flat fee'),
      ev('per_site', 'forfait par site', 'per site'),
      ev('per_user', 'forfait par utilisateur', 'per user'),
      ev('per_device', 'forfait par poste / équipement', 'per device'),
      ev('work_units', 'unités d’œuvre', 'work units'),
      ev('time_and_materials', 'régie (temps passé)', 'time and materials'),
    ]))], 'basis flat'),
    {
      keyword: 'unit_price', doc: doc('Prix unitaire d’une assiette variable (par poste, par utilisateur…).', 'Unit price of a variable basis (per device, per user…).'),
      args: [value('amount', t.money()), word('per'), value('unit', rateUnit)], cardinality: 'many', example: 'unit_price 45.00 EUR per device',
    },
    one('vat', 'Traitement de la TVA : taux applicable, autoliquidation (prestation B2B transfrontalière) ou exonération, avec la mention à porter.',
      'VAT treatment: applicable rate, reverse charge (cross-border B2B service) or exemption, with the wording to print.',
      [opt('rate', t.percent(0, 100)), opt('regime', t.enum([
        ev('reverse_charge', 'autoliquidation par le preneur', 'reverse charge by the customer'),
        ev('exempt', 'exonération (mention à préciser)', 'exemption (wording to state)'),
      ])), opt('mention', t.proseText())],
      'vat 20%', { legalBasis: 'FR: CGI 278, 283-2, 289; CH: LTVA 25; BE: Code TVA 37' }),
    one('covers', 'Ce que couvre la redevance : renvoi aux services et au périmètre du contrat.', 'What the fee covers: reference to the contract’s services and scope.',
      [value('parts', t.enum([
        ev('services', 'les services décrits (services)', 'the described services (services)'),
        ev('scope', 'le périmètre inventorié (scope)', 'the inventoried scope (scope)'),
        ev('support', 'l’assistance et ses quotas (support)', 'support and its quotas (support)'),
        ev('sla', 'les niveaux de service (sla)', 'the service levels (sla)'),
      ]), { list: true })], 'covers services, scope, support'),
    {
      keyword: 'rate', doc: doc('Tarif des prestations hors forfait (grille tarifaire).', 'Rate for services outside the flat fee (rate card).'),
      args: [value('label', t.prose()), value('amount', t.money()), word('per'), value('unit', rateUnit)], cardinality: 'many',
      example: 'rate "Technicien sur site" 75.00 EUR per hour',
    },
    one('travel', 'Frais de déplacement : inclus, ou facturés (au trajet, au km) au-delà d’une zone.', 'Travel costs: included, or billed (per trip, per km) beyond a zone.',
      [value('rule', t.enum([ev('included', 'inclus dans la redevance', 'included in the fee'), ev('billed', 'facturés', 'billed')])),
        opt('amount', t.money()),
        group(word('per'), value('unit', t.enum([ev('trip', 'le déplacement', 'per trip'), ev('km', 'le kilomètre', 'per km')]))),
        group(word('beyond'), value('zone', t.prose()))],
      'travel billed 45.00 EUR per trip beyond "Métropole de Lyon"'),
    one('out_of_hours', 'Majoration des interventions en dehors des heures de service.', 'Surcharge for work outside the service hours.',
      [value('surcharge', t.percent(0, 300))], 'out_of_hours 50%'),
    one('hotline_overage', 'Prix des demandes d’assistance au-delà du quota, ou « unlimited » si le quota est illimité.', 'Price of support requests beyond the quota, or "unlimited" when the quota is unlimited.',
      [opt('amount', t.money()), group(word('per'), value('unit', rateUnit)), opt('unlimited', t.enum([ev('unlimited', 'quota illimité (usage raisonnable)', 'unlimited quota (fair use)')]))],
      'hotline_overage 45.00 EUR per ticket'),
  ],
  'price { fee 1450.00 EUR per month excl_vat; basis flat; vat 20%; covers services, scope }',
  { legalBasis: 'FR: C. civ. 1164–1165 (fixation du prix)' },
);

export const invoicing = {
  keyword: 'invoicing',
  doc: doc('Facturation : périodicité, à échoir ou à terme échu, canal et destinataire des factures.', 'Invoicing: periodicity, in advance or in arrears, channel and addressee of invoices.'),
  legalBasis: 'FR: CGI 289, 289 bis (facturation électronique); BE: loi du 6 février 2024 (e-facture B2B)',
  args: [
    opt('periodicity', t.enum([
      ev('monthly', 'mensuelle', 'monthly'),
      ev('quarterly', 'trimestrielle', 'quarterly'),
      ev('yearly', 'annuelle', 'yearly'),
    ])),
    opt('timing', t.enum([
      ev('in_advance', 'à échoir (en début de période)', 'in advance'),
      ev('in_arrears', 'à terme échu (en fin de période)', 'in arrears'),
    ])),
  ],
  cardinality: 'one',
  example: 'invoicing monthly in_advance { channel e_invoicing; addressee "comptabilite@cabinet-dupont.fr" }',
  block: {
    statements: [
      one('channel', 'Canal de transmission des factures.', 'Channel by which invoices are sent.', [value('channel', t.enum([
        ev('e_invoicing', 'facture électronique via une plateforme agréée (PA/PDP)', 'e-invoice through an approved platform'),
        ev('peppol', 'facture électronique structurée via Peppol', 'structured e-invoice through Peppol'),
        ev('email_pdf', 'PDF par courriel', 'PDF by e-mail'),
        ev('portal', 'portail client du prestataire', 'provider’s customer portal'),
        ev('paper', 'papier', 'paper'),
      ]))], 'channel e_invoicing', { legalBasis: 'FR: CGI 289 bis; BE: Code TVA 53, AR n° 1' }),
      one('platform', 'Plateforme agréée de réception du client.', 'Client’s approved receiving platform.', [value('name', t.string())], 'platform "Plateforme agréée du client"'),
      one('addressee', 'Destinataire des factures (service, adresse électronique).', 'Addressee of invoices (department, e-mail address).', [value('value', t.string())], 'addressee "comptabilite@cabinet-dupont.fr"'),
      flag('summary_invoice', 'Facture récapitulative périodique (CGI 289 I 3°) : délai de paiement plafonné à 45 jours en France.', 'Periodic summary invoice (CGI 289 I 3°): payment term capped at 45 days in France.', 'summary_invoice no', { legalBasis: 'FR: C. com. L441-10 I al. 3' }),
    ],
  },
} satisfies StatementSpec;

export const payment = block(
  'payment', 'Conditions de paiement : délai, moyens, pénalités de retard, indemnité de recouvrement, suspension.',
  'Payment terms: term, means, late-payment interest, recovery indemnity, suspension.',
  [
    one('term', 'Délai de paiement et son point de départ (date de facture, fin de mois, réception).', 'Payment term and its starting point (invoice date, end of month, receipt).',
      [value('duration', t.duration(['day', 'days', 'calendar_days'])), word('from', true), value('start', t.enum([
        ev('invoice', 'à compter de la date d’émission de la facture', 'from the invoice date'),
        ev('end_of_month', 'fin de mois (45 jours fin de mois)', 'end of month'),
        ev('receipt', 'à réception de la facture', 'from receipt of the invoice'),
      ]))], 'term 30 days from invoice', { legalBasis: 'FR: C. com. L441-10; BE: loi du 2 août 2002, art. 4; CH: CO 75, 102' }),
    one('means', 'Moyens de paiement acceptés.', 'Accepted means of payment.', [value('means', t.enum([
      ev('sepa_transfer', 'virement SEPA', 'SEPA credit transfer'),
      ev('sepa_direct_debit', 'prélèvement SEPA', 'SEPA direct debit'),
      ev('transfer', 'virement bancaire', 'bank transfer'),
      ev('qr_bill', 'QR-facture (Suisse)', 'QR-bill (Switzerland)'),
      ev('card', 'carte bancaire', 'card'),
      ev('cheque', 'chèque', 'cheque'),
    ]), { list: true })], 'means sepa_transfer, sepa_direct_debit'),
    one('iban', 'IBAN du compte à créditer.', 'IBAN of the account to credit.', [value('value', t.string())], 'iban "FR7630006000011234567890189"'),
    one('late_interest', 'Taux des pénalités de retard : un taux (12%), un multiple du taux légal (3 x legal_rate) ou le taux BCE majoré (ecb_rate plus 10 points).',
      'Late-payment interest: a rate (12%), a multiple of the legal rate (3 x legal_rate) or the ECB rate plus points (ecb_rate plus 10 points).',
      [opt('rate', t.percent(0, 100)),
        group(value('factor', t.decimal(0)), word('x'), value('base', t.enum([ev('legal_rate', 'taux d’intérêt légal', 'legal interest rate')]))),
        group(value('reference', t.enum([ev('ecb_rate', 'taux de refinancement de la BCE', 'ECB refinancing rate')])), word('plus'), value('points', t.decimal(0)), word('points'))],
      'late_interest 3 x legal_rate', {
        legalBasis: 'FR: C. com. L441-10 II; BE: loi du 2 août 2002, art. 5; CH: CO 104',
        // The rate itself, read after « à un taux égal à » / "at a rate equal to".
        phrase: {
          fr: '{if rate}{rate} l’an{end}{if factor}{factor|words} fois le taux d’intérêt {if base is legal_rate}légal{end} en vigueur{end}{if reference is ecb_rate}le taux d’intérêt appliqué par la Banque centrale européenne à son opération de refinancement la plus récente, majoré de {points|words} points de pourcentage{end}',
          en: '{if rate}{rate} a year{end}{if factor}{factor|words} times the {if base is legal_rate}statutory{end} interest rate in force{end}{if reference is ecb_rate}the interest rate applied by the European Central Bank to its most recent main refinancing operation, plus {points|words} percentage points{end}',
        },
      }),
    one('recovery_fee', 'Indemnité forfaitaire pour frais de recouvrement (40 € en France et en Belgique).', 'Flat recovery-cost indemnity (40 € in France and Belgium).',
      [value('amount', t.money())], 'recovery_fee 40.00 EUR', { legalBasis: 'FR: C. com. L441-10 II, D441-5; BE: loi du 2 août 2002, art. 6' }),
    one('suspension', 'Suspension des prestations après une mise en demeure de payer restée sans effet pendant ce délai.', 'Suspension of services after a formal notice to pay left unanswered for this period.',
      [word('after'), value('delay', t.duration())], 'suspension after 15 days', { legalBasis: 'FR: C. civ. 1219–1220 (exception d’inexécution)' }),
  ],
  'payment { term 30 days from invoice; means sepa_transfer; late_interest 3 x legal_rate; recovery_fee 40.00 EUR; suspension after 15 days }',
  { legalBasis: 'FR: C. com. L441-10; BE: loi du 2 août 2002; CH: CO 104' },
);

export const revisionIndex = t.enum([
  ev('syntec', 'indice Syntec révisé (prestations intellectuelles et informatiques) — recommandé', 'revised Syntec index (IT and engineering services) — recommended'),
  ev('insee_it_services', 'indice INSEE des prix de production des services « programmation, conseil et autres activités informatiques »', 'INSEE producer price index for "computer programming, consultancy and related activities"'),
  ev('agoria', 'indice Agoria des coûts salariaux (Belgique)', 'Agoria labour-cost index (Belgium)'),
  ev('ch_cpi', 'indice suisse des prix à la consommation (OFS)', 'Swiss consumer price index (FSO)'),
  ev('be_health', 'indice santé (Belgique)', 'health index (Belgium)'),
  ev('other', 'autre indice (à nommer par index_name, à justifier)', 'other index (name it with index_name, justify it)'),
]);

export const revision = {
  keyword: 'revision',
  doc: doc('Révision du prix selon un indice : P1 = P0 × (a + (1 − a) × S1/S0), a étant la part fixe.', 'Price revision by an index: P1 = P0 × (a + (1 − a) × S1/S0), a being the fixed part.'),
  legalBasis: 'FR: C. mon. fin. L112-1, L112-2; C. civ. 1167',
  args: [value('index', revisionIndex)],
  cardinality: 'one',
  blockRequired: true,
  example: 'revision syntec { base_month 2026-10; current_month latest_published; every 12 months; fixed_part 15%; direction both; rounding 2 decimals; replacement official_successor }',
  block: {
    statements: [
      one('index_name', 'Nom et série exacts de l’indice choisi (pour un indice « other »).', 'Exact name and series of the chosen index (for an "other" index).', [value('value', t.string())], 'index_name "Indice ICHTrev-TS"'),
      one('base_month', 'Mois de l’indice de référence S0 (dernier indice publié à la signature, ou mois de base du prix).', 'Month of the base index value S0 (last published at signature, or the price’s base month).',
        [value('month', t.month())], 'base_month 2026-10', { legalBasis: 'C. mon. fin. L112-1' }),
      one('base_value', 'Valeur de S0 si elle est connue.', 'Value of S0 when known.', [value('value', t.decimal(0))], 'base_value 280.6'),
      one('current_month', 'Indice S1 retenu à chaque révision.', 'Index value S1 used at each revision.', [value('rule', t.enum([
        ev('latest_published', 'dernier indice publié à la date de révision', 'last index published at the revision date'),
        ev('same_month', 'indice du même mois que S0, l’année de la révision', 'index of the same month as S0, in the revision year'),
      ]))], 'current_month latest_published'),
      duration('every', 'Périodicité de la révision.', 'Revision periodicity.', 'every 12 months'),
      one('on', 'Date de la révision.', 'Revision date.', [value('date', t.enum([
        ev('anniversary', 'à chaque date anniversaire de l’entrée en vigueur', 'on each anniversary of the effective date'),
        ev('january', 'au 1er janvier de chaque année', 'on 1 January each year'),
      ]))], 'on anniversary'),
      duration('variation', 'Période de variation de l’indice prise en compte (ne peut excéder la périodicité de révision).', 'Index variation period used (may not exceed the revision periodicity).', 'variation 12 months', { legalBasis: 'C. mon. fin. L112-1 al. 2' }),
      one('fixed_part', 'Part fixe « a » non indexée de la formule (0% : formule pure), de 0 à moins de 100 %.', 'Non-indexed fixed part "a" of the formula (0%: pure formula), from 0 to less than 100 %.',
        [value('part', t.percent(0, 100))], 'fixed_part 15%'),
      one('direction', 'Sens de la révision : elle doit jouer à la hausse comme à la baisse.', 'Direction of the revision: it must work both upwards and downwards.', [value('direction', t.enum([
        ev('both', 'à la hausse comme à la baisse', 'upwards and downwards'),
        ev('up_only', 'à la hausse seulement', 'upwards only'),
        ev('down_only', 'à la baisse seulement', 'downwards only'),
      ]))], 'direction both', { legalBasis: 'Cass. 3e civ., 14 janvier 2016, n° 14-24.681 (indexation à sens unique)' }),
      one('cap', 'Plafond de hausse par révision.', 'Cap on the increase at each revision.', [value('percent', t.percent(0, 100))], 'cap 5%'),
      one('floor', 'Plafond de baisse par révision.', 'Limit on the decrease at each revision.', [value('percent', t.percent(0, 100))], 'floor 5%'),
      one('rounding', 'Arrondi du prix révisé (nombre de décimales).', 'Rounding of the revised price (number of decimals).', [value('digits', t.integer(0, 6)), word('decimals')], 'rounding 2 decimals'),
      one('replacement', 'Indice de remplacement si l’indice disparaît.', 'Replacement index if the index is discontinued.', [value('index', t.enum([
        ev('official_successor', 'indice qui lui succède officiellement, avec son coefficient de raccordement', 'the official successor index, with its linking coefficient'),
        ev('syntec', 'indice Syntec révisé', 'revised Syntec index'),
        ev('insee_it_services', 'indice INSEE des services informatiques', 'INSEE IT services index'),
        ev('agreed', 'indice à convenir par avenant, à défaut fixé par expert', 'index to be agreed by amendment, failing which set by an expert'),
      ]))], 'replacement official_successor'),
      one('linking_coefficient', 'Coefficient de raccordement à l’ancienne série (Syntec 2022 : 0,97975).', 'Linking coefficient to the former series (Syntec 2022: 0.97975).', [value('value', t.decimal(0))], 'linking_coefficient 0.97975'),
    ],
  },
} satisfies StatementSpec;

export const hardship = {
  keyword: 'hardship',
  doc: doc('Imprévision : application du régime légal, aménagement ou exclusion expresse.', 'Hardship: statutory regime applies, is adapted, or is expressly excluded.'),
  legalBasis: 'FR: C. civ. 1195; BE: C. civ. 5.74; CH: clausula rebus sic stantibus (jurisprudence)',
  args: [value('stance', t.enum([
    ev('statutory', 'régime légal applicable', 'statutory regime applies'),
    ev('adapted', 'régime aménagé (procédure de renégociation)', 'adapted regime (renegotiation procedure)'),
    ev('excluded', 'régime légal expressément exclu', 'statutory regime expressly excluded'),
  ]))],
  cardinality: 'one',
  example: 'hardship adapted { renegotiation 30 days }',
  block: { statements: [duration('renegotiation', 'Durée de la renégociation avant saisine du juge ou résiliation.', 'Length of the renegotiation before going to court or terminating.', 'renegotiation 30 days')] },
} satisfies StatementSpec;
