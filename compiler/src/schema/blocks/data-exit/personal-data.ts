import { doc, ev, opt, t, value, word } from '../../value-types.ts';
import type { Localized } from '../../../diagnostics/index.ts';
import type { StatementSpec } from '../../types.ts';
import { yesNo } from '../common.ts';
import { countries } from '../countries.ts';
import { atMost, every } from './every.ts';
import { enumList, flag, oneEnum, text, within } from './shared.ts';

// `personal_data { … }`: the processing agreement of GDPR art. 28 and of LPD art. 9 (Swiss Federal Act
// on Data Protection, RS 235.1) — brief §2.7 data.gdpr-dpa, data.subprocessors, data.transfers,
// data.ch-nlpd; validation §3.5.
//
// Design (EDPB Guidelines 07/2020, §§ 109–160): the agreement must say *how* the processor meets each
// duty of art. 28(3)(a)–(h), not restate the article. So every duty is a block whose facts are the
// "how" — the channel through which instructions are documented, the deadline for assisting with a
// data-subject request, the notice and frequency of audits — and the checker counts a duty as present
// only when those facts are stated. A bare keyword (`audits`) would be a restatement of the article,
// which is exactly what the EDPB says is insufficient; it is accepted by the grammar but not by the
// rule. Duty (g), return or deletion at the end, is stated once in `exit { data_return { … } }`.
//
// Phrases (docs/clauses.md): each statement reads as the fragment the processing annex (annex_dpa in
// stdlib/clauses/annexes.infog) puts in its sentence; enum values read through their `text`. The
// wording that depends on the governing law (GDPR article numbers or LPD ones) is chosen there, or in
// the phrase with `{if law is CH}`.

const HOURS = ['h', 'hour', 'hours'];

const ph = (fr: string, en: string): Localized => ({ fr, en });

/** A deadline read as « dans un délai de dix (10) jours ouvrés » + what it runs from. */
function deadline(fr: string, en: string, example: string, from: Localized, units?: readonly string[]): StatementSpec {
  return { ...within(fr, en, example, units), phrase: ph(`dans un délai de {duration|spelled} ${from.fr}`, `within {duration|spelled} ${from.en}`) };
}

const channel: StatementSpec = {
  ...enumList('channel', 'Moyen par lequel les instructions sont documentées.', 'How instructions are documented.',
    t.enum([
      ev('contract', 'le contrat et ses annexes', 'the contract and its annexes', { fr: 'le Contrat et ses annexes', en: 'the Contract and its annexes' }),
      ev('ticket', 'ticket dans l’outil de support', 'ticket in the support tool', { fr: 'les tickets ouverts dans l’outil de support', en: 'tickets opened in the support tool' }),
      ev('email', 'courriel d’une personne habilitée', 'e-mail from an authorised person', { fr: 'les courriels des personnes habilitées du Client', en: 'e-mails from the Client’s authorised persons' }),
      ev('signed_order', 'bon de commande ou avenant signé', 'signed order or amendment', { fr: 'les bons de commande ou avenants signés', en: 'signed orders or amendments' }),
    ]), 'channel contract, ticket'),
  phrase: ph('ces instructions étant documentées par {items}', 'those instructions being documented by {items}'),
};

const controllerBlock: StatementSpec = {
  keyword: 'controller',
  doc: doc('Obligations et droits du responsable du traitement (RGPD art. 28(3), 7e élément).', 'Obligations and rights of the controller (GDPR art. 28(3), 7th element).'),
  legalBasis: 'RGPD art. 28(3)', args: [], cardinality: 'one', blockRequired: true,
  example: 'controller { obligations lawful_basis, documented_instructions; rights audit, instruct, object_subprocessors }',
  block: {
    statements: [
      {
        ...enumList('obligations', 'Obligations du responsable du traitement.', 'Obligations of the controller.', t.enum([
          ev('lawful_basis', 'disposer d’une base légale pour chaque traitement', 'have a lawful basis for each processing'),
          ev('documented_instructions', 'donner des instructions documentées', 'give documented instructions', { fr: 'donner au Prestataire des instructions documentées', en: 'give the Provider documented instructions' }),
          ev('inform_subjects', 'informer les personnes concernées', 'inform the data subjects'),
          ev('records', 'tenir le registre des traitements', 'keep the record of processing activities', { fr: 'tenir le registre des activités de traitement', en: 'keep the record of processing activities' }),
          ev('cooperation', 'coopérer avec le sous-traitant (accès, informations nécessaires)', 'cooperate with the processor (access, necessary information)', { fr: 'coopérer avec le Prestataire en lui donnant les accès et les informations nécessaires', en: 'cooperate with the Provider by giving it the necessary access and information' }),
          ev('supervise', 'superviser le traitement', 'supervise the processing'),
        ]), 'obligations lawful_basis, documented_instructions, inform_subjects'),
        phrase: ph('le Client, responsable du traitement, s’engage à {items}', 'the Client, as controller, undertakes to {items}'),
      },
      {
        ...enumList('rights', 'Droits du responsable du traitement.', 'Rights of the controller.', t.enum([
          ev('instruct', 'donner des instructions', 'give instructions', { fr: 'donner des instructions au Prestataire', en: 'give the Provider instructions' }),
          ev('audit', 'auditer le sous-traitant', 'audit the processor', { fr: 'auditer le Prestataire', en: 'audit the Provider' }),
          ev('object_subprocessors', 's’opposer à un nouveau sous-traitant ultérieur', 'object to a new sub-processor', { fr: 's’opposer à tout nouveau sous-traitant ultérieur', en: 'object to any new sub-processor' }),
          ev('obtain_return', 'obtenir la restitution des données', 'obtain the return of the data'),
          ev('suspend', 'suspendre le traitement', 'suspend the processing'),
          ev('terminate', 'résilier en cas de manquement', 'terminate for breach', { fr: 'résilier le Contrat en cas de manquement du Prestataire à ses obligations de protection des données', en: 'terminate the Contract if the Provider breaches its data-protection obligations' }),
        ]), 'rights instruct, audit, object_subprocessors'),
        phrase: ph('il a le droit de {items}', 'it has the right to {items}'),
      },
    ],
  },
};

