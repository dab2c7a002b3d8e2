import { doc, ev, group, opt, t, value, word } from '../../value-types.ts';
import type { StatementSpec } from '../../types.ts';
import { block, duration, flag, one } from './helpers.ts';

// Price, invoicing, payment, price revision, hardship (brief §2.3, validation §3.3). Each statement
// reads as a phrase in the contract (docs/clauses.md, "Phrases"); the articles that use them are in
// stdlib/clauses/price.infog and the rate card of stdlib/clauses/annexes.infog (annex_price).

const feePeriod = t.enum([
  ev('month', 'par mois', 'per month'),
  ev('quarter', 'par trimestre', 'per quarter'),
  ev('year', 'par an', 'per year'),
]);

/** Units of a price: the text reads after the amount (« 75,00 € hors taxes de l'heure »). */
const rateUnit = t.enum([
  ev('hour', 'l’heure', 'per hour', { fr: 'de l’heure', en: 'per hour' }),
  ev('half_day', 'la demi-journée', 'per half day', { fr: 'par demi-journée', en: 'per half day' }),
  ev('day', 'la journée', 'per day', { fr: 'par jour', en: 'per day' }),
  ev('ticket', 'le ticket', 'per ticket', { fr: 'par ticket', en: 'per ticket' }),
  ev('intervention', 'l’intervention', 'per intervention', { fr: 'par intervention', en: 'per intervention' }),
  ev('device', 'le poste / l’équipement', 'per device', { fr: 'par poste de travail ou équipement', en: 'per workstation or device' }),
  ev('user', 'l’utilisateur', 'per user', { fr: 'par utilisateur', en: 'per user' }),
  ev('site', 'le site', 'per site', { fr: 'par site', en: 'per site' }),
  ev('month', 'le mois', 'per month', { fr: 'par mois', en: 'per month' }),
]);

