import { doc, ev, opt, t, value } from '../../value-types.ts';
import type { StatementSpec } from '../../types.ts';
import { yesNo } from '../common.ts';
import { block, duration, flag, one, text } from './helpers.ts';

// Recitals, object, documents, language, definitions, withdrawal right, effects of termination,
// qualification (brief §2.1, §2.2 termination.effects, §3.2 CH mandate). Phrases are read inside the
// clauses of stdlib/clauses/parties.infog, object.infog and duration.infog.

export const recitals = block(
  'recitals', 'Préambule : ce que les Parties exposent avant de contracter (besoins du client, information précontractuelle).',
  'Recitals: what the Parties set out before contracting (the client’s needs, pre-contractual information).',
  [
    one('client_expertise', 'Compétence informatique interne du client : elle mesure l’intensité du devoir de conseil du prestataire.',
      'The client’s in-house IT expertise: it measures the intensity of the provider’s duty to advise.',
      [value('level', t.enum([
        ev('none', 'aucune compétence informatique interne', 'no in-house IT expertise'),
        ev('limited', 'compétence informatique interne limitée', 'limited in-house IT expertise'),
        ev('in_house', 'service informatique interne', 'in-house IT department'),
      ]))],
      'client_expertise none', {
        legalBasis: 'FR: C. civ. 1112-1; Cass. com., jurisprudence constante sur le devoir de conseil du prestataire informatique',
        phrase: {
          fr: '{if level is none}ne dispose d’aucune compétence informatique en interne et n’est pas un professionnel de l’informatique{end}{if level is limited}ne dispose que de compétences informatiques limitées en interne et n’est pas un professionnel de l’informatique{end}{if level is in_house}dispose d’un service informatique interne{end}',
          en: '{if level is none}has no in-house IT expertise and is not an IT professional{end}{if level is limited}has only limited in-house IT expertise and is not an IT professional{end}{if level is in_house}has an in-house IT department{end}',
        },
      }),
    one('provider_information', 'Document par lequel le prestataire a donné au client, avant la signature, les informations déterminantes de son consentement (proposition, étude préalable…).',
      'Document by which the provider gave the client, before signing, the information decisive for its consent (proposal, preliminary study…).',
      [value('document', t.prose())],
      'provider_information "la proposition technique et financière n° NS-2026-118 du 25 novembre 2026" "technical and financial proposal No NS-2026-118 of 25 November 2026"', {
        legalBasis: 'FR: C. civ. 1112-1; CH: CC 2 al. 1 (culpa in contrahendo); BE: C. civ. 5.16',
        phrase: { fr: '{document}', en: '{document}' },
      }),
  ],
  'recitals { client_expertise none; provider_information "la proposition n° NS-2026-118 du 25 novembre 2026" "proposal No NS-2026-118 of 25 November 2026" }',
  { legalBasis: 'FR: C. civ. 1112-1; CH: CC 2 al. 1; BE: C. civ. 5.16' },
);

