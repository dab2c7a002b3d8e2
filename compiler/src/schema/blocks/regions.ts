import type { Localized } from '../../diagnostics/index.ts';
import type { EnumValue, ValueType } from '../types.ts';
import { ev, t } from '../value-types.ts';

// Names of the ISO 3166-2 subdivisions a contract names (a site's `region`, an on-site zone): the
// French departments and regions, the Swiss cantons and the Belgian provinces and regions. The
// document prints a subdivision by its name, never by its code (« Rhône », « canton de Genève »,
// « province de Namur »). A code not listed here prints as written.

// Departments with the article French puts before them (« le Rhône », « l’Ain », « les Yvelines », « Paris »).
const FR_DEPARTMENTS: readonly (readonly [string, string, string])[] = [
  ['01', 'Ain', 'l’'], ['02', 'Aisne', 'l’'], ['03', 'Allier', 'l’'], ['04', 'Alpes-de-Haute-Provence', 'les '],
  ['05', 'Hautes-Alpes', 'les '], ['06', 'Alpes-Maritimes', 'les '], ['07', 'Ardèche', 'l’'], ['08', 'Ardennes', 'les '],
  ['09', 'Ariège', 'l’'], ['10', 'Aube', 'l’'], ['11', 'Aude', 'l’'], ['12', 'Aveyron', 'l’'],
  ['13', 'Bouches-du-Rhône', 'les '], ['14', 'Calvados', 'le '], ['15', 'Cantal', 'le '], ['16', 'Charente', 'la '],
  ['17', 'Charente-Maritime', 'la '], ['18', 'Cher', 'le '], ['19', 'Corrèze', 'la '], ['2A', 'Corse-du-Sud', 'la '],
  ['2B', 'Haute-Corse', 'la '], ['21', 'Côte-d’Or', 'la '], ['22', 'Côtes-d’Armor', 'les '], ['23', 'Creuse', 'la '],
  ['24', 'Dordogne', 'la '], ['25', 'Doubs', 'le '], ['26', 'Drôme', 'la '], ['27', 'Eure', 'l’'],
  ['28', 'Eure-et-Loir', 'l’'], ['29', 'Finistère', 'le '], ['30', 'Gard', 'le '], ['31', 'Haute-Garonne', 'la '],
  ['32', 'Gers', 'le '], ['33', 'Gironde', 'la '], ['34', 'Hérault', 'l’'], ['35', 'Ille-et-Vilaine', 'l’'],
  ['36', 'Indre', 'l’'], ['37', 'Indre-et-Loire', 'l’'], ['38', 'Isère', 'l’'], ['39', 'Jura', 'le '],
  ['40', 'Landes', 'les '], ['41', 'Loir-et-Cher', 'le '], ['42', 'Loire', 'la '], ['43', 'Haute-Loire', 'la '],
  ['44', 'Loire-Atlantique', 'la '], ['45', 'Loiret', 'le '], ['46', 'Lot', 'le '], ['47', 'Lot-et-Garonne', 'le '],
  ['48', 'Lozère', 'la '], ['49', 'Maine-et-Loire', 'le '], ['50', 'Manche', 'la '], ['51', 'Marne', 'la '],
  ['52', 'Haute-Marne', 'la '], ['53', 'Mayenne', 'la '], ['54', 'Meurthe-et-Moselle', 'la '], ['55', 'Meuse', 'la '],
  ['56', 'Morbihan', 'le '], ['57', 'Moselle', 'la '], ['58', 'Nièvre', 'la '], ['59', 'Nord', 'le '],
  ['60', 'Oise', 'l’'], ['61', 'Orne', 'l’'], ['62', 'Pas-de-Calais', 'le '], ['63', 'Puy-de-Dôme', 'le '],
  ['64', 'Pyrénées-Atlantiques', 'les '], ['65', 'Hautes-Pyrénées', 'les '], ['66', 'Pyrénées-Orientales', 'les '], ['67', 'Bas-Rhin', 'le '],
  ['68', 'Haut-Rhin', 'le '], ['69', 'Rhône', 'le '], ['69M', 'Métropole de Lyon', 'la '], ['70', 'Haute-Saône', 'la '],
  ['71', 'Saône-et-Loire', 'la '], ['72', 'Sarthe', 'la '], ['73', 'Savoie', 'la '], ['74', 'Haute-Savoie', 'la '],
  ['75', 'Paris', ''], ['76', 'Seine-Maritime', 'la '], ['77', 'Seine-et-Marne', 'la '], ['78', 'Yvelines', 'les '],
  ['79', 'Deux-Sèvres', 'les '], ['80', 'Somme', 'la '], ['81', 'Tarn', 'le '], ['82', 'Tarn-et-Garonne', 'le '],
  ['83', 'Var', 'le '], ['84', 'Vaucluse', 'le '], ['85', 'Vendée', 'la '], ['86', 'Vienne', 'la '],
  ['87', 'Haute-Vienne', 'la '], ['88', 'Vosges', 'les '], ['89', 'Yonne', 'l’'], ['90', 'Territoire de Belfort', 'le '],
  ['91', 'Essonne', 'l’'], ['92', 'Hauts-de-Seine', 'les '], ['93', 'Seine-Saint-Denis', 'la '], ['94', 'Val-de-Marne', 'le '],
  ['95', 'Val-d’Oise', 'le '], ['971', 'Guadeloupe', 'la '], ['972', 'Martinique', 'la '], ['973', 'Guyane', 'la '],
  ['974', 'La Réunion', ''], ['976', 'Mayotte', ''], ['6AE', 'Alsace', 'l’'],
];

