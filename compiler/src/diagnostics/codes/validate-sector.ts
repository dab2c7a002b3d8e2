// Catalogue band IG4190–IG4199: validity checks of personal data, security and sector profiles
// (identifiers per law, the security annex, health-data hosting, DORA locations). Emitted by
// model/checks/sector/validate.ts.
import { defineCode } from '../catalogue.ts';

const q = (s: string): string => `« ${s} »`;
const dq = (s: string): string => `"${s}"`;

export const foreignIdentifier = defineCode<{ found: string; law: string; expected: string }>({
  code: 'IG4190',
  severity: 'warning',
  rule: 'data.gdpr-dpa',
  title: { fr: 'Numéro d’identification d’un autre pays', en: 'Identification number of another country' },
  message: {
    fr: (a) => `Le type de données ${q(a.found)} est le numéro d’identification national d’un autre pays que celui du droit applicable (${a.law}) : écrivez ${q(a.expected)}.`,
    en: (a) => `Data type ${dq(a.found)} is the national identification number of another country than that of the governing law (${a.law}): write ${dq(a.expected)}.`,
  },
  doc: {
    explanation: {
      fr: 'Chaque pays a son numéro national d’identification des personnes, dont l’usage est encadré par sa loi : le NIR en France (décret n° 2019-341 du 19 avril 2019), le numéro de registre national ou NISS en Belgique (loi du 8 août 1983), le numéro AVS en Suisse (LAVS art. 153b ss). Citer le NIR ou le numéro AVS dans un contrat belge ne désigne aucune donnée réellement traitée.',
      en: 'Each country has its own national identification number, whose use its law regulates: the NIR in France (decree no. 2019-341 of 19 April 2019), the national register number or NISS in Belgium (law of 8 August 1983), the AHV number in Switzerland (AHVA art. 153b ff.). Citing the NIR or the AHV number in a Belgian contract designates no data actually processed.',
    },
    legalBasis: 'FR: décret n° 2019-341; BE: loi du 8 août 1983 organisant un registre national des personnes physiques; CH: LAVS art. 153b ss',
    example: 'law BE\npersonal_data {\n  data_types identity, nir\n}',
    fixed: 'law BE\npersonal_data {\n  data_types identity, niss\n}',
  },
});

export const securityAnnexMissing = defineCode<Record<string, never>>({
  code: 'IG4191',
  severity: 'error',
  rule: 'security.annex',
  title: { fr: 'Annexe de sécurité annoncée mais absente', en: 'Security annex announced but absent' },
  message: {
    fr: () => 'Le contrat annonce une annexe de sécurité (« security_annex yes ») mais ne la contient pas : ajoutez un bloc « security { … } », qui est imprimé comme cette annexe, ou écrivez « security_annex no ».',
    en: () => 'The contract announces a security annex ("security_annex yes") but does not contain it: add a "security { … }" block, which is printed as that annex, or write "security_annex no".',
  },
  doc: {
    explanation: {
      fr: 'Une annexe citée mais absente importe dans le contrat des obligations que personne n’a lues ; le bloc `security` est imprimé comme l’annexe de sécurité, avec les mesures de `personal_data { security }`.',
      en: 'An annex cited but absent imports obligations nobody has read; the `security` block is printed as the security annex, with the measures of `personal_data { security }`.',
    },
    legalBasis: 'C. civ. 1119; Directive (UE) 2022/2555 art. 21(2)(d)',
    example: 'nis2 {\n  client_status important\n  security_annex yes\n}',
    fixed: 'nis2 {\n  client_status important\n  security_annex yes\n}\nsecurity {\n  audit { by client; notice 30 days; frequency yearly }\n}',
  },
});