export const object = block(
  'object', 'Objet du contrat : prestations achetées, reliées au périmètre et aux niveaux de service.',
  'Object of the contract: the services purchased, linked to the scope and the service levels.',
  [
    one('services', 'Nature des prestations achetées.', 'Kind of services purchased.', [value('kinds', t.enum([
      ev('full_managed', 'infogérance totale', 'full managed services', { fr: 'l’infogérance complète du système d’information du Client', en: 'the full management of the Client’s information system' }),
      ev('partial_managed', 'infogérance partielle', 'partial managed services', { fr: 'l’infogérance partielle du système d’information du Client', en: 'the partial management of the Client’s information system' }),
      ev('maintenance', 'maintenance informatique', 'IT maintenance', { fr: 'la maintenance du parc informatique du Client', en: 'the maintenance of the Client’s IT equipment' }),
      ev('helpdesk', 'assistance utilisateurs (hotline)', 'user helpdesk', { fr: 'l’assistance aux utilisateurs', en: 'user support' }),
      ev('onsite_support', 'interventions sur site', 'on-site support', { fr: 'des interventions sur site', en: 'on-site interventions' }),
      ev('hosting', 'hébergement / services cloud', 'hosting / cloud services', { fr: 'l’hébergement et l’exploitation de services informatiques', en: 'the hosting and operation of IT services' }),
      ev('backup', 'sauvegarde externalisée', 'managed backup', { fr: 'la sauvegarde externalisée des données', en: 'the off-site backup of data' }),
      ev('security', 'sécurité managée', 'managed security', { fr: 'la gestion de la sécurité du système d’information', en: 'the management of the information system’s security' }),
      ev('advice', 'conseil et veille technologique', 'advice and technology watch', { fr: 'le conseil et la veille technologique', en: 'advice and technology watch' }),
    ]), { list: true })], 'services partial_managed, helpdesk, onsite_support', { phrase: { fr: '{kinds}', en: '{kinds}' } }),
    one('linked_to', 'Éléments du contrat auxquels l’objet renvoie : périmètre (inventaire) et niveaux de service.',
      'Parts of the contract the object refers to: scope (inventory) and service levels.',
      [value('parts', t.enum([
        ev('scope', 'le périmètre et son inventaire', 'the scope and its inventory', { fr: 'le périmètre inventorié', en: 'the inventoried scope' }),
        ev('sla', 'les niveaux de service', 'the service levels'),
        ev('services', 'la description des services', 'the description of services', { fr: 'la description des prestations', en: 'the description of the services' }),
      ]), { list: true })], 'linked_to scope, sla', { phrase: { fr: '{parts}', en: '{parts}' } }),
    {
      ...text('description', 'Exposé libre du projet du client, imprimé au préambule (ne remplace pas les faits ci-dessus et ne les répète pas).', 'Free account of the client’s project, printed in the recitals (does not replace the facts above and does not repeat them).', 'description "Le Client souhaite confier à un prestataire spécialisé la maintenance de son parc." "The Client wishes to entrust a specialist provider with the maintenance of its equipment."'),
      phrase: { fr: '{text}', en: '{text}' },
    },
  ],
  'object { services partial_managed, helpdesk; linked_to scope, sla }',
  { legalBasis: 'FR: C. civ. 1163 (objet déterminé ou déterminable)' },
);

/** The contract documents a precedence ranks; those the contract does not produce itself are declared with `document`. */
export const documentKinds = t.enum([
  ev('particular_conditions', 'conditions particulières', 'special conditions', { fr: 'les présentes conditions particulières', en: 'these special conditions' }),
  ev('amendments', 'avenants', 'amendments', { fr: 'les avenants', en: 'the amendments' }),
  ev('sla_annex', 'annexe niveaux de service', 'service-level annex', { fr: 'la matrice des niveaux de service', en: 'the service-level matrix' }),
  ev('inventory_annex', 'annexe inventaire du périmètre', 'inventory annex', { fr: 'l’inventaire du périmètre', en: 'the inventory of the scope' }),
  ev('price_schedule', 'grille tarifaire', 'price schedule', { fr: 'les conditions financières et le barème', en: 'the price schedule and rate card' }),
  ev('dpa', 'accord de sous-traitance de données (RGPD art. 28 / LPD art. 9)', 'data processing agreement (GDPR art. 28 / FADP art. 9)', { fr: 'l’annexe relative au traitement des données personnelles', en: 'the personal data processing annex' }),
  ev('reversibility_plan', 'plan de réversibilité', 'reversibility plan', { fr: 'le plan de réversibilité', en: 'the reversibility plan' }),
  ev('security_annex', 'annexe sécurité', 'security annex', { fr: 'l’annexe de sécurité', en: 'the security annex' }),
  ev('general_conditions', 'conditions générales', 'general terms and conditions', { fr: 'les conditions générales du Prestataire', en: 'the Provider’s general terms and conditions' }),
]);

