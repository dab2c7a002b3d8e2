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

export const noticeForms: ValueType = t.enum([
  ev('registered_letter', 'lettre recommandée avec accusé de réception', 'registered letter with acknowledgement of receipt'),
  ev('email_ack', 'courriel avec accusé de réception', 'e-mail with acknowledgement of receipt'),
  ev('signed_pdf', 'document PDF signé électroniquement', 'electronically signed PDF'),
  ev('hand_delivery', 'remise en main propre contre décharge', 'hand delivery against receipt'),
]);

export const whoMay: ValueType = t.enum([
  ev('both', 'chacune des parties', 'either party'),
  ev('client', 'le client', 'the client'),
  ev('provider', 'le prestataire', 'the provider'),
]);

export const noticeDoc = doc('Préavis à respecter.', 'Notice period to respect.');
