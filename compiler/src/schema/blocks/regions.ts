import { ev, t } from '../value-types.ts';
import type { EnumValue, ValueType } from '../types.ts';

// Subdivisions (ISO 3166-2) of the three countries served, as a contract names them: French
// departments, Swiss cantons, Belgian provinces and regions. The code is what the contract writes
// (`regions FR-69, CH-GE`); the text is how the document says it, article included, so a phrase reads
// « dans le département du Rhône (69) » / "in the Rhône department (69)". One table for the vocabulary.

// [code, French name with its preposition (« du Rhône », « de l’Ain », « de Vaucluse »), English name].
const FR_DEPARTMENTS: readonly (readonly [string, string, string])[] = [
  ['01', 'de l’Ain', 'Ain'], ['02', 'de l’Aisne', 'Aisne'], ['03', 'de l’Allier', 'Allier'],
  ['04', 'des Alpes-de-Haute-Provence', 'Alpes-de-Haute-Provence'], ['05', 'des Hautes-Alpes', 'Hautes-Alpes'],
  ['06', 'des Alpes-Maritimes', 'Alpes-Maritimes'], ['07', 'de l’Ardèche', 'Ardèche'], ['08', 'des Ardennes', 'Ardennes'],
  ['09', 'de l’Ariège', 'Ariège'], ['10', 'de l’Aube', 'Aube'], ['11', 'de l’Aude', 'Aude'], ['12', 'de l’Aveyron', 'Aveyron'],
  ['13', 'des Bouches-du-Rhône', 'Bouches-du-Rhône'], ['14', 'du Calvados', 'Calvados'], ['15', 'du Cantal', 'Cantal'],
  ['16', 'de la Charente', 'Charente'], ['17', 'de la Charente-Maritime', 'Charente-Maritime'], ['18', 'du Cher', 'Cher'],
  ['19', 'de la Corrèze', 'Corrèze'], ['2A', 'de la Corse-du-Sud', 'Corse-du-Sud'], ['2B', 'de la Haute-Corse', 'Haute-Corse'],
  ['21', 'de la Côte-d’Or', 'Côte-d’Or'], ['22', 'des Côtes-d’Armor', 'Côtes-d’Armor'], ['23', 'de la Creuse', 'Creuse'],
  ['24', 'de la Dordogne', 'Dordogne'], ['25', 'du Doubs', 'Doubs'], ['26', 'de la Drôme', 'Drôme'], ['27', 'de l’Eure', 'Eure'],
  ['28', 'd’Eure-et-Loir', 'Eure-et-Loir'], ['29', 'du Finistère', 'Finistère'], ['30', 'du Gard', 'Gard'],
  ['31', 'de la Haute-Garonne', 'Haute-Garonne'], ['32', 'du Gers', 'Gers'], ['33', 'de la Gironde', 'Gironde'],
  ['34', 'de l’Hérault', 'Hérault'], ['35', 'd’Ille-et-Vilaine', 'Ille-et-Vilaine'], ['36', 'de l’Indre', 'Indre'],
  ['37', 'd’Indre-et-Loire', 'Indre-et-Loire'], ['38', 'de l’Isère', 'Isère'], ['39', 'du Jura', 'Jura'], ['40', 'des Landes', 'Landes'],
  ['41', 'de Loir-et-Cher', 'Loir-et-Cher'], ['42', 'de la Loire', 'Loire'], ['43', 'de la Haute-Loire', 'Haute-Loire'],
  ['44', 'de la Loire-Atlantique', 'Loire-Atlantique'], ['45', 'du Loiret', 'Loiret'], ['46', 'du Lot', 'Lot'],
  ['47', 'de Lot-et-Garonne', 'Lot-et-Garonne'], ['48', 'de la Lozère', 'Lozère'], ['49', 'de Maine-et-Loire', 'Maine-et-Loire'],
  ['50', 'de la Manche', 'Manche'], ['51', 'de la Marne', 'Marne'], ['52', 'de la Haute-Marne', 'Haute-Marne'],
  ['53', 'de la Mayenne', 'Mayenne'], ['54', 'de Meurthe-et-Moselle', 'Meurthe-et-Moselle'], ['55', 'de la Meuse', 'Meuse'],
  ['56', 'du Morbihan', 'Morbihan'], ['57', 'de la Moselle', 'Moselle'], ['58', 'de la Nièvre', 'Nièvre'], ['59', 'du Nord', 'Nord'],
  ['60', 'de l’Oise', 'Oise'], ['61', 'de l’Orne', 'Orne'], ['62', 'du Pas-de-Calais', 'Pas-de-Calais'],
  ['63', 'du Puy-de-Dôme', 'Puy-de-Dôme'], ['64', 'des Pyrénées-Atlantiques', 'Pyrénées-Atlantiques'],
  ['65', 'des Hautes-Pyrénées', 'Hautes-Pyrénées'], ['66', 'des Pyrénées-Orientales', 'Pyrénées-Orientales'],
  ['67', 'du Bas-Rhin', 'Bas-Rhin'], ['68', 'du Haut-Rhin', 'Haut-Rhin'], ['69', 'du Rhône', 'Rhône'],
  ['70', 'de la Haute-Saône', 'Haute-Saône'], ['71', 'de Saône-et-Loire', 'Saône-et-Loire'], ['72', 'de la Sarthe', 'Sarthe'],
  ['73', 'de la Savoie', 'Savoie'], ['74', 'de la Haute-Savoie', 'Haute-Savoie'], ['75', 'de Paris', 'Paris'],
  ['76', 'de la Seine-Maritime', 'Seine-Maritime'], ['77', 'de Seine-et-Marne', 'Seine-et-Marne'], ['78', 'des Yvelines', 'Yvelines'],
  ['79', 'des Deux-Sèvres', 'Deux-Sèvres'], ['80', 'de la Somme', 'Somme'], ['81', 'du Tarn', 'Tarn'],
  ['82', 'de Tarn-et-Garonne', 'Tarn-et-Garonne'], ['83', 'du Var', 'Var'], ['84', 'de Vaucluse', 'Vaucluse'],
  ['85', 'de la Vendée', 'Vendée'], ['86', 'de la Vienne', 'Vienne'], ['87', 'de la Haute-Vienne', 'Haute-Vienne'],
  ['88', 'des Vosges', 'Vosges'], ['89', 'de l’Yonne', 'Yonne'], ['90', 'du Territoire de Belfort', 'Territoire de Belfort'],
  ['91', 'de l’Essonne', 'Essonne'], ['92', 'des Hauts-de-Seine', 'Hauts-de-Seine'], ['93', 'de la Seine-Saint-Denis', 'Seine-Saint-Denis'],
  ['94', 'du Val-de-Marne', 'Val-de-Marne'], ['95', 'du Val-d’Oise', 'Val-d’Oise'],
  ['971', 'de la Guadeloupe', 'Guadeloupe'], ['972', 'de la Martinique', 'Martinique'], ['973', 'de la Guyane', 'French Guiana'],
  ['974', 'de La Réunion', 'La Réunion'], ['976', 'de Mayotte', 'Mayotte'],
];