const subprocessor: StatementSpec = {
  keyword: 'subprocessor',
  doc: doc('Sous-traitant ultérieur autorisé : dénomination, pays de traitement, service rendu.', 'Authorised sub-processor: name, country of processing, service provided.'),
  legalBasis: 'RGPD art. 28(2) et (4); LPD art. 9 al. 3',
  args: [value('id', t.name()), value('name', t.string())],
  declares: { slot: 'id', namespace: 'subprocessor' },
  cardinality: 'many', blockRequired: true,
  example: 'subprocessor ninja "NinjaOne LLC" { country US; service rmm }',
  phrase: ph('{name}', '{name}'),
  block: {
    statements: [
      { ...enumList('country', 'Pays où le sous-traitant ultérieur traite ou héberge les données.', 'Countries where the sub-processor processes or hosts the data.', countries, 'country FR'), phrase: ph('{items}', '{items}') },
      {
        ...enumList('service', 'Service confié.', 'Service entrusted.', t.enum([
          ev('rmm', 'supervision et télémaintenance (RMM)', 'remote monitoring and management (RMM)'),
          ev('backup', 'sauvegarde externalisée', 'off-site backup'),
          ev('hosting', 'hébergement', 'hosting'),
          ev('mail', 'messagerie', 'e-mail'),
          ev('helpdesk', 'outil de support (tickets)', 'helpdesk (ticketing) tool'),
          ev('security', 'sécurité (EDR, antivirus, filtrage)', 'security (EDR, antivirus, filtering)'),
          ev('datacenter', 'centre de données', 'data centre'),
          ev('support', 'support de niveau 2 ou 3', 'second- or third-level support'),
          ev('other', 'autre service', 'other service'),
        ]), 'service rmm'),
        phrase: ph('{items}', '{items}'),
      },
      { ...text('description', 'Description du service confié.', 'Description of the service entrusted.', 'description "Agent de supervision des postes" "Workstation monitoring agent"'), phrase: ph('{text}', '{text}') },
    ],
  },
};

const subprocessors: StatementSpec = {
  keyword: 'subprocessors',
  doc: doc('Recours à des sous-traitants ultérieurs : mode d’autorisation, liste, information préalable, opposition.', 'Use of sub-processors: authorisation mode, list, prior notice, objection.'),
  legalBasis: 'RGPD art. 28(2) et (4); LPD art. 9 al. 3',
  args: [], cardinality: 'one', blockRequired: true,
  example: 'subprocessors { authorisation general; notice 30 days; objection { within 15 days } }',
  block: {
    statements: [
      {
        ...oneEnum('authorisation', 'Autorisation préalable écrite : spécifique (chaque sous-traitant) ou générale (liste + information et opposition).', 'Prior written authorisation: specific (each sub-processor) or general (list + notice and objection).', t.enum([
          ev('specific', 'autorisation spécifique', 'specific authorisation'),
          ev('general', 'autorisation générale', 'general authorisation'),
        ]), 'authorisation general', 'RGPD art. 28(2); LPD art. 9 al. 3'),
        phrase: ph(
          'ne recrute un autre sous-traitant qu’avec l’autorisation écrite préalable{if value is specific} et spécifique du Client, donnée pour chaque sous-traitant ultérieur{end}{if value is general} et générale du Client, qui vaut pour les sous-traitants ultérieurs énumérés ci-dessous et pour ceux dont il est informé dans les conditions ci-après{end}',
          'engages another processor only with the Client’s prior {if value is specific}specific written authorisation, given for each sub-processor{end}{if value is general}general written authorisation, which covers the sub-processors listed below and those it is informed of as set out below{end}',
        ),
      },
      {
        keyword: 'notice', doc: doc('Délai d’information préalable avant tout ajout ou remplacement.', 'Prior notice before any addition or replacement.'), args: [value('duration', t.duration())], cardinality: 'one', example: 'notice 30 days',
        phrase: ph('il informe le Client de tout ajout ou remplacement envisagé d’un sous-traitant ultérieur au moins {duration|spelled} à l’avance', 'it informs the Client of any intended addition or replacement of a sub-processor at least {duration|spelled} in advance'),
      },
      {
        keyword: 'objection', doc: doc('Procédure d’opposition du client à un changement.', 'The client’s objection procedure against a change.'),
        args: [], cardinality: 'one', blockRequired: true, example: 'objection { within 15 days; effect termination_without_penalty }',
        block: {
          statements: [
            {
              ...within('Délai pour s’opposer après l’information.', 'Time to object after the notice.', 'within 15 days'),
              phrase: ph('le Client peut s’y opposer par écrit, de manière motivée, dans un délai de {duration|spelled} à compter de cette information', 'the Client may object to it in writing, giving reasons, within {duration|spelled} of that notice'),
            },
            {
              ...oneEnum('effect', 'Conséquence d’une opposition motivée.', 'Consequence of a reasoned objection.', t.enum([
                ev('change_withdrawn', 'le prestataire renonce au changement', 'the provider withdraws the change'),
                ev('termination_without_penalty', 'résiliation sans pénalité du service concerné', 'termination of the affected service without penalty'),
                ev('negotiation', 'négociation de bonne foi puis résiliation possible', 'good-faith negotiation, then termination possible'),
              ]), 'effect termination_without_penalty'),
              phrase: ph(
                '{if value is change_withdrawn}en cas d’opposition, le Prestataire renonce au changement envisagé{end}{if value is termination_without_penalty}si le Prestataire maintient le changement malgré l’opposition, le Client peut résilier sans pénalité le service concerné{end}{if value is negotiation}l’opposition ouvre une négociation de bonne foi, à l’issue de laquelle le Client peut, à défaut d’accord, résilier le service concerné{end}',
                '{if value is change_withdrawn}if the Client objects, the Provider withdraws the intended change{end}{if value is termination_without_penalty}if the Provider maintains the change despite the objection, the Client may terminate the affected service without penalty{end}{if value is negotiation}an objection opens a good-faith negotiation, after which the Client may, failing agreement, terminate the affected service{end}',
              ),
            },
          ],
        },
      },
      {
        ...oneEnum('flow_down', 'Mêmes obligations de protection des données imposées au sous-traitant ultérieur (art. 28(4)).', 'Same data-protection obligations imposed on the sub-processor (art. 28(4)).', t.enum([
          ev('same_obligations', 'mêmes obligations par contrat écrit', 'same obligations by written contract'),
        ]), 'flow_down same_obligations', 'RGPD art. 28(4); LPD art. 9 al. 2'),
        phrase: ph(
          '{if value is same_obligations}lorsqu’il recrute un sous-traitant ultérieur, le Prestataire lui impose, par contrat écrit, les mêmes obligations en matière de protection des données que celles fixées par la présente annexe, en particulier des garanties suffisantes quant à la mise en œuvre de mesures techniques et organisationnelles appropriées{end}',
          '{if value is same_obligations}where the Provider engages a sub-processor, it imposes on it, by written contract, the same data-protection obligations as those set out in this Annex, in particular sufficient guarantees to implement appropriate technical and organisational measures{end}',
        ),
      },
      {
        ...oneEnum('liability', 'Le sous-traitant initial demeure pleinement responsable.', 'The initial processor remains fully liable.', t.enum([
          ev('full', 'pleinement responsable envers le client', 'fully liable to the client'),
        ]), 'liability full', 'RGPD art. 28(4)'),
        phrase: ph(
          '{if value is full}lorsque ce sous-traitant ultérieur ne remplit pas ses obligations en matière de protection des données, le Prestataire demeure pleinement responsable devant le Client de l’exécution par celui-ci de ses obligations{end}',
          '{if value is full}where that sub-processor fails to fulfil its data-protection obligations, the Provider remains fully liable to the Client for the performance of that sub-processor’s obligations{end}',
        ),
      },
      {
        ...flag('none', 'Aucun sous-traitant ultérieur à la signature.', 'No sub-processor at signature.'),
        phrase: ph('à la date de signature du Contrat, le Prestataire ne recourt à aucun sous-traitant ultérieur', 'at the date of signature of the Contract, the Provider uses no sub-processor'),
      },
      subprocessor,
    ],
  },
};