export const price = block(
  'price', 'Prix : redevance hors taxes, devise, TVA, assiette, ce que couvre le forfait, et tarifs hors forfait.',
  'Price: net fee, currency, VAT, basis, what the flat fee covers, and rates for extras.',
  [
    one('fee', 'Redevance récurrente, avec sa devise et sa périodicité ; « excl_vat » : montant hors taxes.', 'Recurring fee, with its currency and period; "excl_vat": amount excluding VAT.',
      [value('amount', t.money()), word('per'), value('period', feePeriod), opt('tax', t.enum([
        ev('excl_vat', 'hors taxes (HT)', 'excluding VAT'),
        ev('incl_vat', 'toutes taxes comprises (TTC)', 'including VAT'),
      ]))], 'fee 1450.00 EUR per month excl_vat', {
        legalBasis: 'FR: C. com. L441-9 (mentions de la facture); C. civ. 1164–1165 (fixation du prix)',
        // « une redevance forfaitaire de 1 450,00 € hors taxes par mois ».
        phrase: {
          fr: '{amount} {if tax is excl_vat}hors taxes {end}{if tax is incl_vat}toutes taxes comprises {end}{period}',
          en: '{amount} {if tax is excl_vat}exclusive of VAT {end}{if tax is incl_vat}inclusive of VAT {end}{period}',
        },
      }),
    one('basis', 'Assiette de la redevance.', 'Basis of the fee.', [value('basis', t.enum([
      ev('flat', 'forfait global', 'flat fee', { fr: 'forfaitaire', en: 'flat' }),
      ev('per_site', 'forfait par site', 'per site', { fr: 'calculée par site couvert', en: 'calculated per site covered' }),
      ev('per_user', 'forfait par utilisateur', 'per user', { fr: 'calculée en fonction du nombre d’utilisateurs', en: 'calculated on the number of users' }),
      ev('per_device', 'forfait par poste / équipement', 'per device', { fr: 'calculée en fonction du nombre de postes de travail et d’équipements du périmètre', en: 'calculated on the number of workstations and devices in the scope' }),
      ev('work_units', 'unités d’œuvre', 'work units', { fr: 'calculée en unités d’œuvre', en: 'calculated in work units' }),
      ev('time_and_materials', 'régie (temps passé)', 'time and materials', { fr: 'calculée au temps passé', en: 'calculated on time spent' }),
    ]))], 'basis flat', {
      // « forfaitaire » before the amount; the other bases after it (price.infog).
      phrase: { fr: '{basis}', en: '{basis}' },
    }),
    {
      keyword: 'unit_price', doc: doc('Prix unitaire d’une assiette variable (par poste, par utilisateur…).', 'Unit price of a variable basis (per device, per user…).'),
      args: [value('amount', t.money()), word('per'), value('unit', rateUnit)], cardinality: 'many', example: 'unit_price 45.00 EUR per device',
      phrase: { fr: '{amount} hors taxes {unit}', en: '{amount} exclusive of VAT {unit}' },
    },
    one('vat', 'Traitement de la TVA : taux applicable, autoliquidation (prestation B2B transfrontalière) ou exonération, avec la mention à porter.',
      'VAT treatment: applicable rate, reverse charge (cross-border B2B service) or exemption, with the wording to print.',
      [opt('rate', t.percent(0, 100)), opt('regime', t.enum([
        ev('reverse_charge', 'autoliquidation par le preneur', 'reverse charge by the customer'),
        ev('exempt', 'exonération (mention à préciser)', 'exemption (wording to state)'),
      ])), opt('mention', t.proseText())],
      'vat 20%', {
        legalBasis: 'FR: CGI 278, 283-2, 289; CH: LTVA 25; BE: Code TVA 37',
        // A clause of its own after « Ces montants s'entendent hors taxes ; ».
        phrase: {
          fr: '{if regime is reverse_charge}la taxe sur la valeur ajoutée est due par le Client selon le mécanisme de l’autoliquidation{if rate}, au taux de {rate}{end}{end}{if regime is exempt}les prestations sont exonérées de la taxe sur la valeur ajoutée{if rate} (taux normal : {rate}){end}{end}{if not regime}{if rate}la taxe sur la valeur ajoutée s’y ajoute au taux de {rate}{end}{end}{if mention}{if regime}, et{else}{if rate}, et{end}{end} les factures portent la mention « {mention} »{end}',
          en: '{if regime is reverse_charge}value added tax is accounted for by the Client under the reverse-charge mechanism{if rate}, at the rate of {rate}{end}{end}{if regime is exempt}the services are exempt from value added tax{if rate} (standard rate: {rate}){end}{end}{if not regime}{if rate}value added tax is added at the rate of {rate}{end}{end}{if mention}{if regime}, and{else}{if rate}, and{end}{end} invoices bear the wording “{mention}”{end}',
        },
      }),
    one('covers', 'Ce que couvre la redevance : renvoi aux services et au périmètre du contrat.', 'What the fee covers: reference to the contract’s services and scope.',
      [value('parts', t.enum([
        ev('services', 'les services décrits', 'the described services', { fr: 'les prestations décrites au Contrat', en: 'the services described in the Contract' }),
        ev('scope', 'le périmètre inventorié', 'the inventoried scope', { fr: 'l’ensemble des éléments du périmètre inventorié', en: 'all the items of the inventoried scope' }),
        ev('support', 'l’assistance et ses quotas', 'support and its quotas', { fr: 'l’assistance aux utilisateurs dans la limite de ses quotas', en: 'user support within its quotas' }),
        ev('sla', 'les niveaux de service', 'the service levels', { fr: 'l’engagement de niveaux de service', en: 'the service-level commitments' }),
      ]), { list: true })], 'covers services, scope, support', {
        phrase: { fr: '{parts}', en: '{parts}' },
      }),
    {
      keyword: 'rate', doc: doc('Tarif des prestations hors forfait (grille tarifaire).', 'Rate for services outside the flat fee (rate card).'),
      args: [value('label', t.prose()), value('amount', t.money()), word('per'), value('unit', rateUnit)], cardinality: 'many',
      example: 'rate "Technicien sur site" 75.00 EUR per hour',
      phrase: { fr: '{label|lowerfirst}, au prix de {amount} hors taxes {unit}', en: '{label|lowerfirst}, at {amount} exclusive of VAT {unit}' },
    },
    one('travel', 'Frais de déplacement : inclus, ou facturés (au trajet, au km) au-delà d’une zone.', 'Travel costs: included, or billed (per trip, per km) beyond a zone.',
      [value('rule', t.enum([ev('included', 'inclus dans la redevance', 'included in the fee'), ev('billed', 'facturés', 'billed')])),
        opt('amount', t.money()),
        group(word('per'), value('unit', t.enum([
          ev('trip', 'le déplacement', 'per trip', { fr: 'par déplacement', en: 'per trip' }),
          ev('km', 'le kilomètre', 'per km', { fr: 'par kilomètre parcouru', en: 'per kilometre travelled' }),
        ]))),
        group(word('beyond'), value('zone', t.prose()))],
      'travel billed 45.00 EUR per trip beyond "Métropole de Lyon"', {
        phrase: {
          fr: 'les frais de déplacement {if rule is included}sont compris dans la redevance{if zone} pour les déplacements dans la zone « {zone} »{end}{end}{if rule is billed}sont facturés{if amount} {amount} hors taxes{if unit} {unit}{end}{else} au réel, sur justificatifs{end}{if zone} pour les déplacements hors de la zone « {zone} »{end}{end}',
          en: 'travel costs {if rule is included}are included in the fee{if zone} for travel within the “{zone}” area{end}{end}{if rule is billed}are invoiced{if amount} at {amount} exclusive of VAT{if unit} {unit}{end}{else} at cost, on receipts{end}{if zone} for travel outside the “{zone}” area{end}{end}',
        },
      }),
    one('out_of_hours', 'Majoration des interventions en dehors des heures de service.', 'Surcharge for work outside the service hours.',
      [value('surcharge', t.percent(0, 300))], 'out_of_hours 50%', {
        phrase: { fr: 'une majoration de {surcharge} du tarif applicable', en: 'a surcharge of {surcharge} on the applicable rate' },
      }),
    one('hotline_overage', 'Prix des demandes d’assistance au-delà du quota, ou « unlimited » si le quota est illimité.', 'Price of support requests beyond the quota, or "unlimited" when the quota is unlimited.',
      [opt('amount', t.money()), group(word('per'), value('unit', rateUnit)), opt('unlimited', t.enum([ev('unlimited', 'quota illimité (usage raisonnable)', 'unlimited quota (fair use)')]))],
      'hotline_overage 45.00 EUR per ticket', {
        phrase: {
          fr: '{if unlimited is unlimited}aucun dépassement n’est facturé, l’assistance n’étant pas limitée en nombre de demandes, sous réserve d’un usage raisonnable{else}les demandes d’assistance au-delà du quota sont facturées {amount} hors taxes{if unit} {unit}{end}{end}',
          en: '{if unlimited is unlimited}no overage is invoiced, support not being limited in number of requests, subject to fair use{else}support requests beyond the quota are invoiced at {amount} exclusive of VAT{if unit} {unit}{end}{end}',
        },
      }),
  ],
  'price { fee 1450.00 EUR per month excl_vat; basis flat; vat 20%; covers services, scope }',
  { legalBasis: 'FR: C. civ. 1164–1165 (fixation du prix)' },
);