export const hdsOutsideEea = defineCode<{ country: string }>({
  code: 'IG4192',
  severity: 'error',
  rule: 'sector.health-hosting',
  title: { fr: 'Données de santé hébergées hors de l’EEE', en: 'Health data hosted outside the EEA' },
  message: {
    fr: (a) => `Hébergement de données de santé en ${q(a.country)} : le référentiel de certification HDS impose un hébergement dans l’Espace économique européen. Choisissez un lieu d’hébergement dans l’EEE.`,
    en: (a) => `Health data hosted in ${dq(a.country)}: the HDS certification framework requires hosting in the European Economic Area. Choose a hosting location in the EEA.`,
  },
  doc: {
    explanation: {
      fr: 'Depuis le référentiel approuvé par l’arrêté du 26 avril 2024, les données de santé hébergées par un hébergeur certifié sont stockées dans l’Espace économique européen.',
      en: 'Since the framework approved by the order of 26 April 2024, health data hosted by a certified hoster are stored in the European Economic Area.',
    },
    legalBasis: 'CSP L1111-8, R1111-11 3°; arrêté du 26 avril 2024',
    example: 'sector physician {\n  health_hosting { location US }\n}',
    fixed: 'sector physician {\n  health_hosting { location FR }\n}',
  },
});

export const hdsCertificateDates = defineCode<{ issued: string; renewal: string; start: string }>({
  code: 'IG4193',
  severity: 'error',
  rule: 'sector.health-hosting',
  title: { fr: 'Certificat HDS non valable', en: 'HDS certificate not valid' },
  message: {
    fr: (a) => a.renewal <= a.issued
      ? `Certificat HDS renouvelable le ${a.renewal} mais délivré le ${a.issued} : la date de renouvellement doit suivre la date de délivrance.`
      : `Certificat HDS à renouveler le ${a.renewal}, avant le début des prestations (${a.start}) : il n’est plus valable quand l’hébergement commence. Indiquez le certificat en vigueur.`,
    en: (a) => a.renewal <= a.issued
      ? `HDS certificate renewable on ${a.renewal} but issued on ${a.issued}: the renewal date must follow the date of issue.`
      : `HDS certificate to be renewed on ${a.renewal}, before the services start (${a.start}): it is no longer valid when hosting begins. State the certificate in force.`,
  },
  doc: {
    explanation: {
      fr: 'Le contrat indique les dates de délivrance et de renouvellement du certificat (CSP R1111-11 1°) ; un certificat expiré au début des prestations ne couvre pas l’hébergement.',
      en: 'The contract states the certificate’s dates of issue and renewal (CSP R1111-11 1°); a certificate expired when the services start does not cover the hosting.',
    },
    legalBasis: 'CSP L1111-8 II, R1111-11 1°',
    example: 'term { effective 2027-01-01 }\nsector physician {\n  health_hosting { certificate { issued 2023-01-01; renewal 2026-01-01 } }\n}',
    fixed: 'term { effective 2027-01-01 }\nsector physician {\n  health_hosting { certificate { issued 2026-01-01; renewal 2029-01-01 } }\n}',
  },
});

export const hdsHosterNotHosting = defineCode<{ hoster: string }>({
  code: 'IG4194',
  severity: 'error',
  rule: 'sector.health-hosting',
  title: { fr: 'Hébergeur HDS sans service d’hébergement', en: 'HDS hoster without a hosting service' },
  message: {
    fr: (a) => `L’hébergeur ${q(a.hoster)} est un sous-traitant ultérieur qui ne fournit ni hébergement, ni centre de données, ni sauvegarde : ajoutez le service (« service hosting ») à sa déclaration ou nommez l’hébergeur réel.`,
    en: (a) => `Hoster ${dq(a.hoster)} is a sub-processor that provides no hosting, data centre or backup: add the service ("service hosting") to its declaration or name the actual hoster.`,
  },
  doc: {
    explanation: {
      fr: 'L’hébergeur certifié auquel le prestataire confie les données de santé est un sous-traitant ultérieur qui héberge : sa déclaration dans `personal_data { subprocessors }` le dit, pour que la liste des sous-traitants et le contrat d’hébergement concordent (CSP R1111-11 7°).',
      en: 'The certified hoster to which the provider entrusts the health data is a sub-processor that hosts: its declaration in `personal_data { subprocessors }` says so, so that the sub-processor list and the hosting contract agree (CSP R1111-11 7°).',
    },
    legalBasis: 'CSP R1111-11 7°; RGPD art. 28(2)',
    example: 'subprocessor ovh "OVH SAS" { country FR; service rmm }\nhoster ovh',
    fixed: 'subprocessor ovh "OVH SAS" { country FR; service hosting, datacenter }\nhoster ovh',
  },
});