const contractDocument: StatementSpec = {
  keyword: 'document',
  doc: doc(
    'Document contractuel que le contrat ne produit pas lui-même (conditions générales, annexe de sécurité…) : son titre, sa version, sa date, et s’il est joint au contrat.',
    'Contract document the contract does not produce itself (general terms, security annex…): its title, version, date, and whether it is attached to the contract.',
  ),
  legalBasis: 'FR: C. civ. 1119; CH: règle de l’insolite (ATF 135 III 1); BE: CDE VI.91/4',
  args: [value('kind', documentKinds), value('title', t.prose())],
  cardinality: 'many',
  blockRequired: true,
  example: 'document general_conditions "Conditions générales de services" "General terms of service" { version "2026.1"; date 2026-09-01; attached yes }',
  // « les conditions générales du Prestataire (« Conditions générales de services », version 2026.1 du
  // 1ᵉʳ septembre 2026), document joint au Contrat ».
  phrase: {
    fr: '{kind} (« {title} »{if version}, version {version}{end}{if date} du {date}{end}){if attached}, {attached}{end}',
    en: '{kind} (“{title}”{if version}, version {version}{end}{if date} of {date}{end}){if attached}, {attached}{end}',
  },
  block: {
    statements: [
      one('version', 'Version du document.', 'Version of the document.', [value('value', t.string())], 'version "2026.1"', { phrase: { fr: '{value}', en: '{value}' } }),
      one('date', 'Date du document.', 'Date of the document.', [value('date', t.date())], 'date 2026-09-01', { phrase: { fr: '{date}', en: '{date}' } }),
      flag('attached', 'Le document est joint au contrat signé (sinon il est seulement identifié et remis à part).', 'The document is attached to the signed contract (otherwise it is only identified and delivered separately).', 'attached yes', {
        phrase: { fr: '{if value is yes}document joint au Contrat{else}document remis séparément au Client{end}', en: '{if value is yes}a document attached to the Contract{else}a document delivered separately to the Client{end}' },
      }),
    ],
  },
};

export const documents = block(
  'documents', 'Documents contractuels et leur ordre de priorité.', 'Contract documents and their order of precedence.',
  [
    one('precedence', 'Documents contractuels, du plus fort au plus faible : en cas de contradiction, le premier cité prévaut. Les avenants viennent en tête pour les points qu’ils modifient.',
      'Contract documents, strongest first: in case of conflict the one listed first prevails. Amendments come first on the points they change.',
      [value('documents', documentKinds, { list: true })], 'precedence amendments, particular_conditions, sla_annex, inventory_annex, dpa', { phrase: { fr: '{documents}', en: '{documents}' } }),
    contractDocument,
    flag('gtc_received', 'Les conditions générales ont été communiquées au client avant la signature.', 'The general terms were given to the client before signing.',
      'gtc_received yes', {
        legalBasis: 'FR: C. civ. 1119; CH: règle de l’insolite; BE: CDE VI.91/4',
        phrase: {
          fr: '{if value is yes}les conditions générales du Prestataire ont été communiquées au Client avant la signature du Contrat{else}les conditions générales du Prestataire n’ont pas été communiquées au Client avant la signature du Contrat et ne lui sont pas opposables{end}',
          en: '{if value is yes}the Provider’s general terms and conditions were given to the Client before the Contract was signed{else}the Provider’s general terms and conditions were not given to the Client before the Contract was signed and are not binding on it{end}',
        },
      }),
    flag('later_amendments_prevail', 'Les avenants postérieurs prévalent sur les points qu’ils modifient.', 'Later amendments prevail on the points they change.', 'later_amendments_prevail yes', {
      phrase: {
        fr: '{if value is yes}un avenant prévaut sur tout document antérieur, y compris un avenant antérieur, pour les seuls points qu’il modifie{else}les avenants prennent le rang que leur assigne l’ordre de priorité ci-dessus{end}',
        en: '{if value is yes}an amendment prevails over any earlier document, including an earlier amendment, on the points it changes only{else}amendments take the rank given to them in the order of precedence above{end}',
      },
    }),
  ],
  'documents { precedence amendments, particular_conditions, sla_annex, inventory_annex; later_amendments_prevail yes }',
  { legalBasis: 'FR: C. civ. 1119; CH: règle de l’insolite; BE: CDE VI.91/4 (clauses non consultables)' },
);