/** How a transfer mechanism reads, for the GDPR (FR, BE) and for the LPD (CH). */
const mechanismPhrase = ph(
  '{if value is adequacy}{if law is CH}cet État figurant parmi ceux dont la législation assure un niveau de protection adéquat (article 16, alinéa 1, LPD et annexe 1 OPDo), de sorte que cette communication ne requiert aucune garantie particulière{else}cet État bénéficiant d’une décision d’adéquation de la Commission européenne (article 45 du RGPD), de sorte que ce transfert ne requiert aucune garantie particulière{end}{end}{if value is dpf}{if law is CH}le destinataire étant certifié au titre du Swiss-U.S. Data Privacy Framework reconnu par le Conseil fédéral (article 16, alinéa 1, LPD){else}le destinataire étant certifié au titre du cadre de protection des données UE–États-Unis (Data Privacy Framework), objet de la décision d’adéquation de la Commission européenne du 10 juillet 2023{end}{end}{if value is scc}{if law is CH}moyennant des clauses types de protection des données reconnues par le Préposé fédéral à la protection des données et à la transparence (article 16, alinéa 2, lettre d, LPD){else}moyennant les clauses contractuelles types adoptées par la Commission européenne (article 46, paragraphe 2, point c), du RGPD){end}{end}{if value is bcr}sur le fondement de règles d’entreprise contraignantes approuvées{if law is CH} (article 16, alinéa 2, lettre e, LPD){else} (article 47 du RGPD){end}{end}{if value is code_of_conduct}sur le fondement d’un code de conduite approuvé{if law is CH}{else} (article 46, paragraphe 2, point e), du RGPD){end}{end}{if value is certification}sur le fondement d’une certification approuvée{if law is CH}{else} (article 46, paragraphe 2, point f), du RGPD){end}{end}{if value is derogation}sur le fondement d’une dérogation pour une situation particulière{if law is CH} (article 17 LPD){else} (article 49 du RGPD){end}, à titre exceptionnel{end}',
  '{if value is adequacy}{if law is CH}that State being one whose legislation ensures an adequate level of protection (article 16(1) FADP and Annex 1 DPO), so that the disclosure requires no specific safeguard{else}that State being covered by an adequacy decision of the European Commission (GDPR article 45), so that the transfer requires no specific safeguard{end}{end}{if value is dpf}{if law is CH}the recipient being certified under the Swiss-U.S. Data Privacy Framework recognised by the Federal Council (article 16(1) FADP){else}the recipient being certified under the EU-U.S. Data Privacy Framework, covered by the European Commission’s adequacy decision of 10 July 2023{end}{end}{if value is scc}{if law is CH}under standard data-protection clauses recognised by the Federal Data Protection and Information Commissioner (article 16(2)(d) FADP){else}under the standard contractual clauses adopted by the European Commission (GDPR article 46(2)(c)){end}{end}{if value is bcr}on the basis of approved binding corporate rules{if law is CH} (article 16(2)(e) FADP){else} (GDPR article 47){end}{end}{if value is code_of_conduct}on the basis of an approved code of conduct{if law is CH}{else} (GDPR article 46(2)(e)){end}{end}{if value is certification}on the basis of an approved certification{if law is CH}{else} (GDPR article 46(2)(f)){end}{end}{if value is derogation}on the basis of a derogation for a specific situation{if law is CH} (article 17 FADP){else} (GDPR article 49){end}, as an exception{end}',
);