export const doraLocationMissing = defineCode<{ country: string }>({
  code: 'IG4195',
  severity: 'warning',
  rule: 'sector.dora',
  title: { fr: 'Lieu de traitement absent des lieux DORA', en: 'Processing location missing from the DORA locations' },
  message: {
    fr: (a) => `Des données sont traitées en ${q(a.country)} (prestataire ou sous-traitant ultérieur) mais ce pays ne figure pas parmi les lieux déclarés au titre de DORA (« dora { locations … } »).`,
    en: (a) => `Data are processed in ${dq(a.country)} (provider or sub-processor) but that country is not among the locations declared under DORA ("dora { locations … }").`,
  },
  doc: {
    explanation: {
      fr: 'L’article 30, paragraphe 2, point b), de DORA exige d’indiquer tous les lieux où les services sont fournis et où les données sont traitées, stockage compris, y compris chez les sous-traitants.',
      en: 'Article 30(2)(b) of DORA requires stating every location where the services are provided and the data processed, storage included, subcontractors included.',
    },
    legalBasis: 'Règlement (UE) 2022/2554 art. 30(2)(b)',
    example: 'personal_data { location FR, DE }\nsector payment_institution { dora { locations FR } }',
    fixed: 'personal_data { location FR, DE }\nsector payment_institution { dora { locations FR, DE } }',
  },
});

export const profileOutsideLaw = defineCode<{ block: string; law: string }>({
  code: 'IG4196',
  severity: 'error',
  rule: 'sector.health-hosting',
  title: { fr: 'Profil sectoriel d’un autre droit', en: 'Sector profile of another law' },
  message: {
    fr: (a) => a.block === 'health_hosting'
      ? `« health_hosting » décrit la certification HDS du droit français ; il n’a pas d’équivalent en droit ${a.law === 'CH' ? 'suisse' : 'belge'}. Retirez ce bloc : les données de santé y relèvent de l’accord de sous-traitance et du secret professionnel.`
      : `« dora » met en œuvre un règlement de l’Union européenne ; sous droit suisse, vérifiez que le client y est soumis (entité financière établie dans l’Union) ou retirez ce bloc.`,
    en: (a) => a.block === 'health_hosting'
      ? `"health_hosting" describes the HDS certification of French law; it has no equivalent under ${a.law === 'CH' ? 'Swiss' : 'Belgian'} law. Remove the block: health data there fall under the processing agreement and professional secrecy.`
      : '"dora" implements an EU regulation; under Swiss law, check that the client is subject to it (a financial entity established in the Union) or remove the block.',
  },
  doc: {
    explanation: {
      fr: 'La certification HDS (CSP L1111-8) n’existe qu’en droit français : ses clauses imprimées sous droit belge ou suisse citeraient une loi étrangère au contrat (erreur). DORA est un règlement de l’Union, qui ne s’applique pas comme tel à une entité suisse (avertissement).',
      en: 'HDS certification (CSP L1111-8) exists only in French law: its clauses printed under Belgian or Swiss law would cite a law foreign to the contract (error). DORA is an EU regulation, which does not apply as such to a Swiss entity (warning).',
    },
    legalBasis: 'CSP L1111-8; Règlement (UE) 2022/2554 art. 2',
    example: 'law BE\nsector dentist {\n  health_hosting { role certified }\n}',
    fixed: 'law BE\nsector dentist {\n  secrecy { staff "Luc Dumont"; undertaking signed; access named_only }\n}',
  },
});