export const invoicing = {
  keyword: 'invoicing',
  doc: doc('Facturation : périodicité, à échoir ou à terme échu, canal et destinataire des factures.', 'Invoicing: periodicity, in advance or in arrears, channel and addressee of invoices.'),
  legalBasis: 'FR: CGI 289, 289 bis (facturation électronique); BE: Code TVA art. 53, loi du 6 février 2024 (e-facture B2B)',
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
  // « La redevance est facturée mensuellement, terme à échoir, en début de chaque mois. »
  phrase: {
    fr: '{if periodicity is monthly}mensuellement{end}{if periodicity is quarterly}trimestriellement{end}{if periodicity is yearly}annuellement{end}{if timing}{if periodicity}, {end}{if timing is in_advance}terme à échoir, au début de chaque période{end}{if timing is in_arrears}à terme échu, à la fin de chaque période{end}{end}',
    en: '{if periodicity is monthly}monthly{end}{if periodicity is quarterly}quarterly{end}{if periodicity is yearly}yearly{end}{if timing}{if periodicity}, {end}{if timing is in_advance}in advance, at the start of each period{end}{if timing is in_arrears}in arrears, at the end of each period{end}{end}',
  },
  block: {
    statements: [
      one('channel', 'Canal de transmission des factures.', 'Channel by which invoices are sent.', [value('channel', t.enum([
        ev('e_invoicing', 'facture électronique via une plateforme agréée (PA)', 'e-invoice through an approved platform'),
        ev('peppol', 'facture électronique structurée via Peppol', 'structured e-invoice through Peppol'),
        ev('email_pdf', 'PDF par courriel', 'PDF by e-mail'),
        ev('portal', 'portail client du prestataire', 'provider’s customer portal'),
        ev('paper', 'papier', 'paper'),
      ]))], 'channel e_invoicing', {
        legalBasis: 'FR: CGI 289 bis; BE: Code TVA art. 53 (loi du 6 février 2024)',
        // After « Les factures sont émises »: « Les factures sont émises par facture électronique » said nothing.
        phrase: {
          fr: '{if channel is e_invoicing}sous forme électronique{if law is FR} et transmises par l’intermédiaire d’une plateforme agréée, conformément à l’article 289 bis du code général des impôts{else} et transmises par une plateforme de facturation électronique{end}{end}{if channel is peppol}sous forme de factures électroniques structurées transmises par le réseau Peppol{end}{if channel is email_pdf}au format PDF et transmises par courrier électronique{end}{if channel is portal}sur le portail client du Prestataire, où elles sont mises à la disposition du Client{end}{if channel is paper}sur papier et transmises par voie postale{end}',
          en: '{if channel is e_invoicing}in electronic form{if law is FR} and sent through an approved platform, in accordance with article 289 bis of the French General Tax Code{else} and sent through an e-invoicing platform{end}{end}{if channel is peppol}as structured electronic invoices sent through the Peppol network{end}{if channel is email_pdf}in PDF format and sent by e-mail{end}{if channel is portal}on the Provider’s customer portal, where they are made available to the Client{end}{if channel is paper}on paper and sent by post{end}',
        },
      }),
      one('platform', 'Plateforme agréée de réception du client.', 'Client’s approved receiving platform.', [value('name', t.string())], 'platform "Plateforme agréée du client"', {
        phrase: { fr: 'la plateforme {name}', en: 'the {name} platform' },
      }),
      one('addressee', 'Destinataire des factures (service, adresse électronique).', 'Addressee of invoices (department, e-mail address).', [value('value', t.string())], 'addressee "comptabilite@cabinet-dupont.fr"', {
        phrase: { fr: '{value}', en: '{value}' },
      }),
      flag('summary_invoice', 'Facture récapitulative périodique (CGI 289 I 3°) : délai de paiement plafonné à 45 jours en France.', 'Periodic summary invoice (CGI 289 I 3°): payment term capped at 45 days in France.', 'summary_invoice no', {
        legalBasis: 'FR: C. com. L441-10 I al. 3; CGI 289 I 3°',
        phrase: {
          fr: '{if value is yes}les factures sont des factures récapitulatives périodiques{if law is FR} au sens de l’article 289, I, 3°, du code général des impôts, payables dans un délai de quarante-cinq jours au plus à compter de leur émission{end}{end}{if value is no}chaque facture porte sur une seule période de facturation et ne constitue pas une facture récapitulative périodique{end}',
          en: '{if value is yes}invoices are periodic summary invoices{if law is FR} within the meaning of article 289, I, 3° of the French General Tax Code, payable within forty-five days of issue at most{end}{end}{if value is no}each invoice covers a single invoicing period and is not a periodic summary invoice{end}',
        },
      }),
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
      ]))], 'term 30 days from invoice', {
        legalBasis: 'FR: C. com. L441-10; BE: loi du 2 août 2002, art. 4; CH: CO 75, 102',
        // « dans un délai de 30 jours à compter de la date d'émission de la facture » (no parenthesis).
        phrase: {
          fr: 'dans un délai de {duration} {if start is invoice}à compter de la date d’émission de la facture{end}{if start is end_of_month}fin de mois à compter de la date d’émission de la facture{end}{if start is receipt}à compter de la réception de la facture{end}',
          en: 'within {duration} {if start is invoice}of the invoice date{end}{if start is end_of_month}end of month from the invoice date{end}{if start is receipt}of receipt of the invoice{end}',
        },
      }),
    one('means', 'Moyens de paiement acceptés.', 'Accepted means of payment.', [value('means', t.enum([
      ev('sepa_transfer', 'virement SEPA', 'SEPA credit transfer', { fr: 'par virement SEPA', en: 'by SEPA credit transfer' }),
      ev('sepa_direct_debit', 'prélèvement SEPA', 'SEPA direct debit', { fr: 'par prélèvement SEPA', en: 'by SEPA direct debit' }),
      ev('transfer', 'virement bancaire', 'bank transfer', { fr: 'par virement bancaire', en: 'by bank transfer' }),
      ev('qr_bill', 'QR-facture (Suisse)', 'QR-bill (Switzerland)', { fr: 'par virement au moyen de la QR-facture jointe à la facture', en: 'by transfer using the QR-bill attached to the invoice' }),
      ev('card', 'carte bancaire', 'card', { fr: 'par carte bancaire', en: 'by card' }),
      ev('cheque', 'chèque', 'cheque', { fr: 'par chèque', en: 'by cheque' }),
    ]), { list: true })], 'means sepa_transfer, sepa_direct_debit', {
      // « par virement SEPA ou par prélèvement SEPA ».
      phrase: { fr: '{means|or}', en: '{means|or}' },
    }),
    one('iban', 'IBAN du compte à créditer.', 'IBAN of the account to credit.', [value('value', t.string())], 'iban "FR7630006000011234567890189"', {
      phrase: { fr: 'sur le compte du Prestataire identifié par l’IBAN {value}', en: 'to the Provider’s account with IBAN {value}' },
    }),
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
      [value('amount', t.money())], 'recovery_fee 40.00 EUR', {
        legalBasis: 'FR: C. com. L441-10 II, D441-5; BE: loi du 2 août 2002, art. 6',
        phrase: { fr: 'une indemnité forfaitaire pour frais de recouvrement de {amount}', en: 'a fixed recovery indemnity of {amount}' },
      }),
    one('suspension', 'Suspension des prestations après une mise en demeure de payer restée sans effet pendant ce délai.', 'Suspension of services after a formal notice to pay left unanswered for this period.',
      [word('after'), value('delay', t.duration())], 'suspension after 15 days', {
        legalBasis: 'FR: C. civ. 1219–1220 (exception d’inexécution); BE: C. civ. 5.98; CH: CO 82',
        phrase: { fr: 'après une mise en demeure de payer restée sans effet pendant {delay}', en: 'after a formal demand for payment that remains unanswered for {delay}' },
      }),
  ],
  'payment { term 30 days from invoice; means sepa_transfer; late_interest 3 x legal_rate; recovery_fee 40.00 EUR; suspension after 15 days }',
  { legalBasis: 'FR: C. com. L441-10; BE: loi du 2 août 2002; CH: CO 104' },
);