const FR_REGIONS: readonly (readonly [string, string, string])[] = [
  ['ARA', 'Auvergne-Rhône-Alpes', 'Auvergne-Rhône-Alpes'], ['BFC', 'Bourgogne-Franche-Comté', 'Bourgogne-Franche-Comté'],
  ['BRE', 'Bretagne', 'Brittany'], ['CVL', 'Centre-Val de Loire', 'Centre-Val de Loire'], ['COR', 'Corse', 'Corsica'],
  ['GES', 'Grand Est', 'Grand Est'], ['HDF', 'Hauts-de-France', 'Hauts-de-France'], ['IDF', 'Île-de-France', 'Île-de-France'],
  ['NOR', 'Normandie', 'Normandy'], ['NAQ', 'Nouvelle-Aquitaine', 'Nouvelle-Aquitaine'], ['OCC', 'Occitanie', 'Occitanie'],
  ['PDL', 'Pays de la Loire', 'Pays de la Loire'], ['PAC', 'Provence-Alpes-Côte d’Azur', 'Provence-Alpes-Côte d’Azur'],
];

const CANTONS: readonly (readonly [string, string, string])[] = [
  ['AG', 'canton d’Argovie', 'Canton of Aargau'], ['AI', 'canton d’Appenzell Rhodes-Intérieures', 'Canton of Appenzell Innerrhoden'],
  ['AR', 'canton d’Appenzell Rhodes-Extérieures', 'Canton of Appenzell Ausserrhoden'], ['BE', 'canton de Berne', 'Canton of Bern'],
  ['BL', 'canton de Bâle-Campagne', 'Canton of Basel-Landschaft'], ['BS', 'canton de Bâle-Ville', 'Canton of Basel-Stadt'],
  ['FR', 'canton de Fribourg', 'Canton of Fribourg'], ['GE', 'canton de Genève', 'Canton of Geneva'], ['GL', 'canton de Glaris', 'Canton of Glarus'],
  ['GR', 'canton des Grisons', 'Canton of Graubünden'], ['JU', 'canton du Jura', 'Canton of Jura'], ['LU', 'canton de Lucerne', 'Canton of Lucerne'],
  ['NE', 'canton de Neuchâtel', 'Canton of Neuchâtel'], ['NW', 'canton de Nidwald', 'Canton of Nidwalden'], ['OW', 'canton d’Obwald', 'Canton of Obwalden'],
  ['SG', 'canton de Saint-Gall', 'Canton of St. Gallen'], ['SH', 'canton de Schaffhouse', 'Canton of Schaffhausen'], ['SO', 'canton de Soleure', 'Canton of Solothurn'],
  ['SZ', 'canton de Schwyz', 'Canton of Schwyz'], ['TG', 'canton de Thurgovie', 'Canton of Thurgau'], ['TI', 'canton du Tessin', 'Canton of Ticino'],
  ['UR', 'canton d’Uri', 'Canton of Uri'], ['VD', 'canton de Vaud', 'Canton of Vaud'], ['VS', 'canton du Valais', 'Canton of Valais'],
  ['ZG', 'canton de Zoug', 'Canton of Zug'], ['ZH', 'canton de Zurich', 'Canton of Zurich'],
];

