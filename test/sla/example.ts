// The example of spec/sla-v1.md "Shape", completed: every "…" and "[...]" filled in with the values of
// the Cabinet Dupont sketch (design/language.md). A fresh copy per call, so tests can mutate it.
import type { SlaDocument } from '../../compiler/src/backends/sla/schema.ts';

const business = (): [string, string][] => [['08:00', '12:00'], ['14:00', '18:00']];
const allDay = (): [string, string][] => [['00:00', '24:00']];

const FR_2027: [string, string, string][] = [
  ['2027-01-01', "Jour de l'an", "New Year's Day"],
  ['2027-03-29', 'Lundi de Pâques', 'Easter Monday'],
  ['2027-05-01', 'Fête du Travail', 'Labour Day'],
  ['2027-05-06', 'Ascension', 'Ascension Day'],
  ['2027-05-08', 'Victoire 1945', 'Victory in Europe Day'],
  ['2027-05-17', 'Lundi de Pentecôte', 'Whit Monday'],
  ['2027-07-14', 'Fête nationale', 'Bastille Day'],
  ['2027-08-15', 'Assomption', 'Assumption Day'],
  ['2027-11-01', 'Toussaint', "All Saints' Day"],
  ['2027-11-11', 'Armistice 1918', 'Armistice Day'],
  ['2027-12-25', 'Noël', 'Christmas Day'],
];

const target = (minutes: number, calendar = 'business') => ({ minutes, calendar });

export function exampleSla(): SlaDocument {
  return {
    format: 'infog-sla',
    version: 1,
    contract: {
      reference: 'NS-2027-014',
      title: "Infogérance du système d'information",
      law: 'FR',
      language: 'fr',
      provider: {
        id: 'ns',
        name: 'Network Service SARL',
        identifiers: [
          { scheme: 'FR:SIRET', value: '50196734300028' },
          { scheme: 'FR:VAT', value: 'FR30501967343' },
        ],
      },
      client: {
        id: 'dupont',
        name: 'Cabinet Dupont & Associés SELARL',
        identifiers: [
          { scheme: 'FR:SIRET', value: '73282932000074' },
          { scheme: 'FR:VAT', value: 'FR44732829320' },
        ],
      },
      effective: '2027-01-01',
      initialTermEnd: '2029-12-31',
      source: { file: 'examples/cabinet-dupont.infog', sha256: '0f'.repeat(32) },
    },
    calendars: {
      business: {
        timezone: 'Europe/Paris',
        week: { mon: business(), tue: business(), wed: business(), thu: business(), fri: business(), sat: [], sun: [] },
        holidays: FR_2027.map(([date, fr, en]) => ({ date, name: { fr, en } })),
        holidayRules: ['FR'],
      },
      '24x7': {
        timezone: 'Europe/Paris',
        week: { mon: allDay(), tue: allDay(), wed: allDay(), thu: allDay(), fri: allDay(), sat: allDay(), sun: allDay() },
        holidays: [],
        holidayRules: [],
      },
    },
    channels: [
      { kind: 'phone', address: '+33 4 72 00 00 00' },
      { kind: 'email', address: 'support@network-service.example' },
      { kind: 'portal', url: 'https://support.network-service.example/' },
    ],
    priorities: [
      {
        id: 'P1',
        rank: 1,
        label: { fr: 'Bloquant', en: 'Blocking' },
        criteria: { fr: 'Production arrêtée pour tous les utilisateurs, aucun contournement', en: 'Production stopped for all users, no workaround' },
        targets: { ack: target(15, '24x7'), response: target(30), onsite: target(240), restore: target(240), resolve: target(1200), update: target(60) },
      },
      {
        id: 'P2',
        rank: 2,
        label: { fr: 'Majeur', en: 'Major' },
        criteria: { fr: 'Service dégradé pour plusieurs utilisateurs', en: 'Service degraded for several users' },
        targets: { response: target(60), restore: target(480), resolve: target(2400) },
      },
      {
        id: 'P3',
        rank: 3,
        label: { fr: 'Mineur', en: 'Minor' },
        criteria: { fr: 'Gêne pour un utilisateur, contournement possible', en: 'Nuisance for one user, workaround available' },
        targets: { response: target(240), resolve: target(4800) },
      },
    ],
    clock: { pauses: ['waiting_client', 'waiting_third_party'] },
    quota: { model: 'tickets', count: 50, period: 'year', rollover: 'none', overage: { amount: '45.00', currency: 'EUR', per: 'ticket' } },
    availability: [{ service: 'Sauvegarde externalisée', objective: 99.5, window: 'calendar_month', excludes: ['planned_maintenance'] }],
    penalties: [
      { metric: 'restore', priority: 'P1', rate: { percentOf: 'monthly_fee', value: 2, per: 'hour_late' }, cap: { percentOfMonthlyFee: 15, period: 'month' } },
    ],
    escalation: [
      { metric: 'restore', atPercent: 80, contact: 'Jean Martin, gérant, +33 4 72 00 00 01' },
      { metric: 'restore', atPercent: 50, contact: 'Centre de services, +33 4 72 00 00 05', priorities: ['P1', 'P2'] },
    ],
  };
}