export const translationStatus = one(
  'translation_status', 'Valeur des traductions : pour information seulement (la langue du contrat fait seule foi) ou également authentiques.',
  'Standing of the translations: for convenience only (the contract language alone is authoritative) or equally authentic.',
  [value('status', t.enum([
    ev('convenience', 'pour information seulement, la version dans la langue du contrat fait foi', 'for convenience only, the contract-language version prevails'),
    ev('equally_authentic', 'toutes les versions font également foi', 'all versions are equally authentic'),
  ]))],
  'translation_status convenience',
  {
    phrase: {
      fr: '{if status is convenience}est fournie à titre d’information ; seule la version en {language} fait foi{end}{if status is equally_authentic}fait également foi{end}',
      en: '{if status is convenience}is provided for information only; the {language} version alone is authentic{end}{if status is equally_authentic}is equally authentic{end}',
    },
  },
);

/** Defined terms, each with the name the contract gives it (the SLA matrix uses the same names). */
const definable = t.enum([
  ev('incident', 'incident', 'incident', { fr: 'Incident', en: 'Incident' }),
  ev('service_request', 'demande de service', 'service request', { fr: 'Demande de service', en: 'Service Request' }),
  ev('business_day', 'jour ouvré', 'business day', { fr: 'Jour ouvré', en: 'Business Day' }),
  ev('working_day', 'jour ouvrable', 'working day', { fr: 'Jour ouvrable', en: 'Working Day' }),
  ev('business_hour', 'heure ouvrée', 'business hour', { fr: 'Heure ouvrée', en: 'Business Hour' }),
  ev('service_window', 'plage de service', 'service window', { fr: 'Plage de service', en: 'Service Window' }),
  ev('gti', 'délai de prise en compte (GTI)', 'response time (GTI)', { fr: 'Délai de prise en compte (GTI)', en: 'Response Time (GTI)' }),
  ev('gtr', 'délai de rétablissement (GTR)', 'restoration time (GTR)', { fr: 'Délai de rétablissement (GTR)', en: 'Restoration Time (GTR)' }),
  ev('resolution', 'résolution définitive', 'final resolution', { fr: 'Résolution', en: 'Resolution' }),
  ev('workaround', 'solution de contournement', 'workaround', { fr: 'Contournement', en: 'Workaround' }),
  ev('priority', 'niveaux de priorité', 'priority levels', { fr: 'Priorité', en: 'Priority' }),
  ev('deliverable', 'livrable', 'deliverable', { fr: 'Livrable', en: 'Deliverable' }),
  ev('confidential_information', 'information confidentielle', 'confidential information', { fr: 'Information confidentielle', en: 'Confidential Information' }),
]);

export const definitions = block(
  'definitions', 'Définitions des termes du contrat (s’appliquent à toutes les annexes).', 'Definitions of the contract’s terms (apply to every annex).',
  [
    one('standard', 'Termes définis par la rédaction standard de la bibliothèque.', 'Terms defined by the standard library wording.',
      [value('terms', definable, { list: true })], 'standard incident, service_request, business_day, business_hour, gti, gtr', { phrase: { fr: '{terms}', en: '{terms}' } }),
    {
      keyword: 'define', doc: doc('Définition propre au contrat d’un terme (remplace la rédaction standard).', 'Contract-specific definition of a term (replaces the standard wording).'),
      args: [value('term', definable), value('wording', t.proseText())], cardinality: 'many',
      example: 'define gtr "le délai entre la prise en compte d’un Incident et le rétablissement du service." "the time between the acknowledgement of an Incident and the restoration of the service."',
      phrase: { fr: '**{term}** : {wording}', en: '**{term}**: {wording}' },
    },
  ],
  'definitions { standard incident, service_request, business_day, business_hour, service_window, gti, gtr, resolution, workaround, priority }',
  { legalBasis: 'FR: C. civ. 1188–1192 (interprétation)' },
);

