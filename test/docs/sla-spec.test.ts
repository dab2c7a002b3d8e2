import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expandHolidays } from '../../compiler/src/calendar/index.ts';
import type { SlaDocument } from '../../compiler/src/backends/sla/schema.ts';
import { renderHolidayRules } from '../../scripts/docs-holidays.ts';
import { REPO } from '../helpers/host.ts';

// docs/sla-v1.md, the project's copy of the SLA JSON specification: its holiday-rule table is generated
// from the compiler's holiday sets, and what it tells consumers about extending holidays past the
// document's horizon holds for every example document.

const SPEC = readFileSync(join(REPO, 'docs', 'sla-v1.md'), 'utf8');
const EXAMPLES = join(REPO, 'examples');
const documents = readdirSync(EXAMPLES).filter((f) => f.endsWith('.sla.json')).sort()
  .map((f): [string, SlaDocument] => [f, JSON.parse(readFileSync(join(EXAMPLES, f), 'utf8')) as SlaDocument]);

describe('docs/sla-v1.md', () => {
  it('has the current holiday-rule table (node scripts/gen-docs.ts)', () => {
    expect(SPEC).toContain(renderHolidayRules());
  });

  it('links only to files of the repository', () => {
    const links = [...SPEC.matchAll(/\]\(([^)#]+)[^)]*\)/g)].map((m) => m[1] ?? '').filter((l) => !/^https?:/.test(l));
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) expect(() => readFileSync(join(REPO, 'docs', link)), link).not.toThrow();
  });

  it('names the revision the compiler writes and the field it added', () => {
    expect(SPEC).toMatch(/^Revision \*\*1\.2\*\*/m);
    expect(SPEC).toContain('| 1.1 | `escalation[].priorities`');
    expect(SPEC).toContain('| 1.2 | `contract.amendment`');
  });

  describe.each(documents)('extending the holidays of %s from holidayRules', (_file, doc) => {
    it('lists every day its rules give in every covered year, from the effective year on, without a gap', () => {
      for (const [name, cal] of Object.entries(doc.calendars)) {
        const listed = cal.holidays.map((h) => h.date);
        if (listed.length === 0) continue;
        const years = [...new Set(listed.map((d) => Number(d.slice(0, 4))))];
        const first = Math.min(...years);
        const last = Math.max(...years);
        for (let y = first; y <= last; y++) {
          const computed = expandHolidays(cal.holidayRules, y, y).map((h) => h.date);
          const ofYear = listed.filter((d) => d.startsWith(`${y}-`));
          expect(computed.filter((d) => !ofYear.includes(d)), `${name} ${y}: rule days missing from the list`).toEqual([]);
        }
        // The horizon: the listed years run from the effective year without a gap.
        expect(first, name).toBe(Number(doc.contract.effective.slice(0, 4)));
        expect(years, name).toEqual(Array.from({ length: last - first + 1 }, (_, i) => first + i));
        // And the year after the horizon is what a consumer computes: non-empty for a rule-based calendar.
        if (cal.holidayRules.length > 0) expect(expandHolidays(cal.holidayRules, last + 1, last + 1).length, name).toBeGreaterThan(0);
      }
    });
  });
});
