import type { Locale } from '../../diagnostics/index.ts';

// What `infog init` writes differently per governing law: identifiers, money, VAT, late-payment
// terms, price indexation, courts, calendars and data-protection framing. One row per law, taken from
// the examples of each country (examples/*.infog); the template (template.ts) reads nothing else
// about a country. Identifier values are placeholders with valid check digits, marked to complete.

export type InitLaw = 'FR' | 'CH' | 'BE';

type Text = Readonly<Record<Locale, string>>;

export interface LawProfile {
  readonly law: InitLaw;
  readonly currency: 'EUR' | 'CHF';
  /** Country code of parties and sites. */
  readonly country: string;
  readonly timezone: string;
  /** Holiday set of the service calendar, and the region of the site (ISO 3166-2). */
  readonly holidays: string;
  readonly region: string;
  /** What the holiday set and region mean, for the marker (the canton or department must be chosen). */
  readonly regionNote: Text;
  /** Identifier statements of the provider and of the client (placeholders with valid check digits). */
  readonly identifiers: { readonly provider: readonly string[]; readonly client: readonly string[] };
  readonly identifierNote: Text;
  readonly legalForms: { readonly provider: string; readonly client: string };
  readonly vat: string;
  readonly vatNote: Text;
  readonly paymentMeans: string;
  /** `late_interest …` and, where the law sets one, the fixed recovery fee. */
  readonly latePayment: readonly string[];
  readonly latePaymentNote: Text;
  readonly invoicingChannel: string;
  readonly revision: { readonly index: string; readonly replacement: string; readonly note: Text };
  readonly hardship: string;
  readonly hardshipNote: Text;
  /** `jurisdiction …` with a placeholder city. */
  readonly jurisdiction: string;
  readonly jurisdictionNote: Text;
  readonly mediator: Text;
  /** Qualification of the contract (CH: a mandate, revocable at any time, CO 404). */
  readonly qualification: string;
  /**
   * Who may terminate for convenience: the client only, so the provider stays bound for the initial
   * term (IG4171); both under Swiss law, where either party may revoke a mandate at any time (CO 404).
   */
  readonly convenienceBy: 'client' | 'both';
  readonly convenienceFees: Text;
  readonly subjectsLocation: string;
  readonly dataLocation: string;
  readonly dataNote: Text;
  /** Statements only this law has (FR: withdrawal right of small businesses, vigilance duty). */
  readonly extra: readonly { readonly lines: readonly string[]; readonly note: Text }[];
  readonly flowDown: string;
  /** What the law requires of subcontracting beyond the consent (FR: Act of 31 December 1975), with why. */
  readonly subcontracting: { readonly lines: readonly string[]; readonly note: Text } | undefined;
  readonly city: Text;
  readonly phone: string;
}