export const revisionIndex = t.enum([
  ev('syntec', 'indice Syntec révisé (prestations intellectuelles et informatiques) — recommandé', 'revised Syntec index (IT and engineering services) — recommended',
    { fr: 'l’indice Syntec publié par la Fédération Syntec', en: 'the Syntec index published by the Fédération Syntec' }),
  ev('insee_it_services', 'indice INSEE des prix de production des services « programmation, conseil et autres activités informatiques »', 'INSEE producer price index for "computer programming, consultancy and related activities"',
    { fr: 'l’indice des prix de production des services « Programmation, conseil et autres activités informatiques » publié par l’INSEE', en: 'the producer price index for “computer programming, consultancy and related activities” published by INSEE' }),
  ev('agoria', 'indice Agoria des coûts salariaux (Belgique)', 'Agoria labour-cost index (Belgium)',
    { fr: 'l’indice de référence des coûts salariaux publié par Agoria (moyenne nationale)', en: 'the reference labour-cost index published by Agoria (national average)' }),
  ev('ch_cpi', 'indice suisse des prix à la consommation (OFS)', 'Swiss consumer price index (FSO)',
    { fr: 'l’indice suisse des prix à la consommation publié par l’Office fédéral de la statistique', en: 'the Swiss consumer price index published by the Federal Statistical Office' }),
  ev('be_health', 'indice santé (Belgique)', 'health index (Belgium)',
    { fr: 'l’indice santé publié par Statbel', en: 'the health index published by Statbel' }),
  ev('other', 'autre indice (à nommer par index_name, à justifier)', 'other index (name it with index_name, justify it)',
    { fr: 'l’indice convenu par les Parties', en: 'the index agreed by the Parties' }),
]);