// [code, French name with its preposition, English name].
const CH_CANTONS: readonly (readonly [string, string, string])[] = [
  ['AG', 'd’Argovie', 'Aargau'], ['AI', 'd’Appenzell Rhodes-Intérieures', 'Appenzell Innerrhoden'],
  ['AR', 'd’Appenzell Rhodes-Extérieures', 'Appenzell Ausserrhoden'], ['BE', 'de Berne', 'Bern'],
  ['BL', 'de Bâle-Campagne', 'Basel-Landschaft'], ['BS', 'de Bâle-Ville', 'Basel-Stadt'], ['FR', 'de Fribourg', 'Fribourg'],
  ['GE', 'de Genève', 'Geneva'], ['GL', 'de Glaris', 'Glarus'], ['GR', 'des Grisons', 'Graubünden'], ['JU', 'du Jura', 'Jura'],
  ['LU', 'de Lucerne', 'Lucerne'], ['NE', 'de Neuchâtel', 'Neuchâtel'], ['NW', 'de Nidwald', 'Nidwalden'],
  ['OW', 'd’Obwald', 'Obwalden'], ['SG', 'de Saint-Gall', 'St. Gallen'], ['SH', 'de Schaffhouse', 'Schaffhausen'],
  ['SO', 'de Soleure', 'Solothurn'], ['SZ', 'de Schwytz', 'Schwyz'], ['TG', 'de Thurgovie', 'Thurgau'], ['TI', 'du Tessin', 'Ticino'],
  ['UR', 'd’Uri', 'Uri'], ['VD', 'de Vaud', 'Vaud'], ['VS', 'du Valais', 'Valais'], ['ZG', 'de Zoug', 'Zug'], ['ZH', 'de Zurich', 'Zurich'],
];

// [code, French name with its article, English name with its article].
const BE_SUBDIVISIONS: readonly (readonly [string, string, string])[] = [
  ['BRU', 'la Région de Bruxelles-Capitale', 'the Brussels-Capital Region'], ['VLG', 'la Région flamande', 'the Flemish Region'],
  ['WAL', 'la Région wallonne', 'the Walloon Region'],
  ['VAN', 'la province d’Anvers', 'the province of Antwerp'], ['VBR', 'la province du Brabant flamand', 'the province of Flemish Brabant'],
  ['VLI', 'la province de Limbourg', 'the province of Limburg'], ['VOV', 'la province de Flandre-Orientale', 'the province of East Flanders'],
  ['VWV', 'la province de Flandre-Occidentale', 'the province of West Flanders'], ['WBR', 'la province du Brabant wallon', 'the province of Walloon Brabant'],
  ['WHT', 'la province de Hainaut', 'the province of Hainaut'], ['WLG', 'la province de Liège', 'the province of Liège'],
  ['WLX', 'la province de Luxembourg', 'the province of Luxembourg'], ['WNA', 'la province de Namur', 'the province of Namur'],
];

/** A name without its French preposition: « du Rhône » → « Rhône », « de l’Ain » → « Ain ». */
const bare = (withPreposition: string): string => withPreposition.replace(/^(?:du|des|de la|de l’|de|d’)\s?/u, '');

export const regionValues: readonly EnumValue[] = [
  ...FR_DEPARTMENTS.map(([n, fr, en]) => ev(`FR-${n}`, `${bare(fr)} (${n})`, `${en} (${n})`, {
    fr: `le département ${fr} (${n})`,
    en: `the ${en} department (${n})`,
  })),
  ...CH_CANTONS.map(([c, fr, en]) => ev(`CH-${c}`, `canton ${fr}`, `canton of ${en}`, { fr: `le canton ${fr}`, en: `the canton of ${en}` })),
  ...BE_SUBDIVISIONS.map(([c, fr, en]) => ev(`BE-${c}`, bare(fr.replace(/^la /u, '')), en.replace(/^the /u, ''), { fr, en })),
];

/** A French department, Swiss canton or Belgian province or region, by its ISO 3166-2 code. */
export const regions: ValueType = t.enum(regionValues);