export const withdrawal = block(
  'withdrawal', 'Droit de rétractation du petit professionnel démarché hors établissement (client de 5 salariés au plus).',
  'Withdrawal right of a small business contracted off-premises (client with 5 employees or fewer).',
  [
    flag('signed_off_premises', 'Le contrat est conclu hors établissement du prestataire (démarchage, signature chez le client).',
      'The contract is concluded off the provider’s premises (canvassing, signed at the client’s).', 'signed_off_premises yes', {
        legalBasis: 'C. consom. L221-1, L221-3',
        phrase: {
          fr: '{if value is yes}le Contrat a été conclu hors établissement, en dehors des locaux du Prestataire{else}le Contrat a été négocié et conclu dans les locaux du Prestataire{end}',
          en: '{if value is yes}the Contract was concluded off-premises, away from the Provider’s business premises{else}the Contract was negotiated and concluded at the Provider’s business premises{end}',
        },
      }),
    one('main_activity', 'L’objet du contrat entre-t-il dans le champ de l’activité principale du client ? (oui : pas de droit de rétractation, à justifier)',
      'Is the object within the scope of the client’s main activity? (yes: no withdrawal right, to be justified)',
      [value('value', yesNo), opt('justification', t.proseText())], 'main_activity no', {
        legalBasis: 'C. consom. L221-3',
        phrase: {
          fr: '{if value is yes}l’objet du Contrat entre dans le champ de l’activité principale du Client{if justification} : {justification}{end}{else}l’objet du Contrat n’entre pas dans le champ de l’activité principale du Client{end}',
          en: '{if value is yes}the subject of the Contract falls within the scope of the Client’s main activity{if justification}: {justification}{end}{else}the subject of the Contract falls outside the scope of the Client’s main activity{end}',
        },
      }),
    flag('information', 'Information précontractuelle sur le droit de rétractation remise au client.', 'Pre-contractual information on the withdrawal right given to the client.', 'information yes', {
      legalBasis: 'C. consom. L221-5',
      phrase: {
        fr: '{if value is yes}le Client a reçu, avant la conclusion du Contrat, l’information précontractuelle relative à son droit de rétractation{else}le Client n’a pas reçu, avant la conclusion du Contrat, l’information précontractuelle relative à son droit de rétractation, de sorte que le délai de rétractation est prolongé de douze mois (article L221-20 du Code de la consommation){end}',
        en: '{if value is yes}the Client received, before the Contract was concluded, the pre-contractual information on its right of withdrawal{else}the Client did not receive, before the Contract was concluded, the pre-contractual information on its right of withdrawal, so that the withdrawal period is extended by twelve months (article L221-20 of the French Consumer Code){end}',
      },
    }),
    flag('form', 'Formulaire type de rétractation joint au contrat.', 'Model withdrawal form attached to the contract.', 'form yes', {
      legalBasis: 'C. consom. L221-5, R221-1',
      phrase: {
        fr: '{if value is yes}au moyen du formulaire type de rétractation joint au Contrat ou de toute autre déclaration dénuée d’ambiguïté{else}par toute déclaration dénuée d’ambiguïté{end}',
        en: '{if value is yes}using the model withdrawal form attached to the Contract or any other unambiguous statement{else}by any unambiguous statement{end}',
      },
    }),
    duration('period', 'Délai de rétractation (14 jours au moins).', 'Withdrawal period (14 days at least).', 'period 14 days', { legalBasis: 'C. consom. L221-18', phrase: { fr: '{duration|spelled}', en: '{duration|spelled}' } }),
  ],
  'withdrawal { signed_off_premises yes; main_activity no; information yes; form yes; period 14 days }',
  { legalBasis: 'C. consom. L221-3' },
);