const transfer: StatementSpec = {
  keyword: 'transfer',
  doc: doc('Transfert vers un pays tiers : destination et mécanisme d’encadrement.', 'Transfer to a third country: destination and transfer mechanism.'),
  legalBasis: 'RGPD art. 44–49; LPD art. 16–17',
  args: [value('country', countries)],
  cardinality: 'many', blockRequired: true,
  example: 'transfer US { mechanism dpf; recipients ninja }',
  phrase: ph('les données sont transférées {country|in}', 'the data are transferred to {country|article}'),
  block: {
    statements: [
      {
        ...oneEnum('mechanism', 'Mécanisme d’encadrement du transfert.', 'Transfer mechanism.', t.enum([
          ev('adequacy', 'décision d’adéquation', 'adequacy decision'),
          ev('dpf', 'Data Privacy Framework (destinataire certifié)', 'Data Privacy Framework (certified recipient)'),
          ev('scc', 'clauses contractuelles types', 'standard contractual clauses'),
          ev('bcr', 'règles d’entreprise contraignantes', 'binding corporate rules'),
          ev('code_of_conduct', 'code de conduite approuvé', 'approved code of conduct'),
          ev('certification', 'certification approuvée', 'approved certification'),
          ev('derogation', 'dérogation de l’art. 49 (exceptionnelle)', 'art. 49 derogation (exceptional)'),
        ]), 'mechanism scc', 'RGPD art. 45–49; LPD art. 16–17'),
        phrase: mechanismPhrase,
      },
      {
        keyword: 'recipients', doc: doc('Sous-traitants ultérieurs destinataires.', 'Receiving sub-processors.'), args: [value('items', t.ref('subprocessor'), { list: true })], cardinality: 'one', example: 'recipients ninja',
        phrase: ph('au profit de {items}', 'for the benefit of {items}'),
      },
      {
        ...oneEnum('tia', 'Analyse d’impact du transfert réalisée.', 'Transfer impact assessment carried out.', yesNo, 'tia yes'),
        phrase: ph('{if value is yes}le Prestataire a réalisé une analyse d’impact de ce transfert, qu’il tient à la disposition du Client{end}{if value is no}aucune analyse d’impact de ce transfert n’a été réalisée{end}', '{if value is yes}the Provider has carried out a transfer impact assessment, which it makes available to the Client{end}{if value is no}no transfer impact assessment has been carried out{end}'),
      },
      {
        ...text('measures', 'Mesures supplémentaires (chiffrement, pseudonymisation…), en minuscule : elles suivent un deux-points.', 'Supplementary measures (encryption, pseudonymisation…), in lower case: they follow a colon.', 'measures "chiffrement de bout en bout, clés détenues dans l’UE" "end-to-end encryption, keys held in the EU"'),
        phrase: ph('des mesures supplémentaires protègent ce transfert : {text}', 'supplementary measures protect the transfer: {text}'),
      },
    ],
  },
};

