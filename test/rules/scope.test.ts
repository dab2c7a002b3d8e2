import { describe, expect, it } from 'vitest';
import { checkSource, renderMessage } from '../../compiler/src/index.ts';
import { MemoryHost } from '../helpers/host.ts';

// Profile-dependent levels of the scope rules (brief §2.5) and their messages.

function check(body: string): ReturnType<typeof checkSource>['diagnostics'] {
  const text = `contract "Test" {\n${body}\n}\n`;
  return checkSource({ path: 'c.infog', text }, new MemoryHost({ 'c.infog': text })).diagnostics;
}

const severityOf = (ds: ReturnType<typeof check>, code: string): string[] => ds.filter((d) => d.code === code).map((d) => d.severity);

describe('service.mco (IG3037) by contract kind', () => {
  it('is an error for an infogérance contract', () => {
    expect(severityOf(check('kind infogerance'), 'IG3037')).toEqual(['error']);
  });
  it('is a warning when the kind is not declared', () => {
    expect(severityOf(check('law FR'), 'IG3037')).toEqual(['warning']);
  });
  it('is only informational for a maintenance contract', () => {
    expect(severityOf(check('kind maintenance'), 'IG3037')).toEqual(['info']);
  });
});

describe('service.onsite (IG3042)', () => {
  it('does not apply when no on-site support is offered', () => {
    expect(severityOf(check('support { quota unlimited }'), 'IG3042')).toEqual([]);
  });
  it('names every missing fact of the on-site block', () => {
    const d = check('support { onsite { sites hq } }').find((x) => x.code === 'IG3042');
    expect(d).toBeDefined();
    if (!d) return;
    expect(d.args['missing']).toEqual(['support.onsite.billing', 'support.onsite.dispatch', 'support.onsite.travel', 'support.onsite.priorities']);
    expect(renderMessage(d, 'fr')).toContain('frais de déplacement (travel)');
  });
});

describe('client.obligations (IG3049)', () => {
  it('accepts a technical_referent contact of the client party as the referent', () => {
    const ds = check('party client c { name "C"; contact technical_referent "Marc Leroy" { phone "+33 4 72 00 00 01" } }\nobligations { client { access premises, systems; licences valid; inform_changes 5 business_days; cooperation 2 business_days } }');
    expect(severityOf(ds, 'IG3049')).toEqual([]);
  });
});

describe('service.hotline (IG3041) and quota checks', () => {
  it('needs no count, step or rollover for an unlimited helpdesk', () => {
    const ds = check('support { channels { phone "+33 4 72 00 00 00" }; calendar business; quota unlimited }');
    expect(ds.filter((d) => d.code === 'IG3041' || /^IG41(0\d|1[0-6])$/u.test(d.code))).toEqual([]);
  });
  it('accepts an hours bank billed per minute (same time unit)', () => {
    const ds = check('support { quota hours { count 10 per month; step 15 min; rollover none; overage 1.50 EUR per minute } }');
    expect(ds.filter((d) => d.code === 'IG4105')).toEqual([]);
  });
});