export const LAWS: Readonly<Record<InitLaw, LawProfile>> = {
  FR: {
    law: 'FR',
    currency: 'EUR',
    country: 'FR',
    timezone: 'Europe/Paris',
    holidays: 'FR',
    region: 'FR-75',
    regionNote: { fr: 'département du site (FR-67, FR-68 ou FR-57 en Alsace-Moselle : jours fériés FR-67…)', en: 'department of the site (FR-67, FR-68 or FR-57 in Alsace-Moselle: holidays FR-67…)' },
    identifiers: {
      provider: ['share_capital 10000 EUR', 'siret "12345678200010"', 'rcs "Paris"', 'vat "FR11123456782"'],
      client: ['share_capital 10000 EUR', 'siret "98765432400019"', 'rcs "Paris"', 'vat "FR14987654324"'],
    },
    identifierNote: { fr: 'SIRET, RCS, capital et TVA intracommunautaire', en: 'SIRET, trade register (RCS), share capital and VAT number' },
    legalForms: { provider: 'SAS', client: 'SARL' },
    vat: '20%',
    vatNote: { fr: 'taux de TVA (20 % en métropole)', en: 'VAT rate (20 % in mainland France)' },
    paymentMeans: 'sepa_transfer, sepa_direct_debit',
    latePayment: ['late_interest 3 x legal_rate', 'recovery_fee 40.00 EUR'],
    latePaymentNote: { fr: 'C. com. L441-10 : pénalités de retard et indemnité forfaitaire de 40 €.', en: 'Commercial Code L441-10: late-payment interest and the 40 € fixed recovery fee.' },
    invoicingChannel: 'e_invoicing',
    revision: { index: 'syntec', replacement: 'official_successor', note: { fr: 'Révision annuelle sur l’indice Syntec (prestations informatiques).', en: 'Yearly indexation on the Syntec index (IT services).' } },
    hardship: 'hardship adapted { renegotiation 30 days }',
    hardshipNote: { fr: 'Imprévision (C. civ. 1195) : renégociation d’abord.', en: 'Hardship (Civil Code art. 1195): renegotiation first.' },
    jurisdiction: 'jurisdiction commercial_court "Paris"',
    jurisdictionNote: { fr: 'tribunal de commerce (les deux parties commerçantes, CPC 48), sinon « jurisdiction ordinary_rules »', en: 'commercial court (both parties traders, CPC art. 48), else "jurisdiction ordinary_rules"' },
    mediator: { fr: '[Centre de médiation]', en: '[Mediation centre]' },
    qualification: 'contract_for_work',
    convenienceBy: 'client',
    convenienceFees: { fr: 'Les redevances restent dues jusqu’au terme du préavis.', en: 'Fees remain due until the end of the notice period.' },
    subjectsLocation: 'eu',
    dataLocation: 'FR',
    dataNote: { fr: 'Accord de sous-traitance (RGPD art. 28).', en: 'Data processing agreement (GDPR art. 28).' },
    extra: [
      { lines: ['withdrawal { signed_off_premises no }'], note: { fr: 'Contrat signé dans les locaux du prestataire : pas de droit de rétractation (C. consom. L221-3).', en: 'Contract signed at the provider’s premises: no withdrawal right (Consumer Code L221-3).' } },
      { lines: ['vigilance {', 'documents urssaf_certificate, registration_proof', 'every 6 months', '}'], note: { fr: 'Contrat d’au moins 5 000 € HT : attestations de vigilance tous les 6 mois (C. trav. L8222-1).', en: 'Contract of 5,000 € or more excl. VAT: vigilance certificates every 6 months (Labour Code L8222-1).' } },
    ],
    flowDown: 'confidentiality, personal_data, security, vigilance',
    subcontracting: {
      lines: ['payment_terms_approved yes', 'payment_guarantee delegation'],
      note: {
        fr: 'Loi n° 75-1334 du 31 décembre 1975 : agrément des conditions de paiement des sous-traitants (art. 3), paiement garanti par une délégation du client (art. 14).',
        en: 'Act No 75-1334 of 31 December 1975: approval of the subcontractors’ payment terms (art. 3), payment secured by a delegation from the client (art. 14).',
      },
    },
    city: { fr: 'Paris', en: 'Paris' },
    phone: '+33 1 00 00 00 00',
  },
  CH: {
    law: 'CH',
    currency: 'CHF',
    country: 'CH',
    timezone: 'Europe/Zurich',
    holidays: 'CH-GE',
    region: 'CH-GE',
    regionNote: { fr: 'canton du site et ses jours fériés (CH-GE, CH-VD, CH-ZH…)', en: 'canton of the site and its holidays (CH-GE, CH-VD, CH-ZH…)' },
    identifiers: {
      provider: ['uid "CHE-123.456.788"', 'canton GE', 'vat "CHE-123.456.788 TVA"'],
      client: ['uid "CHE-876.543.219"', 'canton GE', 'vat "CHE-876.543.219 TVA"'],
    },
    identifierNote: { fr: 'IDE (CHE-…), canton du registre du commerce et numéro de TVA', en: 'UID (CHE-…), canton of the commercial register and VAT number' },
    legalForms: { provider: 'Sàrl', client: 'SA' },
    vat: '8.1%',
    vatNote: { fr: 'taux de TVA (8,1 %)', en: 'VAT rate (8.1 %)' },
    paymentMeans: 'qr_bill, transfer',
    latePayment: ['late_interest 5%'],
    latePaymentNote: { fr: 'Intérêt moratoire légal de 5 % l’an (CO 104 al. 1).', en: 'Statutory default interest of 5 % a year (CO art. 104).' },
    invoicingChannel: 'email_pdf',
    revision: { index: 'ch_cpi', replacement: 'official_successor', note: { fr: 'Révision annuelle sur l’indice suisse des prix à la consommation (OFS).', en: 'Yearly indexation on the Swiss consumer price index (FSO).' } },
    hardship: 'hardship adapted { renegotiation 30 days }',
    hardshipNote: { fr: 'Changement de circonstances : renégociation d’abord (clausula rebus sic stantibus).', en: 'Change of circumstances: renegotiation first (clausula rebus sic stantibus).' },
    jurisdiction: 'jurisdiction cantonal_court "Genève"',
    jurisdictionNote: { fr: 'ville du for (tribunal cantonal, élection de for admise entre professionnels, CPC art. 17)', en: 'place of jurisdiction (cantonal court; a choice of court between businesses, CPC art. 17)' },
    mediator: { fr: '[Chambre suisse de médiation commerciale]', en: '[Swiss Chamber of Commercial Mediation]' },
    qualification: 'mandate',
    convenienceBy: 'both',
    convenienceFees: {
      fr: 'Chaque partie peut révoquer le mandat en tout temps (CO 404 al. 1) ; seule la résiliation en temps inopportun oblige à réparer le dommage qui en résulte (CO 404 al. 2). Les honoraires restent dus pour les prestations exécutées.',
      en: 'Either party may revoke the mandate at any time (CO art. 404 para. 1); only a termination at an inopportune time obliges it to make good the resulting damage (CO art. 404 para. 2). Fees remain due for the services performed.',
    },
    subjectsLocation: 'ch',
    dataLocation: 'CH',
    dataNote: { fr: 'Traitement confié à un sous-traitant (nLPD art. 9).', en: 'Processing entrusted to a processor (FADP art. 9).' },
    extra: [],
    flowDown: 'confidentiality, personal_data, security',
    subcontracting: undefined,
    city: { fr: 'Genève', en: 'Geneva' },
    phone: '+41 22 000 00 00',
  },
  BE: {
    law: 'BE',
    currency: 'EUR',
    country: 'BE',
    timezone: 'Europe/Brussels',
    holidays: 'BE',
    region: 'BE-BRU',
    regionNote: { fr: 'région du site (BE-BRU, BE-WNA, BE-VAN…)', en: 'region of the site (BE-BRU, BE-WNA, BE-VAN…)' },
    identifiers: {
      provider: ['bce "0123456749"', 'rpm "Bruxelles"', 'vat "BE0123456749"'],
      client: ['bce "0987654394"', 'rpm "Bruxelles"', 'vat "BE0987654394"'],
    },
    identifierNote: { fr: 'numéro d’entreprise (BCE), RPM (tribunal et division) et TVA', en: 'enterprise number (CBE), register of legal entities (RPM: court and division) and VAT number' },
    legalForms: { provider: 'SRL', client: 'SRL' },
    vat: '21%',
    vatNote: { fr: 'taux de TVA (21 %)', en: 'VAT rate (21 %)' },
    paymentMeans: 'sepa_transfer, sepa_direct_debit',
    latePayment: ['late_interest ecb_rate plus 8 points', 'recovery_fee 40.00 EUR'],
    latePaymentNote: { fr: 'Loi du 2 août 2002 : intérêt de retard et indemnité forfaitaire.', en: 'Act of 2 August 2002: late-payment interest and fixed compensation.' },
    invoicingChannel: 'peppol',
    revision: { index: 'agoria', replacement: 'agreed', note: { fr: 'Révision annuelle sur l’indice Agoria (coût salarial du secteur).', en: 'Yearly indexation on the Agoria index (sector labour cost).' } },
    hardship: 'hardship statutory',
    hardshipNote: { fr: 'Régime légal de l’imprévision (C. civ., art. 5.74).', en: 'Statutory hardship regime (Civil Code art. 5.74).' },
    jurisdiction: 'jurisdiction enterprise_court "Bruxelles"',
    jurisdictionNote: { fr: 'tribunal de l’entreprise compétent (arrondissement et division)', en: 'competent enterprise court (district and division)' },
    mediator: { fr: '[Médiateur agréé par la Commission fédérale de médiation]', en: '[Mediator accredited by the Federal Mediation Commission]' },
    qualification: '',
    convenienceBy: 'client',
    convenienceFees: { fr: 'Les redevances restent dues jusqu’au terme du préavis ; aucune indemnité de rupture n’est due.', en: 'Fees remain due until the end of the notice period; no termination fee is due.' },
    subjectsLocation: 'eu',
    dataLocation: 'BE',
    dataNote: { fr: 'Accord de sous-traitance (RGPD art. 28).', en: 'Data processing agreement (GDPR art. 28).' },
    extra: [],
    flowDown: 'confidentiality, personal_data, security',
    subcontracting: undefined,
    city: { fr: 'Bruxelles', en: 'Brussels' },
    phone: '+32 2 000 00 00',
  },
};