const BE: readonly (readonly [string, string, string])[] = [
  ['VAN', 'province d’Anvers', 'Province of Antwerp'], ['VLI', 'province de Limbourg', 'Province of Limburg'],
  ['VOV', 'province de Flandre-Orientale', 'Province of East Flanders'], ['VWV', 'province de Flandre-Occidentale', 'Province of West Flanders'],
  ['VBR', 'province du Brabant flamand', 'Province of Flemish Brabant'], ['WBR', 'province du Brabant wallon', 'Province of Walloon Brabant'],
  ['WHT', 'province de Hainaut', 'Province of Hainaut'], ['WLG', 'province de Liège', 'Province of Liège'],
  ['WLX', 'province de Luxembourg', 'Province of Luxembourg'], ['WNA', 'province de Namur', 'Province of Namur'],
  ['BRU', 'Région de Bruxelles-Capitale', 'Brussels-Capital Region'], ['VLG', 'Région flamande', 'Flemish Region'], ['WAL', 'Région wallonne', 'Walloon Region'],
];

/** A subdivision's name, and the same with its article, as read after « dans » (« le Rhône », « le canton de Genève »). */
export interface RegionName {
  readonly name: Localized;
  readonly withArticle: Localized;
}

const FR_REGION_ARTICLE: Readonly<Record<string, string>> = {
  ARA: 'la ', BFC: 'la ', BRE: 'la ', CVL: 'le ', COR: 'la ', GES: 'le ', HDF: 'les ', IDF: 'l’', NOR: 'la ', NAQ: 'la ', OCC: 'l’', PDL: 'les ', PAC: 'la ',
};

const the = (en: string): string => (/^(Canton|Province|Region|Brussels|Flemish|Walloon)\b/u.test(en) ? `the ${en}` : en);

export const REGION_NAMES: ReadonlyMap<string, RegionName> = new Map([
  ...FR_DEPARTMENTS.map(([c, name, article]): [string, RegionName] => [`FR-${c}`, { name: { fr: name, en: name }, withArticle: { fr: `${article}${name}`, en: name } }]),
  ...FR_REGIONS.map(([c, fr, en]): [string, RegionName] => [`FR-${c}`, { name: { fr, en }, withArticle: { fr: `${FR_REGION_ARTICLE[c] ?? ''}${fr}`, en } }]),
  ...CANTONS.map(([c, fr, en]): [string, RegionName] => [`CH-${c}`, { name: { fr, en }, withArticle: { fr: `le ${fr}`, en: the(en) } }]),
  ...BE.map(([c, fr, en]): [string, RegionName] => [`BE-${c}`, { name: { fr, en }, withArticle: { fr: `la ${fr}`, en: the(en) } }]),
]);

/** « le Rhône » → « du Rhône », « l’Ain » → « de l’Ain », « les Yvelines » → « des Yvelines », « Paris » → « de Paris ». */
const ofArticle = (article: string): string => ({ 'le ': 'du ', 'les ': 'des ', 'la ': 'de la ', 'l’': 'de l’' } as Record<string, string>)[article] ?? 'de ';
const lowerThe = (en: string): string => en.replace(/^(Canton|Province) of/u, (_m, w: string) => `${w.toLowerCase()} of`);

/**
 * The same subdivisions as an enum (an on-site zone's `regions FR-69, CH-GE`): the label is the name,
 * the text reads inside a sentence with its article, « le département du Rhône (69) », « le canton de
 * Genève », « la province de Namur » / "the Rhône department (69)", "the canton of Geneva".
 */
export const regionValues: readonly EnumValue[] = [
  ...FR_DEPARTMENTS.map(([n, name, article]) => ev(`FR-${n}`, `${name} (${n})`, `${name} (${n})`, {
    fr: `le département ${ofArticle(article)}${name} (${n})`,
    en: `the ${name} department (${n})`,
  })),
  ...FR_REGIONS.map(([c, fr, en]) => ev(`FR-${c}`, fr, en, { fr: `la région ${fr}`, en: `the ${en} region` })),
  ...CANTONS.map(([c, fr, en]) => ev(`CH-${c}`, fr, en, { fr: `le ${fr}`, en: `the ${lowerThe(en)}` })),
  ...BE.map(([c, fr, en]) => ev(`BE-${c}`, fr, en, { fr: `la ${fr}`, en: `the ${lowerThe(en)}` })),
];

/** A French department or region, Swiss canton or Belgian province or region, by its ISO 3166-2 code. */
export const regions: ValueType = t.enum(regionValues);
