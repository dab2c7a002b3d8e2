// Holiday rules against the domain brief §4: the Easter table, the moveable days, every set's count
// and hand-checked dates.
import { describe, expect, it } from 'vitest';
import {
  easterSunday, expandHolidays, holidaySetIds, holidaySetStatus, holidaySpan, isHolidaySet,
} from '../../compiler/src/calendar/index.ts';

const dates = (ids: string[], year: number, omit: string[] = []): string[] =>
  expandHolidays(ids, year, year, [], omit).map((h) => h.date);
const nameOn = (ids: string[], date: string) =>
  expandHolidays(ids, Number(date.slice(0, 4)), Number(date.slice(0, 4))).find((h) => h.date === date)?.name;

// Brief §4.4 reference table: year, Easter, Good Friday, Easter Monday, Ascension, Whit Monday.
const TABLE: [number, string, string, string, string, string][] = [
  [2024, '03-31', '03-29', '04-01', '05-09', '05-20'],
  [2025, '04-20', '04-18', '04-21', '05-29', '06-09'],
  [2026, '04-05', '04-03', '04-06', '05-14', '05-25'],
  [2027, '03-28', '03-26', '03-29', '05-06', '05-17'],
  [2028, '04-16', '04-14', '04-17', '05-25', '06-05'],
  [2029, '04-01', '03-30', '04-02', '05-10', '05-21'],
  [2030, '04-21', '04-19', '04-22', '05-30', '06-10'],
];

describe('Easter and moveable feasts (brief §4.4)', () => {
  it.each(TABLE)('%i', (year, easter, goodFriday, easterMonday, ascension, whitMonday) => {
    const e = easterSunday(year);
    expect(e && `${String(e.month).padStart(2, '0')}-${String(e.day).padStart(2, '0')}`).toBe(easter);
    const fr = dates(['FR'], year);
    expect(fr).toContain(`${year}-${easterMonday}`);
    expect(fr).toContain(`${year}-${ascension}`);
    expect(fr).toContain(`${year}-${whitMonday}`);
    expect(dates(['FR-57'], year)).toContain(`${year}-${goodFriday}`);
    expect(dates(['FR'], year)).not.toContain(`${year}-${goodFriday}`);
  });

  it('answers undefined outside the computus range 1583–4099', () => {
    expect(easterSunday(1582)).toBeUndefined();
    expect(easterSunday(4100)).toBeUndefined();
    expect(easterSunday(2027.5)).toBeUndefined();
  });

  it('Corpus Christi is Easter + 60 (2027: 28 Mar + 60 = 27 May)', () => {
    expect(nameOn(['CH-VS'], '2027-05-27')?.fr).toBe('Fête-Dieu');
  });
});

// Counts per set, valid for every year 2024–2030 (no two rules of a set coincide in those years).
const COUNTS: [string, number][] = [
  ['FR', 11], ['FR-57', 13], ['FR-67', 13], ['FR-68', 13], ['BE', 10],
  ['CH-GE', 9], ['CH-VD', 9], ['CH-VS', 9], ['CH-JU', 13], ['CH-FR', 5],
  ['CH-BE', 9], ['CH-ZH', 9], ['CH-BS', 9], ['CH-TI', 15],
];

describe('set sizes', () => {
  it.each(COUNTS)('%s has %i days every year 2024–2030', (id, count) => {
    for (let year = 2024; year <= 2030; year++) expect(dates([id], year)).toHaveLength(count);
  });

  it('CH-NE has 7 days, 8 when 2 Jan or 26 Dec falls on a Monday', () => {
    // 2027: 2 Jan is a Saturday, 26 Dec a Sunday. 2023: 2 Jan is a Monday. 2022: 26 Dec is a Monday.
    expect(dates(['CH-NE'], 2027)).toHaveLength(7);
    expect(dates(['CH-NE'], 2023)).toContain('2023-01-02');
    expect(dates(['CH-NE'], 2023)).not.toContain('2023-12-26');
    expect(dates(['CH-NE'], 2022)).toContain('2022-12-26');
    expect(dates(['CH-NE'], 2022)).not.toContain('2022-01-02');
  });

  it('the French list is exactly L3133-1 for 2027', () => {
    expect(dates(['FR'], 2027)).toEqual([
      '2027-01-01', '2027-03-29', '2027-05-01', '2027-05-06', '2027-05-08', '2027-05-17',
      '2027-07-14', '2027-08-15', '2027-11-01', '2027-11-11', '2027-12-25',
    ]);
  });
});