export const revision = {
  keyword: 'revision',
  doc: doc(
    'Révision du prix selon un indice : P1 = P0 × (a + (1 − a) × S1/S0), a étant la part fixe, P0 le prix avant révision et S0 l’indice retenu à la révision précédente (à la première : celui du mois de base).',
    'Price revision by an index: P1 = P0 × (a + (1 − a) × S1/S0), a being the fixed part, P0 the price before the revision and S0 the index used at the previous revision (at the first: the base month’s).',
  ),
  legalBasis: 'FR: C. mon. fin. L112-1, L112-2; C. civ. 1167',
  args: [value('index', revisionIndex)],
  cardinality: 'one',
  blockRequired: true,
  example: 'revision syntec { base_month 2026-10; current_month latest_published; every 12 months; fixed_part 15%; direction both; rounding 2 decimals; replacement official_successor }',
  // The index by its published name: « en fonction de l'indice Syntec publié par la Fédération Syntec ».
  phrase: {
    fr: '{if index is other}{if index_name}l’indice {index_name}{else}{index}{end}{else}{index}{end}',
    en: '{if index is other}{if index_name}the {index_name} index{else}{index}{end}{else}{index}{end}',
  },
  block: {
    statements: [
      one('index_name', 'Nom et série exacts de l’indice choisi (pour un indice « other »).', 'Exact name and series of the chosen index (for an "other" index).', [value('value', t.string())], 'index_name "Indice ICHTrev-TS"', {
        phrase: { fr: '« {value} »', en: '“{value}”' },
      }),
      one('base_month', 'Mois de l’indice de référence S0 de la première révision (dernier indice publié à la signature, ou mois de base du prix).', 'Month of the base index value S0 for the first revision (last published at signature, or the price’s base month).',
        [value('month', t.month())], 'base_month 2026-10', { legalBasis: 'C. mon. fin. L112-1', phrase: { fr: '{month}', en: '{month}' } }),
      one('base_value', 'Valeur de S0 si elle est connue.', 'Value of S0 when known.', [value('value', t.decimal(0))], 'base_value 280.6', {
        phrase: { fr: '({value})', en: '({value})' },
      }),
      one('current_month', 'Indice S1 retenu à chaque révision.', 'Index value S1 used at each revision.', [value('rule', t.enum([
        ev('latest_published', 'dernier indice publié à la date de révision', 'last index published at the revision date'),
        ev('same_month', 'indice du même mois que S0, l’année de la révision', 'index of the same month as S0, in the revision year'),
      ]))], 'current_month latest_published', {
        phrase: {
          fr: '{if rule is latest_published}la dernière valeur de l’indice publiée à la date de la révision{end}{if rule is same_month}la valeur de l’indice pour le même mois calendaire que S0, la plus récente publiée à la date de la révision{end}',
          en: '{if rule is latest_published}the latest value of the index published on the revision date{end}{if rule is same_month}the value of the index for the same calendar month as S0, the most recent published on the revision date{end}',
        },
      }),
      duration('every', 'Périodicité de la révision.', 'Revision periodicity.', 'every 12 months', {
        phrase: { fr: '{duration|spelled}', en: '{duration|spelled}' },
      }),
      one('on', 'Date de la révision.', 'Revision date.', [value('date', t.enum([
        ev('anniversary', 'à chaque date anniversaire de l’entrée en vigueur', 'on each anniversary of the effective date'),
        ev('january', 'au premier janvier de chaque année', 'on 1 January each year'),
      ]))], 'on anniversary', {
        phrase: {
          fr: '{if date is anniversary}à chaque date anniversaire de l’entrée en vigueur du Contrat{end}{if date is january}le premier janvier de chaque année{end}',
          en: '{if date is anniversary}on each anniversary of the effective date of the Contract{end}{if date is january}on the first of January each year{end}',
        },
      }),
      duration('variation', 'Période de variation de l’indice prise en compte (ne peut excéder la périodicité de révision).', 'Index variation period used (may not exceed the revision periodicity).', 'variation 12 months', {
        legalBasis: 'C. mon. fin. L112-1 al. 2',
        phrase: {
          fr: 'la période de variation de l’indice prise en compte à chaque révision est de {duration|spelled}',
          en: 'the index variation period taken into account at each revision is {duration|spelled}',
        },
      }),
      one('fixed_part', 'Part fixe « a » non indexée de la formule (0% : formule pure), de 0 à moins de 100 % ; facultative pour une indexation pure sur un indice des prix à la consommation.',
        'Non-indexed fixed part "a" of the formula (0%: pure formula), from 0 to less than 100 %; optional for a pure consumer-price indexation.',
        [value('part', t.percent(0, 100))], 'fixed_part 15%', {
          // The coefficients are printed by the formula itself (`{revision.fixed_part.part|fraction}`).
          phrase: {
            fr: '{if part is 0}le prix est entièrement indexé, sans part fixe{else}la formule comporte une part fixe de {part}, non indexée{end}',
            en: '{if part is 0}the price is fully indexed, with no fixed part{else}the formula has a fixed part of {part}, not indexed{end}',
          },
        }),
      one('direction', 'Sens de la révision : elle doit jouer à la hausse comme à la baisse.', 'Direction of the revision: it must work both upwards and downwards.', [value('direction', t.enum([
        ev('both', 'à la hausse comme à la baisse', 'upwards and downwards'),
        ev('up_only', 'à la hausse seulement', 'upwards only'),
        ev('down_only', 'à la baisse seulement', 'downwards only'),
      ]))], 'direction both', {
        legalBasis: 'Cass. 3e civ., 14 janvier 2016, n° 14-24.681 (indexation à sens unique)',
        phrase: {
          fr: '{if direction is both}la révision s’applique à la hausse comme à la baisse{end}{if direction is up_only}la révision ne s’applique qu’à la hausse{end}{if direction is down_only}la révision ne s’applique qu’à la baisse{end}',
          en: '{if direction is both}the revision applies upwards and downwards alike{end}{if direction is up_only}the revision applies upwards only{end}{if direction is down_only}the revision applies downwards only{end}',
        },
      }),
      one('cap', 'Plafond de hausse par révision.', 'Cap on the increase at each revision.', [value('percent', t.percent(0, 100))], 'cap 5%', {
        phrase: { fr: 'la hausse résultant d’une révision ne peut excéder {percent} du prix en vigueur avant celle-ci', en: 'the increase resulting from a revision may not exceed {percent} of the price in force before it' },
      }),
      one('floor', 'Plafond de baisse par révision.', 'Limit on the decrease at each revision.', [value('percent', t.percent(0, 100))], 'floor 5%', {
        // After the cap, elliptical: « …ne peut excéder 5 % du prix en vigueur avant celle-ci, et la baisse, 4 % ».
        phrase: {
          fr: '{if cap}la baisse, {percent}{else}la baisse résultant d’une révision ne peut excéder {percent} du prix en vigueur avant celle-ci{end}',
          en: '{if cap}the decrease, {percent}{else}the decrease resulting from a revision may not exceed {percent} of the price in force before it{end}',
        },
      }),
      one('rounding', 'Arrondi du prix révisé (nombre de décimales).', 'Rounding of the revised price (number of decimals).', [value('digits', t.integer(0, 6)), word('decimals')], 'rounding 2 decimals', {
        phrase: {
          fr: '{if digits is 2}au centime le plus proche{else}à {digits|count:décimale:décimales:wf}{end}',
          en: '{if digits is 2}to the nearest cent{else}to {digits|count:decimal place:decimal places:w}{end}',
        },
      }),
      one('replacement', 'Indice de remplacement si l’indice disparaît.', 'Replacement index if the index is discontinued.', [value('index', t.enum([
        ev('official_successor', 'indice qui lui succède officiellement, avec son coefficient de raccordement', 'the official successor index, with its linking coefficient'),
        ev('syntec', 'indice Syntec révisé', 'revised Syntec index'),
        ev('insee_it_services', 'indice INSEE des services informatiques', 'INSEE IT services index'),
        ev('agreed', 'indice à convenir par avenant, à défaut fixé par expert', 'index to be agreed by amendment, failing which set by an expert'),
      ]))], 'replacement official_successor', {
        // A replacement « à convenir » is not « de plein droit »: each case is its own sentence.
        phrase: {
          fr: '{if index is official_successor}il est remplacé par l’indice qui lui succède, affecté du coefficient de raccordement publié par l’organisme qui l’établit{end}{if index is syntec}il est remplacé de plein droit par l’indice Syntec publié par la Fédération Syntec{end}{if index is insee_it_services}il est remplacé de plein droit par l’indice des prix de production des services « Programmation, conseil et autres activités informatiques » publié par l’INSEE{end}{if index is agreed}les Parties conviennent par avenant d’un indice de remplacement en relation directe avec l’objet du Contrat ; à défaut d’accord dans un délai de trois mois, cet indice est fixé par un expert désigné d’un commun accord ou, à défaut, par le juge compétent saisi par la Partie la plus diligente{end}',
          en: '{if index is official_successor}it is replaced by the index that succeeds it, with the linking coefficient published by the body that compiles it{end}{if index is syntec}it is replaced as of right by the Syntec index published by the Fédération Syntec{end}{if index is insee_it_services}it is replaced as of right by the producer price index for “computer programming, consultancy and related activities” published by INSEE{end}{if index is agreed}the Parties agree by amendment on a replacement index directly related to the object of the Contract; failing agreement within three months, that index is set by an expert appointed by mutual agreement or, failing that, by the competent court at the request of either Party{end}',
        },
      }),
      one('linking_coefficient', 'Coefficient de raccordement à l’ancienne série (Syntec 2022 : 0,97975).', 'Linking coefficient to the former series (Syntec 2022: 0.97975).', [value('value', t.decimal(0))], 'linking_coefficient 0.97975', {
        phrase: { fr: 'le coefficient de raccordement {value}', en: 'the linking coefficient {value}' },
      }),
    ],
  },
} satisfies StatementSpec;

