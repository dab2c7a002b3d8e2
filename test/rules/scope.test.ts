import { describe, expect, it } from 'vitest';
import { checkSource, renderMessage, type Diagnostic } from '../../compiler/src/index.ts';
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

/** Applies the first fix of a diagnostic to the text it was found in. */
function applyFix(text: string, d: ReturnType<typeof check>[number] | undefined): string {
  const edits = [...(d?.fixes?.[0]?.edits ?? [])].sort((a, b) => b.range.start - a.range.start);
  expect(edits.length).toBeGreaterThan(0);
  return edits.reduce((t, e) => t.slice(0, e.range.start) + e.newText + t.slice(e.range.end), text);
}
const wrap = (body: string): string => `contract "Test" {\n${body}\n}\n`;
const checkText = (text: string): ReturnType<typeof check> => checkSource({ path: 'c.infog', text }, new MemoryHost({ 'c.infog': text })).diagnostics;

describe('scope.price-change (IG3095)', () => {
  const varying = '  scope {\n    equipment desktops { kind desktop; count 10 }\n    updates on_change within 10 business_days\n  }';
  it('does not apply to an inventory that never changes', () => {
    expect(severityOf(check('scope { equipment desktops { kind desktop; count 10 } }'), 'IG3095')).toEqual([]);
  });
  it('asks what a change in scope does to the price, and writes the amendment rule as its fix', () => {
    const text = wrap(varying);
    const d = checkText(text).find((x) => x.code === 'IG3095');
    expect(d?.severity).toBe('warning');
    expect(d?.args['missing']).toEqual(['scope.price_change']);
    const fixed = applyFix(text, d);
    expect(fixed).toContain('    price_change amendment\n');
    expect(checkText(fixed).filter((x) => x.code === 'IG3095')).toEqual([]);
  });
  it('adjusts at unit prices for a per-device fee, and then needs the unit prices', () => {
    const text = wrap(`  price { fee 1450.00 EUR per month; basis per_device }\n${varying}`);
    const d = checkText(text).find((x) => x.code === 'IG3095');
    const fixed = applyFix(text, d);
    expect(fixed).toContain('price_change unit_prices');
    const again = checkText(fixed).find((x) => x.code === 'IG3095');
    expect(again?.args['missing']).toEqual(['scope.unit_price']);
    expect(renderMessage(again as Diagnostic, 'fr')).toContain('Variation du périmètre : le prix ne peut être déterminé sans prix unitaires.');
  });
  it('accepts unit prices in the inventory or in the rate card', () => {
    const inInventory = check('scope { equipment desktops { kind desktop; count 10; unit_price 25.00 EUR per month }; price_change unit_prices }');
    const inRateCard = check('price { unit_price 25.00 EUR per device }\nscope { equipment desktops { kind desktop; count 10 }; price_change unit_prices }');
    expect(severityOf(inInventory, 'IG3095')).toEqual([]);
    expect(severityOf(inRateCard, 'IG3095')).toEqual([]);
  });
});

describe('service.transition-in (IG3096)', () => {
  it('is recommended for a managed-services contract and when the services start after entry into force', () => {
    expect(severityOf(check('kind infogerance\nservices { mco { covers all } }'), 'IG3096')).toEqual(['warning']);
    expect(severityOf(check('kind maintenance\nterm { effective 2027-01-01; service_start 2027-02-01 }\nservices { corrective { covers all } }'), 'IG3096')).toEqual(['warning']);
    expect(severityOf(check('kind maintenance\nterm { effective 2027-01-01; service_start 2027-01-01 }\nservices { corrective { covers all } }'), 'IG3096')).toEqual(['info']);
  });
  it('needs a duration only when no later start date ends the phase', () => {
    const onboarding = 'services { onboarding { tasks inventory_audit, documentation_takeover; start_report joint; fee included } }';
    const same = check(`kind infogerance\nterm { effective 2027-01-01; service_start 2027-01-01 }\n${onboarding}`).find((x) => x.code === 'IG3096');
    expect(same?.args['missing']).toEqual(['services.onboarding.duration']);
    expect(severityOf(check(`kind infogerance\nterm { effective 2027-01-01; service_start 2027-02-01 }\n${onboarding}`), 'IG3096')).toEqual([]);
  });
  it('wants the inventory audit, the take-over of the documentation and the price of a flat fee', () => {
    const d = check('kind infogerance\nservices { onboarding { tasks access_setup; duration 10 business_days; start_report joint; fee flat } }').find((x) => x.code === 'IG3096');
    expect(d?.args['missing']).toEqual(['services.onboarding.tasks', 'services.onboarding.fee']);
  });
});