describe('Swiss computed days', () => {
  // 1 Sep 2026 is a Tuesday: first Sunday 6 Sep, Thursday after = 10 Sep; third Sunday 20 Sep, Monday
  // after = 21 Sep. 1 Sep 2027 is a Wednesday: Sundays 5 and 19 Sep, so 9 Sep and 20 Sep.
  it.each([
    ['CH-GE', '2026-09-10', 'Jeûne genevois'],
    ['CH-GE', '2027-09-09', 'Jeûne genevois'],
    ['CH-VD', '2026-09-21', 'Lundi du Jeûne fédéral'],
    // 1 Sep 2024 is itself the first Sunday: Thursday 5 Sep; third Sunday 15 Sep, Monday 16 Sep.
    ['CH-GE', '2024-09-05', 'Jeûne genevois'],
    ['CH-VD', '2024-09-16', 'Lundi du Jeûne fédéral'],
    ['CH-VD', '2027-09-20', 'Lundi du Jeûne fédéral'],
    ['CH-GE', '2027-12-31', 'Restauration de la République'],
    ['CH-JU', '2027-06-23', 'Commémoration du plébiscite jurassien'],
    ['CH-NE', '2027-03-01', 'Instauration de la République'],
    ['CH-TI', '2027-06-29', 'Saint-Pierre et Saint-Paul'],
    ['CH-ZH', '2027-08-01', 'Fête nationale'],
  ])('%s %s is %s', (id, date, fr) => {
    expect(nameOn([id], date)?.fr).toBe(fr);
  });
});

describe('merging and options', () => {
  it('merges coinciding days of one set: Ascension on 1 May 2008', () => {
    // Easter 2008 = 23 March; + 39 days = 1 May.
    const fr2008 = expandHolidays(['FR'], 2008, 2008);
    expect(fr2008).toHaveLength(10);
    expect(fr2008.find((h) => h.date === '2008-05-01')?.name).toEqual({
      fr: 'Fête du Travail / Ascension', en: 'Labour Day / Ascension Day',
    });
  });

  it('merges sets without duplicating shared days, sorted', () => {
    const both = expandHolidays(['FR', 'BE'], 2027, 2027);
    expect(both).toHaveLength(12); // FR's 11 + Belgian national day 21 Jul
    expect(both.map((h) => h.date)).toEqual([...both.map((h) => h.date)].sort());
    expect(both.find((h) => h.date === '2027-01-01')?.name.fr).toBe("Jour de l'an");
    expect(both.find((h) => h.date === '2027-07-21')?.name.en).toBe('Belgian National Day');
  });

  it('takes explicit dates and omits days by rule id', () => {
    const extra = [{ date: '2027-09-27', name: { fr: 'Fête de la Communauté française', en: 'French Community Day' } }];
    const be = expandHolidays(['BE'], 2027, 2027, extra);
    expect(be.map((h) => h.date)).toContain('2027-09-27');
    expect(expandHolidays([], 2027, 2027, [...extra, { date: '2027-02-30', name: { fr: 'x', en: 'x' } }])).toHaveLength(1);
    // Whit Monday worked as the journée de solidarité (brief §4.1).
    expect(dates(['FR'], 2027, ['whit-monday'])).not.toContain('2027-05-17');
    expect(dates(['FR-57'], 2027, ['good-friday'])).toHaveLength(12);
  });

  it('spans several years', () => {
    expect(expandHolidays(['FR'], 2026, 2032)).toHaveLength(77);
  });
});

describe('set ids', () => {
  it('knows the sets and refuses CH without a canton', () => {
    for (const id of ['FR', 'FR-57', 'FR-67', 'FR-68', 'BE', 'CH-GE', 'CH-VD', 'CH-NE', 'CH-VS', 'CH-JU', 'CH-FR', 'CH-BE', 'CH-ZH', 'CH-BS', 'CH-TI']) {
      expect(isHolidaySet(id), id).toBe(true);
    }
    expect(holidaySetIds).not.toContain('CH');
    expect(isHolidaySet('CH')).toBe(false);
    const ch = holidaySetStatus('CH');
    expect(ch.known).toBe(false);
    if (!ch.known) {
      expect(ch.reason.en).toMatch(/canton/);
      expect(ch.suggestions).toContain('CH-GE');
    }
    const fr = holidaySetStatus('FR-75');
    expect(fr.known).toBe(false);
  });
});

describe('holidaySpan (spec sla-v1)', () => {
  it('covers the effective year to the end of the initial term plus one renewal', () => {
    // 3 years + 1-year renewal from 2027-01-01: last day 2030-12-31.
    expect(holidaySpan('2027-01-01', 36, 12)).toEqual({ fromYear: 2027, toYear: 2030 });
    // From 2027-03-15, 36 + 12 months: last day 2031-03-14.
    expect(holidaySpan('2027-03-15', 36, 12)).toEqual({ fromYear: 2027, toYear: 2031 });
    expect(holidaySpan('2027-01-01', 36)).toEqual({ fromYear: 2027, toYear: 2029 });
  });

  it('covers five years for an indefinite term', () => {
    // 2027-06-01 + 5 years = 2032-06-01.
    expect(holidaySpan('2027-06-01')).toEqual({ fromYear: 2027, toYear: 2032 });
  });

  it('refuses bad input without throwing', () => {
    expect(holidaySpan('2027-02-30', 12)).toBeUndefined();
    expect(holidaySpan('2027-01-01', -1)).toBeUndefined();
    expect(holidaySpan('2027-01-01', 1.5)).toBeUndefined();
  });
});
