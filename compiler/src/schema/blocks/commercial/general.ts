import { doc, ev, opt, t, value } from '../../value-types.ts';
import { yesNo } from '../common.ts';
import { block, duration, flag, one, text } from './helpers.ts';

// Object, documents, language, definitions, withdrawal right, effects of termination, qualification
// (brief §2.1, §2.2 termination.effects, §3.2 CH mandate).

export const object = block(
  'object', 'Objet du contrat : prestations achetées, reliées au périmètre et aux niveaux de service.',
  'Object of the contract: the services purchased, linked to the scope and the service levels.',
  [
    one('services', 'Nature des prestations achetées.', 'Kind of services purchased.', [value('kinds', t.enum([
      ev('full_managed', 'infogérance totale', 'full managed services'),
      ev('partial_managed', 'infogérance partielle', 'partial managed services'),
      ev('maintenance', 'maintenance informatique', 'IT maintenance'),
      ev('helpdesk', 'assistance utilisateurs (hotline)', 'user helpdesk'),
      ev('onsite_support', 'interventions sur site', 'on-site support'),
      ev('hosting', 'hébergement / services cloud', 'hosting / cloud services'),
      ev('backup', 'sauvegarde externalisée', 'managed backup'),
      ev('security', 'sécurité managée', 'managed security'),
      ev('advice', 'conseil et veille technologique', 'advice and technology watch'),
    ]), { list: true })], 'services partial_managed, helpdesk, onsite_support'),
    one('linked_to', 'Éléments du contrat auxquels l’objet renvoie : périmètre (inventaire) et niveaux de service.',
      'Parts of the contract the object refers to: scope (inventory) and service levels.',
      [value('parts', t.enum([
        ev('scope', 'le périmètre et son inventaire (scope)', 'the scope and its inventory (scope)'),
        ev('sla', 'les niveaux de service (sla)', 'the service levels (sla)'),
        ev('services', 'la description des services (services)', 'the description of services (services)'),
      ]), { list: true })], 'linked_to scope, sla'),
    text('description', 'Rédaction libre de l’objet (ne remplace pas les faits ci-dessus).', 'Free wording of the object (does not replace the facts above).', 'description "Infogérance partielle du système d’information du cabinet."'),
  ],
  'object { services partial_managed, helpdesk; linked_to scope, sla }',
  { legalBasis: 'FR: C. civ. 1163 (objet déterminé ou déterminable)' },
);

const documentKinds = t.enum([
  ev('particular_conditions', 'conditions particulières', 'particular conditions'),
  ev('amendments', 'avenants', 'amendments'),
  ev('sla_annex', 'annexe niveaux de service', 'service-level annex'),
  ev('inventory_annex', 'annexe inventaire du périmètre', 'inventory annex'),
  ev('price_schedule', 'grille tarifaire', 'price schedule'),
  // Read in the contract without an article number: the annex follows the law (GDPR art. 28 or LPD art. 9).
  ev('dpa', 'accord de sous-traitance de données (RGPD art. 28 / LPD art. 9)', 'data processing agreement (GDPR art. 28 / FADP art. 9)', { fr: 'annexe de sous-traitance des données personnelles', en: 'personal data processing annex' }),
  ev('reversibility_plan', 'plan de réversibilité', 'reversibility plan'),
  ev('security_annex', 'annexe sécurité', 'security annex'),
  ev('general_conditions', 'conditions générales', 'general terms and conditions'),
]);

export const documents = block(
  'documents', 'Documents contractuels et leur ordre de priorité.', 'Contract documents and their order of precedence.',
  [
    one('precedence', 'Documents contractuels, du plus fort au plus faible : en cas de contradiction, le premier cité prévaut.',
      'Contract documents, strongest first: in case of conflict the one listed first prevails.',
      [value('documents', documentKinds, { list: true })], 'precedence particular_conditions, sla_annex, inventory_annex, dpa, general_conditions'),
    flag('gtc_received', 'Le client déclare avoir reçu les conditions générales avant la signature.', 'The client acknowledges receiving the general terms before signing.',
      'gtc_received yes', { legalBasis: 'FR: C. civ. 1119; CH: règle de l’insolite; BE: CDE VI.91/4' }),
    flag('later_amendments_prevail', 'Les avenants postérieurs prévalent sur les points qu’ils modifient.', 'Later amendments prevail on the points they change.', 'later_amendments_prevail yes'),
  ],
  'documents { precedence particular_conditions, sla_annex, general_conditions; gtc_received yes }',
  { legalBasis: 'FR: C. civ. 1119; BE: CDE VI.91/4 (clauses non consultables)' },
);

export const translationStatus = one(
  'translation_status', 'Valeur des traductions : pour information seulement (la langue du contrat fait seule foi) ou également authentiques.',
  'Standing of the translations: for convenience only (the contract language alone is authoritative) or equally authentic.',
  [value('status', t.enum([
    ev('convenience', 'pour information seulement, la version dans la langue du contrat fait foi', 'for convenience only, the contract-language version prevails'),
    ev('equally_authentic', 'toutes les versions font également foi', 'all versions are equally authentic'),
  ]))],
  'translation_status convenience',
);