export const terminationEffects = block(
  'termination_effects', 'Effets de la fin du contrat : clauses survivantes, réversibilité, sommes dues.', 'Effects of the end of the contract: surviving clauses, reversibility, amounts due.',
  [
    one('survives', 'Clauses qui survivent à la fin du contrat.', 'Clauses that survive the end of the contract.', [value('clauses', t.enum([
      ev('confidentiality', 'confidentialité', 'confidentiality', { fr: 'la confidentialité', en: 'confidentiality' }),
      ev('data_return', 'restitution des données', 'data return', { fr: 'la restitution des données', en: 'the return of data' }),
      ev('reversibility', 'réversibilité', 'reversibility', { fr: 'la réversibilité', en: 'reversibility' }),
      ev('payment', 'paiement des sommes dues', 'payment of amounts due', { fr: 'le paiement des sommes dues', en: 'the payment of sums due' }),
      ev('liability', 'responsabilité', 'liability', { fr: 'la responsabilité', en: 'liability' }),
      ev('non_solicitation', 'non-sollicitation', 'non-solicitation', { fr: 'la non-sollicitation du personnel', en: 'the non-solicitation of staff' }),
      ev('intellectual_property', 'propriété intellectuelle', 'intellectual property', { fr: 'la propriété intellectuelle', en: 'intellectual property' }),
      ev('jurisdiction', 'loi applicable et juridiction', 'governing law and jurisdiction', { fr: 'la loi applicable et le règlement des litiges', en: 'governing law and the settlement of disputes' }),
    ]), { list: true })], 'survives confidentiality, data_return, reversibility, payment', { phrase: { fr: '{clauses}', en: '{clauses}' } }),
    one('reversibility', 'Déclenchement du plan de réversibilité à la fin du contrat, quelle qu’en soit la cause.', 'Triggering of the reversibility plan at the end of the contract, whatever the cause.',
      [value('trigger', t.enum([
        ev('any_end', 'à toute fin du contrat (échéance ou résiliation)', 'at any end of the contract (expiry or termination)'),
        ev('on_request', 'sur demande du client', 'on the client’s request'),
      ]))], 'reversibility any_end', {
        phrase: {
          fr: '{if trigger is any_end}la fin du Contrat, quelle qu’en soit la cause, déclenche de plein droit les opérations de réversibilité et de sortie{end}{if trigger is on_request}les opérations de réversibilité et de sortie sont mises en œuvre à la demande du Client, notifiée au plus tard à la fin du Contrat{end}',
          en: '{if trigger is any_end}the end of the Contract, for whatever reason, triggers the reversibility and exit operations as of right{end}{if trigger is on_request}the reversibility and exit operations are carried out at the Client’s request, notified no later than the end of the Contract{end}',
        },
      }),
    one('prepaid_fees', 'Sort des redevances payées d’avance pour une période non exécutée.', 'Treatment of fees paid in advance for a period not performed.',
      [value('treatment', t.enum([
        ev('refunded_prorata', 'remboursées au prorata temporis', 'refunded pro rata'),
        ev('credited', 'imputées sur les prestations de réversibilité', 'credited against reversibility services'),
        ev('retained', 'conservées par le prestataire', 'retained by the provider'),
        ev('not_applicable', 'sans objet (facturation à terme échu)', 'not applicable (billed in arrears)'),
      ]))], 'prepaid_fees refunded_prorata', {
        phrase: {
          fr: '{if treatment is refunded_prorata}les redevances payées d’avance pour une période postérieure à la fin du Contrat sont remboursées au Client au prorata temporis{end}{if treatment is credited}les redevances payées d’avance pour une période postérieure à la fin du Contrat sont imputées sur le prix des prestations de réversibilité{end}{if treatment is retained}les redevances payées d’avance restent acquises au Prestataire{end}{if treatment is not_applicable}les redevances étant facturées à terme échu, aucune redevance payée d’avance n’est à restituer{end}',
          en: '{if treatment is refunded_prorata}fees paid in advance for a period after the end of the Contract are refunded to the Client pro rata temporis{end}{if treatment is credited}fees paid in advance for a period after the end of the Contract are credited against the price of the reversibility services{end}{if treatment is retained}fees paid in advance are retained by the Provider{end}{if treatment is not_applicable}as fees are invoiced in arrears, no fee paid in advance is to be refunded{end}',
        },
      }),
    one('unused_quota', 'Sort des tickets ou heures prépayés non consommés.', 'Treatment of prepaid tickets or hours not used.',
      [value('treatment', t.enum([
        ev('refunded', 'remboursés', 'refunded'),
        ev('credited', 'imputés sur la réversibilité', 'credited against reversibility'),
        ev('lost', 'perdus', 'forfeited'),
        ev('not_applicable', 'sans objet (pas de forfait prépayé)', 'not applicable (no prepaid quota)'),
      ]))], 'unused_quota credited', {
        phrase: {
          fr: '{if treatment is refunded}le reliquat non consommé du forfait d’assistance est remboursé au Client{end}{if treatment is credited}le reliquat non consommé du forfait d’assistance est imputé sur le prix des prestations de réversibilité{end}{if treatment is lost}le reliquat non consommé du forfait d’assistance reste acquis au Prestataire{end}{if treatment is not_applicable}le Contrat ne comportant aucun forfait prépayé, aucun reliquat n’est à régler{end}',
          en: '{if treatment is refunded}any unused balance of the support allowance is refunded to the Client{end}{if treatment is credited}any unused balance of the support allowance is credited against the price of the reversibility services{end}{if treatment is lost}any unused balance of the support allowance is forfeited to the Provider{end}{if treatment is not_applicable}as the Contract includes no prepaid allowance, no balance is to be settled{end}',
        },
      }),
  ],
  'termination_effects { survives confidentiality, data_return, reversibility, payment; reversibility any_end; prepaid_fees refunded_prorata; unused_quota credited }',
);