describe('governance.committees (IG3097) and governance.quality-plan (IG3098)', () => {
  it('are recommended for a managed-services contract, optional otherwise', () => {
    expect(severityOf(check('kind infogerance\ngovernance { steering quarterly }'), 'IG3097')).toEqual(['warning']);
    expect(severityOf(check('kind maintenance\ngovernance { steering quarterly }'), 'IG3097')).toEqual(['info']);
    expect(severityOf(check('kind infogerance\ngovernance { steering quarterly }'), 'IG3098')).toEqual(['warning']);
    expect(severityOf(check('kind maintenance\ngovernance { steering quarterly }'), 'IG3098')).toEqual(['info']);
  });
  it('ask for the members and minutes of each committee declared, and the escalation ladder', () => {
    const d = check('kind infogerance\ngovernance { operational monthly { members contract_managers }; steering quarterly { minutes provider within 10 business_days } }').find((x) => x.code === 'IG3097');
    expect(d?.args['missing']).toEqual(['governance.operational.minutes', 'governance.steering.members', 'governance.escalation']);
  });
  it('leave an absent governance block to IG3051', () => {
    const ds = check('kind infogerance');
    expect(severityOf(ds, 'IG3097')).toEqual([]);
    expect(severityOf(ds, 'IG3098')).toEqual([]);
    expect(severityOf(ds, 'IG3051')).toEqual(['warning']);
  });
});

describe('advice.duty (IG3048): what the duty covers', () => {
  const duty = (subjects: string): string => wrap(`  advice {\n    duty {\n${subjects}      alerts written\n      acknowledgement written\n      needs_document "Expression des besoins"\n    }\n  }`);
  it('asks that it cover the specification, the risks of changes and their organisational impact, and writes them', () => {
    const text = duty('');
    const d = checkText(text).find((x) => x.code === 'IG3048');
    expect(d?.args['missing']).toEqual(['advice.duty.subjects']);
    const fixed = applyFix(text, d);
    expect(fixed).toContain('      subjects needs, specification, changes, organisation\n');
    expect(checkText(fixed).filter((x) => x.code === 'IG3048')).toEqual([]);
  });
  it('completes a partial list after what is there', () => {
    const text = duty('      subjects obsolescence, changes\n');
    const fixed = applyFix(text, checkText(text).find((x) => x.code === 'IG3048'));
    expect(fixed).toContain('subjects obsolescence, changes, needs, specification, organisation');
  });
});

describe('service.mco (IG3037): the length of an on-site visit', () => {
  it('is asked for an on-site visit only', () => {
    const onsite = check('kind infogerance\nservices { mco { covers all; monitoring servers; visit onsite monthly; report monthly } }').find((x) => x.code === 'IG3037');
    expect(onsite?.args['missing']).toEqual(['services.mco.visit.duration']);
    expect(severityOf(check('kind infogerance\nservices { mco { covers all; monitoring servers; visit remote weekly; visit onsite monthly of 4 hours; report monthly } }'), 'IG3037')).toEqual([]);
  });
});

describe('validity of the managed-services facts (IG4180–IG4184)', () => {
  it('IG4180: an on-site allowance says what the next interventions cost', () => {
    const d = check('support { onsite { included up_to 2 per month } }').find((x) => x.code === 'IG4180');
    expect(renderMessage(d as Diagnostic, 'fr')).toContain('dans la limite de 2 par mois');
    expect(severityOf(check('support { onsite { included up_to 2 per month; billed 95.00 EUR per hour } }'), 'IG4180')).toEqual([]);
    expect(severityOf(check('support { onsite { included } }'), 'IG4180')).toEqual([]);
  });
  it('IG4181: a later service start ends the phase, so a length of its own is removed by the fix', () => {
    const text = wrap('  term { effective 2027-01-01; service_start 2027-02-01 }\n  services {\n    onboarding {\n      tasks inventory_audit\n      duration 10 business_days\n    }\n  }');
    const d = checkText(text).find((x) => x.code === 'IG4181');
    expect(renderMessage(d as Diagnostic, 'en')).toContain('The services start on 2027-02-01');
    const fixed = applyFix(text, d);
    expect(fixed).not.toContain('duration');
    expect(checkText(fixed).filter((x) => x.code === 'IG4181')).toEqual([]);
    expect(severityOf(check('term { effective 2027-01-01; service_start 2027-01-01 }\nservices { onboarding { duration 10 business_days } }'), 'IG4181')).toEqual([]);
  });
  it('IG4182: unit prices are in the currency of the fee', () => {
    const ds = check('price { fee 1450.00 EUR per month }\nscope { equipment d { kind desktop; unit_price 25.00 CHF per month }; software s { name "S"; unit_price 5.00 EUR per month } }');
    expect(ds.filter((x) => x.code === 'IG4182').map((x) => x.args['currency'])).toEqual(['CHF']);
  });
  it('IG4183: a rollover cap does not exceed the allowance of the period', () => {
    expect(severityOf(check('support { quota hours { count 40 per year; step 15 min; rollover capped 60; overage 75.00 EUR per hour } }'), 'IG4183')).toEqual(['warning']);
    expect(severityOf(check('support { quota hours { count 40 per year; step 15 min; rollover capped 40; overage 75.00 EUR per hour } }'), 'IG4183')).toEqual([]);
  });
  it('IG4184: each escalation step is seized once, and a committee step needs its committee', () => {
    const ds = check('governance { operational monthly; escalation { level operational within 5 business_days; level steering within 10 business_days; level operational within 5 business_days } }');
    expect(ds.filter((x) => x.code === 'IG4184').map((x) => `${x.args['level']} ${x.args['problem']}`)).toEqual(['steering no_committee', 'operational repeated']);
  });
});