export const personalData: StatementSpec = {
  keyword: 'personal_data',
  doc: doc(
    'Traitement de données personnelles pour le compte du client : accord de sous-traitance (RGPD art. 28 / LPD art. 9).',
    'Processing of personal data on behalf of the client: processing agreement (GDPR art. 28 / Swiss FADP art. 9).',
  ),
  legalBasis: 'RGPD art. 28, 32–36; LPD (RS 235.1) art. 8, 9, 16–17, 22, 24; OPDo art. 1–6; Lignes directrices CEPD 07/2020',
  args: [], cardinality: 'one', blockRequired: true,
  example: 'personal_data { subject_matter workstations, mail; purposes it_maintenance }',
  block: {
    statements: [
      {
        ...oneEnum('processing', 'Le prestataire traite-t-il des données personnelles pour le client ? (toujours oui pour la télémaintenance des postes ou de la messagerie)', 'Does the provider process personal data for the client? (always yes for remote maintenance of workstations or mail)', yesNo, 'processing yes'),
        phrase: ph(
          '{if value is yes}dans l’exécution du Contrat, le Prestataire traite des données {if law is CH}personnelles{else}à caractère personnel{end} pour le compte du Client{end}{if value is no}le Prestataire ne traite aucune donnée {if law is CH}personnelle{else}à caractère personnel{end} pour le compte du Client ; s’il venait à en traiter, les Parties concluraient au préalable l’accord prévu {if law is CH}à l’article 9 LPD{else}à l’article 28 du RGPD{end}{end}',
          '{if value is yes}in performing the Contract, the Provider processes personal data on behalf of the Client{end}{if value is no}the Provider processes no personal data on behalf of the Client; should it come to do so, the Parties would first enter into the agreement required by {if law is CH}article 9 FADP{else}GDPR article 28{end}{end}',
        ),
      },
      {
        ...enumList('subjects_location', 'Où se trouvent les personnes concernées.', 'Where the data subjects are.', t.enum([
          ev('eu', 'dans l’Union européenne', 'in the European Union'),
          ev('ch', 'en Suisse', 'in Switzerland'),
          ev('other', 'ailleurs', 'elsewhere', { fr: 'dans d’autres États', en: 'in other States' }),
        ]), 'subjects_location eu', 'RGPD art. 3; LPD art. 3'),
        phrase: ph('les personnes concernées se trouvent {items}', 'the data subjects are {items}'),
      },
      {
        ...enumList('form', 'Forme de l’accord (écrite, y compris électronique).', 'Form of the agreement (written, including electronic).', t.enum([
          ev('written', 'écrite', 'written'),
          ev('electronic', 'électronique', 'electronic'),
        ]), 'form written, electronic', 'RGPD art. 28(9)'),
        phrase: ph(
          '{if items is written}par écrit{if items is electronic}, y compris sous forme électronique{end}{else}sous forme électronique{end}',
          '{if items is written}in writing{if items is electronic}, including in electronic form{end}{else}in electronic form{end}',
        ),
      },
      {
        ...enumList('subject_matter', 'Objet du traitement : périmètre du SI concerné.', 'Subject-matter of the processing: the part of the IS concerned.', t.enum([
          ev('workstations', 'postes de travail', 'workstations', { fr: 'les postes de travail', en: 'workstations' }),
          ev('servers', 'serveurs', 'servers', { fr: 'les serveurs', en: 'servers' }),
          ev('mail', 'messagerie', 'e-mail', { fr: 'la messagerie', en: 'e-mail system' }),
          ev('file_shares', 'partages de fichiers', 'file shares', { fr: 'les partages de fichiers', en: 'file shares' }),
          ev('backup', 'sauvegardes', 'backups', { fr: 'les sauvegardes', en: 'backups' }),
          ev('business_apps', 'applications métier', 'business applications', { fr: 'les applications métier', en: 'business applications' }),
          ev('network', 'réseau et sécurité', 'network and security', { fr: 'les équipements de réseau et de sécurité', en: 'network and security devices' }),
          ev('hosting', 'hébergement', 'hosting', { fr: 'les serveurs et services hébergés par le Prestataire', en: 'servers and services hosted by the Provider' }),
          ev('helpdesk', 'assistance aux utilisateurs', 'user support', { fr: 'les demandes d’assistance des utilisateurs', en: 'users’ support requests' }),
        ]), 'subject_matter workstations, servers, mail', 'RGPD art. 28(3)'),
        phrase: ph('le traitement porte sur les données {if law is CH}personnelles{else}à caractère personnel{end} contenues dans {items} du Client', 'the processing covers the personal data held in the Client’s {items}'),
      },
      {
        keyword: 'duration', doc: doc('Durée du traitement.', 'Duration of the processing.'), legalBasis: 'RGPD art. 28(3)',
        args: [opt('until', t.enum([
          ev('contract_term', 'durée du contrat', 'term of the contract'),
          ev('contract_and_reversibility', 'durée du contrat et de la réversibilité', 'term of the contract and of the reversibility'),
        ])), opt('period', t.duration())],
        cardinality: 'one', example: 'duration contract_and_reversibility',
        phrase: ph(
          'il dure {if until is contract_term}aussi longtemps que le Contrat{end}{if until is contract_and_reversibility}aussi longtemps que le Contrat et, le cas échéant, les opérations de réversibilité{end}{if period}{if until}, dans la limite de {period|spelled}{else}{period|spelled}{end}{end}',
          'it lasts {if until is contract_term}as long as the Contract{end}{if until is contract_and_reversibility}as long as the Contract and, where applicable, the reversibility operations{end}{if period}{if until}, up to {period|spelled}{else}{period|spelled}{end}{end}',
        ),
      },
      {
        ...enumList('nature', 'Nature des opérations de traitement.', 'Nature of the processing operations.', t.enum([
          ev('hosting', 'hébergement', 'hosting', { fr: 'l’hébergement', en: 'hosting' }),
          ev('storage', 'conservation', 'storage', { fr: 'la conservation', en: 'storage' }),
          ev('consultation', 'consultation', 'consultation', { fr: 'la consultation', en: 'consultation' }),
          ev('remote_access', 'accès à distance', 'remote access', { fr: 'l’accès à distance', en: 'remote access' }),
          ev('modification', 'modification', 'modification', { fr: 'la modification', en: 'modification' }),
          ev('backup', 'sauvegarde', 'backup', { fr: 'la sauvegarde', en: 'backup' }),
          ev('restoration', 'restauration', 'restoration', { fr: 'la restauration', en: 'restoration' }),
          ev('migration', 'migration', 'migration', { fr: 'la migration', en: 'migration' }),
          ev('transfer', 'transfert', 'transfer', { fr: 'le transfert', en: 'transfer' }),
          ev('deletion', 'effacement et destruction', 'erasure and destruction', { fr: 'l’effacement définitif', en: 'permanent erasure' }),
        ]), 'nature remote_access, backup, restoration', 'RGPD art. 28(3)'),
        phrase: ph('les opérations effectuées sont {items} des données', 'the operations carried out are {items} of the data'),
      },
      {
        ...enumList('purposes', 'Finalités du traitement.', 'Purposes of the processing.', t.enum([
          ev('it_maintenance', 'maintien en condition opérationnelle du SI', 'keeping the IS operational', { fr: 'maintenir le système d’information en condition opérationnelle', en: 'keep the information system in working order' }),
          ev('user_support', 'assistance aux utilisateurs', 'user support', { fr: 'assister les utilisateurs', en: 'assist the users' }),
          ev('backup', 'sauvegarde et restauration', 'backup and restoration', { fr: 'sauvegarder et restaurer les données', en: 'back up and restore the data' }),
          ev('hosting', 'hébergement', 'hosting', { fr: 'héberger les applications et les données', en: 'host the applications and the data' }),
          ev('security', 'sécurité du SI', 'IS security', { fr: 'assurer la sécurité du système d’information', en: 'secure the information system' }),
          ev('supervision', 'supervision', 'monitoring', { fr: 'superviser les équipements et les services', en: 'monitor the equipment and services' }),
          ev('migration', 'migration', 'migration', { fr: 'migrer les données', en: 'migrate the data' }),
        ]), 'purposes it_maintenance, user_support, backup', 'RGPD art. 28(3); LPD art. 9 al. 1 let. a'),
        phrase: ph('elles n’ont d’autre finalité que de {items}', 'their sole purposes are to {items}'),
      },
      {
        ...enumList('data_types', 'Types de données personnelles (le numéro national d’identification propre à chaque droit : NIR en France, NISS en Belgique, numéro AVS en Suisse).', 'Types of personal data (each country’s national identification number: NIR in France, NISS in Belgium, AHV number in Switzerland).', t.enum([
          ev('identity', 'état civil, identité', 'identity', { fr: 'des données d’identification', en: 'identification data' }),
          ev('contact', 'coordonnées', 'contact details', { fr: 'des coordonnées', en: 'contact details' }),
          ev('professional', 'vie professionnelle', 'professional life', { fr: 'des données relatives à la vie professionnelle', en: 'information on professional life' }),
          ev('connection_logs', 'données de connexion et journaux', 'connection data and logs', { fr: 'des données de connexion et des journaux', en: 'connection data and logs' }),
          ev('correspondence', 'correspondances (courriels)', 'correspondence (e-mails)', { fr: 'des correspondances électroniques', en: 'electronic correspondence' }),
          ev('documents', 'contenu des documents et fichiers', 'content of documents and files', { fr: 'le contenu des documents et des fichiers', en: 'the content of documents and files' }),
          ev('financial', 'données économiques et financières', 'economic and financial data', { fr: 'des données économiques et financières', en: 'economic and financial data' }),
          ev('health', 'données de santé (catégorie particulière)', 'health data (special category)', { fr: 'des données concernant la santé', en: 'data concerning health' }),
          ev('judicial', 'données relatives aux infractions', 'data relating to offences', { fr: 'des données relatives aux condamnations pénales et aux infractions', en: 'data relating to criminal convictions and offences' }),
          ev('identifiers', 'numéros d’identification', 'identification numbers', { fr: 'des numéros d’identification', en: 'identification numbers' }),
          ev('nir', 'numéro d’inscription au répertoire (NIR, France)', 'French national identification number (NIR)', { fr: 'le numéro d’inscription au répertoire national d’identification des personnes physiques (NIR)', en: 'the French national identification number (NIR)' }),
          ev('niss', 'numéro de registre national ou NISS (Belgique)', 'Belgian national register number (NISS)', { fr: 'le numéro de registre national ou numéro d’identification de la sécurité sociale (NISS)', en: 'the Belgian national register number or social-security identification number (NISS)' }),
          ev('avs', 'numéro AVS (Suisse)', 'Swiss AHV number', { fr: 'le numéro d’assuré AVS', en: 'the Swiss social-security (AHV) number' }),
        ]), 'data_types identity, contact, connection_logs, correspondence', 'RGPD art. 28(3), 9, 10, 87; LPD art. 5 let. c'),
        phrase: ph('les données traitées comprennent {items}', 'the data processed include {items}'),
      },
      {
        ...enumList('data_subjects', 'Catégories de personnes concernées.', 'Categories of data subjects.', t.enum([
          ev('employees', 'salariés et collaborateurs', 'employees and staff', { fr: 'les salariés et collaborateurs', en: 'employees and staff' }),
          ev('clients', 'clients', 'customers', { fr: 'les clients', en: 'customers' }),
          ev('prospects', 'prospects', 'prospects', { fr: 'les prospects', en: 'prospects' }),
          ev('suppliers', 'fournisseurs', 'suppliers', { fr: 'les fournisseurs', en: 'suppliers' }),
          ev('patients', 'patients', 'patients', { fr: 'les patients', en: 'patients' }),
          ev('partners', 'partenaires', 'partners', { fr: 'les partenaires', en: 'partners' }),
          ev('visitors', 'visiteurs', 'visitors', { fr: 'les visiteurs', en: 'visitors' }),
        ]), 'data_subjects employees, clients', 'RGPD art. 28(3)'),
        phrase: ph('les personnes concernées sont {items} du Client', 'the data subjects are the Client’s {items}'),
      },
      controllerBlock,
      {
        ...enumList('location', 'Pays où le prestataire traite ou héberge les données.', 'Countries where the provider processes or hosts the data.', countries, 'location FR', 'RGPD art. 44; LPD art. 16'),
        phrase: ph('le Prestataire traite et héberge les données {items|in}', 'the Provider processes and hosts the data {items|in}'),
      },
      {
        keyword: 'instructions', doc: doc('(a) Traitement sur instruction documentée du client, y compris pour les transferts.', '(a) Processing only on the controller’s documented instructions, including transfers.'),
        legalBasis: 'RGPD art. 28(3)(a); LPD art. 9 al. 1 let. a', args: [], cardinality: 'one', blockRequired: true,
        example: 'instructions { channel contract, ticket; legal_requirement inform_beforehand }',
        block: {
          statements: [
            channel,
            {
              ...oneEnum('legal_requirement', 'Si le droit impose un traitement, le client en est informé au préalable.', 'If law requires a processing, the controller is informed beforehand.', t.enum([
                ev('inform_beforehand', 'information préalable du client, sauf interdiction légale', 'prior information of the controller unless legally prohibited'),
              ]), 'legal_requirement inform_beforehand'),
              phrase: ph(
                '{if value is inform_beforehand}lorsque {if law is CH}le droit suisse{else}le droit de l’Union ou le droit de l’État membre auquel il est soumis{end} l’oblige à procéder à un traitement, le Prestataire en informe le Client avant ce traitement, sauf si ce droit l’interdit{if law is CH}{else} pour des motifs importants d’intérêt public{end}{end}',
                '{if value is inform_beforehand}where {if law is CH}Swiss law{else}Union or Member State law to which it is subject{end} requires the Provider to process the data, it informs the Client before processing, unless that law prohibits such information{if law is CH}{else} on important grounds of public interest{end}{end}',
              ),
            },
          ],
        },
      },
      {
        keyword: 'staff_confidentiality', doc: doc('(b) Personnes autorisées soumises à la confidentialité.', '(b) Authorised persons bound by confidentiality.'),
        legalBasis: 'RGPD art. 28(3)(b); LPD art. 8', args: [], cardinality: 'one', blockRequired: true,
        example: 'staff_confidentiality { means employment_contract, signed_undertaking; training yearly }',
        block: {
          statements: [
            {
              ...enumList('means', 'Comment la confidentialité est imposée.', 'How confidentiality is imposed.', t.enum([
                ev('employment_contract', 'clause du contrat de travail', 'employment-contract clause', { fr: 'd’une clause de leur contrat de travail', en: 'a clause of their employment contract' }),
                ev('signed_undertaking', 'engagement individuel signé', 'signed individual undertaking', { fr: 'd’un engagement individuel signé', en: 'a signed individual undertaking' }),
                ev('statutory', 'obligation légale de secret', 'statutory secrecy obligation', { fr: 'de l’obligation légale de secret à laquelle elles sont tenues', en: 'the statutory secrecy obligation they are bound by' }),
                ev('it_charter', 'charte informatique opposable', 'binding IT charter', { fr: 'd’une charte informatique qui leur est opposable', en: 'an IT charter binding on them' }),
              ]), 'means employment_contract, signed_undertaking'),
              phrase: ph('au moyen {items}', 'by means of {items}'),
            },
            {
              ...oneEnum('training', 'Fréquence de sensibilisation du personnel.', 'Frequency of staff awareness training.', every, 'training yearly'),
              phrase: ph('les sensibilise à la protection des données {value}', 'gives them data-protection awareness training {value}'),
            },
          ],
        },
      },
      {
        keyword: 'security', doc: doc('(c) Mesures de sécurité de l’art. 32 RGPD (art. 8 LPD et 1 à 6 OPDo) ; détaillées dans l’annexe de sécurité quand le contrat a un bloc `security`.', '(c) Security measures of GDPR art. 32 (FADP art. 8 and DPO art. 1–6); detailed in the security annex when the contract has a `security` block.'),
        legalBasis: 'RGPD art. 28(3)(c), 32; LPD art. 8; OPDo art. 1–6', args: [], cardinality: 'one', blockRequired: true,
        example: 'security { measures mfa, encryption_at_rest, backups, patching, access_control, logging; review yearly }',
        block: {
          statements: [
            {
              ...enumList('measures', 'Mesures techniques et organisationnelles.', 'Technical and organisational measures.', t.enum([
                ev('mfa', 'authentification multifacteur', 'multi-factor authentication', { fr: 'l’authentification multifacteur des accès', en: 'multi-factor authentication of access' }),
                ev('encryption_at_rest', 'chiffrement au repos', 'encryption at rest', { fr: 'le chiffrement des données au repos', en: 'encryption of data at rest' }),
                ev('encryption_in_transit', 'chiffrement en transit', 'encryption in transit', { fr: 'le chiffrement des données en transit', en: 'encryption of data in transit' }),
                ev('pseudonymisation', 'pseudonymisation', 'pseudonymisation', { fr: 'la pseudonymisation des données lorsque la finalité le permet', en: 'pseudonymisation of the data where the purpose allows' }),
                ev('access_control', 'contrôle des accès et moindre privilège', 'access control and least privilege', { fr: 'le contrôle des accès selon le principe du moindre privilège', en: 'access control on the least-privilege principle' }),
                ev('logging', 'journalisation des accès', 'access logging', { fr: 'la journalisation des accès', en: 'logging of access' }),
                ev('backups', 'sauvegardes testées', 'tested backups', { fr: 'des sauvegardes dont la restauration est régulièrement testée', en: 'backups whose restoration is regularly tested' }),
                ev('patching', 'mises à jour de sécurité', 'security patching', { fr: 'l’application des mises à jour de sécurité', en: 'application of security updates' }),
                ev('endpoint_protection', 'protection des postes (EDR, antivirus)', 'endpoint protection (EDR, antivirus)', { fr: 'la protection des postes et serveurs (EDR, antivirus)', en: 'protection of workstations and servers (EDR, antivirus)' }),
                ev('physical', 'sécurité physique', 'physical security', { fr: 'la sécurité physique des locaux et des équipements', en: 'physical security of premises and equipment' }),
                ev('incident_response', 'procédure de gestion des incidents', 'incident-response procedure', { fr: 'une procédure de gestion des incidents de sécurité', en: 'a security-incident response procedure' }),
              ]), 'measures mfa, encryption_at_rest, backups'),
              phrase: ph('{items}', '{items}'),
            },
            {
              ...oneEnum('review', 'Fréquence de revue des mesures.', 'Frequency of review of the measures.', every, 'review yearly'),
              phrase: ph('il les réexamine {value} et chaque fois qu’une évolution du système d’information ou de la menace le justifie', 'it reviews them {value} and whenever a change in the information system or in the threat so requires'),
            },
          ],
        },
      },
      subprocessors,
      {
        keyword: 'assist_rights', doc: doc('(e) Aide au client pour répondre aux demandes d’exercice des droits.', '(e) Assistance with data-subject rights requests.'),
        legalBasis: 'RGPD art. 28(3)(e), 12–22; LPD art. 25–29', args: [], cardinality: 'one', blockRequired: true,
        example: 'assist_rights { within 5 business_days; forward_requests yes }',
        block: {
          statements: [
            deadline('Délai d’assistance après la demande du client.', 'Time to assist after the controller’s request.', 'within 5 business_days', ph('à compter de la demande du Client', 'of the Client’s request')),
            {
              ...oneEnum('forward_requests', 'Les demandes reçues directement sont transmises au client.', 'Requests received directly are forwarded to the controller.', yesNo, 'forward_requests yes'),
              phrase: ph(
                '{if value is yes}il transmet sans délai au Client toute demande qu’il reçoit directement d’une personne concernée, sans y donner suite lui-même{end}{if value is no}il invite toute personne concernée qui le saisit directement à adresser sa demande au Client{end}',
                '{if value is yes}it forwards to the Client without delay any request it receives directly from a data subject, without acting on it itself{end}{if value is no}it invites any data subject who contacts it directly to address the request to the Client{end}',
              ),
            },
          ],
        },
      },
      {
        keyword: 'assist_compliance', doc: doc('(f) Aide au client pour la sécurité, les violations, l’AIPD et la consultation préalable (RGPD art. 32–36 ; LPD art. 8, 22–24).', '(f) Assistance with security, breaches, DPIA and prior consultation (GDPR art. 32–36; FADP art. 8, 22–24).'),
        legalBasis: 'RGPD art. 28(3)(f), 32–36; LPD art. 8, 22–24', args: [], cardinality: 'one', blockRequired: true,
        example: 'assist_compliance { covers security, breach, dpia, prior_consultation; within 10 business_days }',
        block: {
          statements: [
            {
              ...enumList('covers', 'Obligations pour lesquelles le prestataire apporte son aide.', 'Obligations the provider assists with.', t.enum([
                ev('security', 'sécurité du traitement (art. 32)', 'security of processing (art. 32)', { fr: 'la sécurité du traitement', en: 'the security of processing' }),
                ev('breach', 'notification des violations (art. 33–34)', 'breach notification (art. 33–34)', { fr: 'l’annonce des violations de données à l’autorité et leur communication aux personnes concernées', en: 'the notification of data breaches to the authority and their communication to the data subjects' }),
                ev('dpia', 'analyse d’impact (art. 35)', 'impact assessment (art. 35)', { fr: 'l’analyse d’impact relative à la protection des données', en: 'the data-protection impact assessment' }),
                ev('prior_consultation', 'consultation préalable (art. 36)', 'prior consultation (art. 36)', { fr: 'la consultation préalable de l’autorité de protection des données', en: 'the prior consultation of the data-protection authority' }),
              ]), 'covers security, breach, dpia, prior_consultation'),
              phrase: ph('en particulier pour {items}', 'in particular with {items}'),
            },
            deadline('Délai de réponse aux demandes d’assistance.', 'Response time to assistance requests.', 'within 10 business_days', ph('à compter de la demande du Client', 'of the Client’s request')),
            {
              ...oneEnum('billing', 'Prise en charge du coût de l’assistance.', 'Who bears the cost of assistance.', t.enum([
                ev('included', 'inclus dans la redevance', 'included in the fee'),
                ev('rate_card', 'selon le tarif en vigueur', 'at the current rate card'),
              ]), 'billing included'),
              phrase: ph(
                'cette assistance étant {if value is included}comprise dans la redevance{end}{if value is rate_card}facturée selon le barème de l’{ref annex_price}{end}',
                'that assistance being {if value is included}included in the fee{end}{if value is rate_card}invoiced at the rates of {ref annex_price}{end}',
              ),
            },
          ],
        },
      },
      {
        keyword: 'audits', doc: doc('(h) Informations et audits : préavis, fréquence, auditeur, coût.', '(h) Information and audits: notice, frequency, auditor, cost.'),
        legalBasis: 'RGPD art. 28(3)(h); LPD art. 9 al. 2', args: [], cardinality: 'one', blockRequired: true,
        example: 'audits { notice 30 days; frequency yearly; by client, mandated_auditor }',
        block: {
          statements: [
            {
              keyword: 'notice', doc: doc('Préavis avant un audit.', 'Notice before an audit.'), args: [value('duration', t.duration())], cardinality: 'one', example: 'notice 30 days',
              phrase: ph('moyennant un préavis de {duration|spelled}', 'on {duration|spelled}’ notice'),
            },
            {
              ...oneEnum('frequency', 'Fréquence maximale des audits (hors audit après incident).', 'Maximum frequency of audits (besides post-incident audits).', every, 'frequency yearly'),
              phrase: (() => { const p = atMost('un audit', 'audit'); return ph(`${p.fr}, hors audit consécutif à une violation de données`, `${p.en}, besides any audit following a data breach`); })(),
            },
            {
              ...enumList('by', 'Qui peut auditer.', 'Who may audit.', t.enum([
                ev('client', 'le client', 'the client', { fr: 'le Client', en: 'the Client' }),
                ev('mandated_auditor', 'un auditeur mandaté par le client', 'an auditor mandated by the client', { fr: 'un auditeur qu’il a mandaté', en: 'an auditor it has appointed' }),
                ev('authority', 'l’autorité de contrôle', 'the supervisory authority'),
              ]), 'by client, mandated_auditor'),
              phrase: ph('par {items|or}', 'by {items|or}'),
            },
            {
              ...oneEnum('cost', 'Qui supporte le coût de l’audit.', 'Who bears the cost of the audit.', t.enum([
                ev('client', 'le client', 'the client'),
                ev('provider', 'le prestataire', 'the provider'),
                ev('shared', 'partagé à parts égales', 'shared equally'),
              ]), 'cost client'),
              phrase: ph(
                'le coût de l’audit {if value is client}étant à la charge du Client{end}{if value is provider}étant à la charge du Prestataire{end}{if value is shared}étant partagé à parts égales entre les Parties{end}',
                'the cost of the audit {if value is client}being borne by the Client{end}{if value is provider}being borne by the Provider{end}{if value is shared}being shared equally between the Parties{end}',
              ),
            },
          ],
        },
      },
      {
        keyword: 'infringing_instruction', doc: doc('Information immédiate du client si une instruction paraît contraire au droit.', 'Immediate information of the controller if an instruction appears to infringe the law.'),
        legalBasis: 'RGPD art. 28(3), dernière phrase', args: [], cardinality: 'one', blockRequired: true,
        example: 'infringing_instruction { notify within 1 business_day; suspend yes }',
        block: {
          statements: [
            {
              keyword: 'notify', doc: doc('Délai d’information du client.', 'Time to inform the controller.'), args: [word('within', true), value('duration', t.duration())], cardinality: 'one', example: 'notify within 1 business_day',
              phrase: ph('au plus tard dans un délai de {duration|spelled}', 'at the latest within {duration|spelled}'),
            },
            {
              ...oneEnum('suspend', 'Le prestataire peut suspendre l’exécution de l’instruction.', 'The provider may suspend executing the instruction.', yesNo, 'suspend yes'),
              phrase: ph(
                '{if value is yes}il peut alors suspendre l’exécution de cette instruction jusqu’à ce que le Client la confirme ou la modifie par écrit{end}{if value is no}cette information ne suspend pas l’exécution de l’instruction{end}',
                '{if value is yes}it may then suspend carrying out that instruction until the Client confirms or amends it in writing{end}{if value is no}that information does not suspend carrying out the instruction{end}',
              ),
            },
          ],
        },
      },
      {
        keyword: 'breach_notification', doc: doc('Notification des violations de données au client, en heures.', 'Notification of personal-data breaches to the controller, in hours.'),
        legalBasis: 'RGPD art. 33(2); LPD art. 24 al. 3', args: [], cardinality: 'one', blockRequired: true,
        example: 'breach_notification { within 24 h; channel phone, email }',
        block: {
          statements: [
            {
              ...within('Délai maximal de notification au client après la découverte, en heures.', 'Maximum time to notify the controller after discovery, in hours.', 'within 24 h', HOURS),
              phrase: ph('au plus tard dans un délai de {duration|spelled}', 'at the latest within {duration|spelled}'),
            },
            {
              ...enumList('channel', 'Moyens de notification.', 'Notification channels.', t.enum([
                ev('phone', 'téléphone', 'phone', { fr: 'par téléphone', en: 'by telephone' }),
                ev('email', 'courriel', 'e-mail', { fr: 'par courriel', en: 'by e-mail' }),
                ev('portal', 'portail', 'portal', { fr: 'par le portail de support', en: 'through the support portal' }),
              ]), 'channel phone, email'),
              phrase: ph('{items}', '{items}'),
            },
            {
              ...enumList('content', 'Informations fournies.', 'Information supplied.', t.enum([
                ev('nature', 'nature de la violation', 'nature of the breach', { fr: 'la nature de la violation', en: 'the nature of the breach' }),
                ev('categories', 'catégories et nombre de personnes et d’enregistrements', 'categories and number of subjects and records', { fr: 'les catégories et le nombre approximatif de personnes concernées et d’enregistrements de données concernés', en: 'the categories and approximate number of data subjects and of records concerned' }),
                ev('consequences', 'conséquences probables', 'likely consequences', { fr: 'les conséquences probables de la violation', en: 'the likely consequences of the breach' }),
                ev('measures', 'mesures prises ou proposées', 'measures taken or proposed', { fr: 'les mesures prises ou proposées pour y remédier et en atténuer les effets', en: 'the measures taken or proposed to address it and mitigate its effects' }),
                ev('contact', 'point de contact', 'contact point', { fr: 'les coordonnées d’un point de contact', en: 'the contact details of a contact point' }),
              ]), 'content nature, categories, consequences, measures, contact', 'RGPD art. 33(3)'),
              phrase: ph('la notification indique {items}', 'the notification states {items}'),
            },
          ],
        },
      },
      transfer,
    ],
  },
};