const definable = t.enum([
  ev('incident', 'incident', 'incident'),
  ev('service_request', 'demande de service', 'service request'),
  ev('business_day', 'jour ouvré', 'business day'),
  ev('working_day', 'jour ouvrable', 'working day'),
  ev('business_hour', 'heure ouvrée', 'business hour'),
  ev('service_window', 'plage de service', 'service window'),
  ev('gti', 'garantie de temps d’intervention (GTI)', 'guaranteed response time (GTI)'),
  ev('gtr', 'garantie de temps de rétablissement (GTR)', 'guaranteed restoration time (GTR)'),
  ev('resolution', 'résolution définitive', 'final resolution'),
  ev('workaround', 'solution de contournement', 'workaround'),
  ev('priority', 'niveaux de priorité', 'priority levels'),
  ev('deliverable', 'livrable', 'deliverable'),
  ev('confidential_information', 'information confidentielle', 'confidential information'),
]);

export const definitions = block(
  'definitions', 'Définitions des termes du contrat (s’appliquent à toutes les annexes).', 'Definitions of the contract’s terms (apply to every annex).',
  [
    one('standard', 'Termes définis par la rédaction standard de la bibliothèque (stdlib.definitions).', 'Terms defined by the standard library wording (stdlib.definitions).',
      [value('terms', definable, { list: true })], 'standard incident, service_request, business_day, business_hour, gti, gtr'),
    {
      keyword: 'define', doc: doc('Définition propre au contrat d’un terme (remplace la rédaction standard).', 'Contract-specific definition of a term (replaces the standard wording).'),
      args: [value('term', definable), value('wording', t.proseText())], cardinality: 'many',
      example: 'define gtr "Délai entre la prise en compte d’un incident et le rétablissement du service, le cas échéant par contournement."',
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
      'The contract is concluded off the provider’s premises (canvassing, signed at the client’s).', 'signed_off_premises yes', { legalBasis: 'C. consom. L221-1, L221-3' }),
    one('main_activity', 'L’objet du contrat entre-t-il dans le champ de l’activité principale du client ? (oui : pas de droit de rétractation, à justifier)',
      'Is the object within the scope of the client’s main activity? (yes: no withdrawal right, to be justified)',
      [value('value', yesNo), opt('justification', t.proseText())], 'main_activity no', { legalBasis: 'C. consom. L221-3' }),
    flag('information', 'Information précontractuelle sur le droit de rétractation remise au client.', 'Pre-contractual information on the withdrawal right given to the client.', 'information yes', { legalBasis: 'C. consom. L221-5' }),
    flag('form', 'Formulaire type de rétractation joint au contrat.', 'Model withdrawal form attached to the contract.', 'form yes', { legalBasis: 'C. consom. L221-5, R221-1' }),
    duration('period', 'Délai de rétractation (14 jours au moins).', 'Withdrawal period (14 days at least).', 'period 14 days', { legalBasis: 'C. consom. L221-18' }),
  ],
  'withdrawal { signed_off_premises yes; main_activity no; information yes; form yes; period 14 days }',
  { legalBasis: 'C. consom. L221-3' },
);

export const terminationEffects = block(
  'termination_effects', 'Effets de la fin du contrat : clauses survivantes, réversibilité, sommes dues.', 'Effects of the end of the contract: surviving clauses, reversibility, amounts due.',
  [
    one('survives', 'Clauses qui survivent à la fin du contrat.', 'Clauses that survive the end of the contract.', [value('clauses', t.enum([
      ev('confidentiality', 'confidentialité', 'confidentiality'),
      ev('data_return', 'restitution des données', 'data return'),
      ev('reversibility', 'réversibilité', 'reversibility'),
      ev('payment', 'paiement des sommes dues', 'payment of amounts due'),
      ev('liability', 'responsabilité', 'liability'),
      ev('non_solicitation', 'non-sollicitation', 'non-solicitation'),
      ev('intellectual_property', 'propriété intellectuelle', 'intellectual property'),
      ev('jurisdiction', 'loi applicable et juridiction', 'governing law and jurisdiction'),
    ]), { list: true })], 'survives confidentiality, data_return, reversibility, payment'),
    one('reversibility', 'Déclenchement du plan de réversibilité à la fin du contrat, quelle qu’en soit la cause.', 'Triggering of the reversibility plan at the end of the contract, whatever the cause.',
      [value('trigger', t.enum([
        ev('any_end', 'à toute fin du contrat (échéance ou résiliation)', 'at any end of the contract (expiry or termination)'),
        ev('on_request', 'sur demande du client', 'on the client’s request'),
      ]))], 'reversibility any_end'),
    one('prepaid_fees', 'Sort des redevances payées d’avance pour une période non exécutée.', 'Treatment of fees paid in advance for a period not performed.',
      [value('treatment', t.enum([
        ev('refunded_prorata', 'remboursées au prorata temporis', 'refunded pro rata'),
        ev('credited', 'imputées sur les prestations de réversibilité', 'credited against reversibility services'),
        ev('retained', 'conservées par le prestataire', 'retained by the provider'),
        ev('not_applicable', 'sans objet (facturation à terme échu)', 'not applicable (billed in arrears)'),
      ]))], 'prepaid_fees refunded_prorata'),
    one('unused_quota', 'Sort des tickets ou heures prépayés non consommés.', 'Treatment of prepaid tickets or hours not used.',
      [value('treatment', t.enum([
        ev('refunded', 'remboursés', 'refunded'),
        ev('credited', 'imputés sur la réversibilité', 'credited against reversibility'),
        ev('lost', 'perdus', 'forfeited'),
        ev('not_applicable', 'sans objet (pas de forfait prépayé)', 'not applicable (no prepaid quota)'),
      ]))], 'unused_quota credited'),
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
  { legalBasis: 'CH: CO 394, 404, 363; FR: C. civ. 1710, 1779' },
);
