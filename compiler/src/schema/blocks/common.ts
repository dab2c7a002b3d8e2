import { doc, ev, t } from '../value-types.ts';
import type { ValueType } from '../types.ts';

// Value types shared by several blocks.

export const yesNo: ValueType = t.enum([ev('yes', 'oui', 'yes'), ev('no', 'non', 'no')]);

export const lawValues: ValueType = t.enum([
  ev('FR', 'droit français', 'French law'),
  ev('CH', 'droit suisse', 'Swiss law'),
  ev('BE', 'droit belge', 'Belgian law'),
]);

export { countries } from './countries.ts';

export const languages: ValueType = t.enum([ev('fr', 'français', 'French'), ev('en', 'anglais', 'English')]);

// Forms of notice read after « par » / "by": « par lettre recommandée avec accusé de réception ».
export const noticeForms: ValueType = t.enum([
  ev('registered_letter', 'lettre recommandée avec accusé de réception', 'registered letter with acknowledgement of receipt'),
  ev('email_ack', 'courriel avec accusé de réception', 'e-mail with acknowledgement of receipt'),
  ev('signed_pdf', 'document PDF signé électroniquement', 'electronically signed PDF', { fr: 'document PDF signé électroniquement', en: 'electronically signed PDF document' }),
  ev('hand_delivery', 'remise en main propre contre décharge', 'hand delivery against receipt', { fr: 'remise en main propre contre décharge', en: 'hand delivery against a signed receipt' }),
]);

// Who may act, as the subject of a sentence: « Le Client peut… », « Chacune des Parties peut… ».
export const whoMay: ValueType = t.enum([
  ev('both', 'chacune des parties', 'either party', { fr: 'chacune des Parties', en: 'either Party' }),
  ev('client', 'le client', 'the client', { fr: 'le Client', en: 'the Client' }),
  ev('provider', 'le prestataire', 'the provider', { fr: 'le Prestataire', en: 'the Provider' }),
]);

export const noticeDoc = doc('Préavis à respecter.', 'Notice period to respect.');