export const qualification = one(
  'qualification', 'Qualification juridique du contrat (en droit suisse : mandat, contrat d’entreprise ou contrat mixte).',
  'Legal characterisation of the contract (under Swiss law: mandate, contract for work or mixed contract).',
  [value('kind', t.enum([
    ev('mandate', 'mandat (CO 394 ss.) : résiliable en tout temps (CO 404)', 'mandate (CO 394 ff.): terminable at any time (CO 404)'),
    ev('contract_for_work', 'contrat d’entreprise (CO 363 ss.) / louage d’ouvrage', 'contract for work (CO 363 ff.)'),
    ev('mixed', 'contrat mixte', 'mixed contract'),
  ]))],
  'qualification mandate',
  {
    legalBasis: 'CH: CO 394, 404, 363, 377; FR: C. civ. 1710, 1779; BE: ancien C. civ. 1710, 1787',
    // Read after « Les Parties qualifient le Contrat de… ».
    phrase: {
      fr: '{if kind is mandate}mandat au sens des articles 394 et suivants du Code des obligations{end}{if kind is contract_for_work}{if law is CH}contrat d’entreprise au sens des articles 363 et suivants du Code des obligations{end}{if law is FR}contrat d’entreprise (louage d’ouvrage) au sens des articles 1710 et 1779 du Code civil{end}{if law is BE}contrat d’entreprise au sens des articles 1710 et 1787 de l’ancien Code civil{end}{end}{if kind is mixed}contrat mixte, qui relève du mandat pour les prestations d’assistance, de conseil et de maintien en condition opérationnelle, et du contrat d’entreprise pour les livrables{end}',
      en: '{if kind is mandate}a mandate within the meaning of articles 394 et seq. of the Swiss Code of Obligations{end}{if kind is contract_for_work}{if law is CH}a contract for work within the meaning of articles 363 et seq. of the Swiss Code of Obligations{end}{if law is FR}a contract for services (louage d’ouvrage) within the meaning of articles 1710 and 1779 of the French Civil Code{end}{if law is BE}a contract for services within the meaning of articles 1710 and 1787 of the former Belgian Civil Code{end}{end}{if kind is mixed}a mixed contract, governed by the rules on mandates for support, advice and operational maintenance, and by the rules on contracts for work for the deliverables{end}',
    },
  },
);