export const hardship = {
  keyword: 'hardship',
  doc: doc('Imprévision : application du régime légal, aménagement ou exclusion expresse.', 'Hardship: statutory regime applies, is adapted, or is expressly excluded.'),
  legalBasis: 'FR: C. civ. 1195; BE: C. civ. 5.74; CH: clausula rebus sic stantibus (ATF 127 III 300)',
  args: [value('stance', t.enum([
    ev('statutory', 'régime légal applicable', 'statutory regime applies'),
    ev('adapted', 'régime aménagé (procédure de renégociation)', 'adapted regime (renegotiation procedure)'),
    ev('excluded', 'régime légal expressément exclu', 'statutory regime expressly excluded'),
  ]))],
  cardinality: 'one',
  example: 'hardship adapted { renegotiation 30 days }',
  // The article (price.infog) has a sentence for each stance and law; the phrase names the choice.
  phrase: {
    fr: '{if stance is statutory}l’application du régime légal de l’imprévision{end}{if stance is adapted}l’application du régime légal de l’imprévision, précédé d’une renégociation{end}{if stance is excluded}l’exclusion du régime légal de l’imprévision{end}',
    en: '{if stance is statutory}the statutory hardship regime{end}{if stance is adapted}the statutory hardship regime, preceded by a renegotiation{end}{if stance is excluded}the exclusion of the statutory hardship regime{end}',
  },
  block: {
    statements: [duration('renegotiation', 'Durée de la renégociation avant saisine du juge ou résiliation.', 'Length of the renegotiation before going to court or terminating.', 'renegotiation 30 days', {
      phrase: { fr: 'dans un délai de {duration}', en: 'within {duration}' },
    })],
  },
} satisfies StatementSpec;
