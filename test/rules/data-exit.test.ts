import { describe, expect, it } from 'vitest';
import { checkSource, renderMessage } from '../../compiler/src/index.ts';
import { adequate, insideZone, TABLES_VERSION } from '../../compiler/src/model/checks/data-exit/tables.ts';
import { MemoryHost } from '../helpers/host.ts';

// Data-exit rules (brief §2.7, §2.8) and validators (§3.5): applicability, exact missing facts, the
// "how, not a keyword" design of art. 28 duties, and the Data Act charge dates against today.

type Diags = ReturnType<typeof checkSource>['diagnostics'];

function check(body: string, today = '2026-11-23'): Diags {
  const text = `contract "Test" {\n${body}\n}\n`;
  return checkSource({ path: 'c.infog', text }, new MemoryHost({ 'c.infog': text }, today)).diagnostics;
}

const codes = (ds: Diags, code: string): Diags => ds.filter((d) => d.code === code);
const missing = (ds: Diags, code: string): unknown => codes(ds, code)[0]?.args['missing'];

describe('data.gdpr-dpa (IG3065)', () => {
  it('applies to remote maintenance under French law even without a personal_data block', () => {
    const ds = check('law FR\nservices { remote_access { tools "NinjaOne" } }');
    expect(codes(ds, 'IG3065').map((d) => d.severity)).toEqual(['error']);
  });
  it('applies under Swiss law only when data subjects are in the EU', () => {
    expect(codes(check('law CH\npersonal_data { purposes it_maintenance }'), 'IG3065')).toEqual([]);
    expect(codes(check('law CH\npersonal_data { subjects_location eu }'), 'IG3065')).toHaveLength(1);
  });
  it('does not apply when the provider processes no personal data', () => {
    expect(codes(check('law FR\npersonal_data { processing no }'), 'IG3065')).toEqual([]);
  });
  it('does not count a duty stated without its "how" (EDPB 07/2020)', () => {
    const ds = check('law FR\npersonal_data { audits { by client }\n assist_rights { forward_requests yes }\n assist_compliance { covers security, breach } }');
    const m = missing(ds, 'IG3065') as string[];
    expect(m).toContain('personal_data.audits');
    expect(m).toContain('personal_data.assist_rights');
    expect(m).toContain('personal_data.assist_compliance');
  });
  it('lists exactly the missing items, and nothing once they are stated', () => {
    const full = `law FR
personal_data {
  form written
  subject_matter workstations
  duration contract_term
  nature remote_access
  purposes it_maintenance
  data_types identity
  data_subjects employees
  controller { obligations lawful_basis; rights audit }
  instructions { channel ticket; legal_requirement inform_beforehand }
  staff_confidentiality { means employment_contract }
  security { measures mfa }
  subprocessors { authorisation specific; flow_down same_obligations; liability full; none }
  assist_rights { within 5 business_days }
  assist_compliance { covers security, breach, dpia, prior_consultation }
  audits { notice 30 days; frequency yearly; by client, mandated_auditor }
  infringing_instruction { notify within 1 business_day }
  breach_notification { within 24 h }
}
exit { data_return { choice delete; within 30 days } }`;
    expect(codes(check(full), 'IG3065')).toEqual([]);
    const ds = check(full.replace('  breach_notification { within 24 h }\n', '').replace('  form written\n', ''));
    expect(missing(ds, 'IG3065')).toEqual(['personal_data.form', 'personal_data.breach_notification']);
    const d = codes(ds, 'IG3065')[0];
    expect(d).toBeDefined();
    expect(renderMessage(d!, 'en')).toContain('breach notification to the controller in hours');
  });
  it('accepts the breach notice only in hours', () => {
    expect(check('law FR\npersonal_data { breach_notification { within 2 business_days } }').some((d) => d.code.startsWith('IG2'))).toBe(true);
  });
});

describe('data.subprocessors (IG3066) and data.transfers (IG3067)', () => {
  it('asks notice and objection only under a general authorisation', () => {
    expect(missing(check('law FR\npersonal_data { subprocessors { authorisation general; none } }'), 'IG3066'))
      .toEqual(['personal_data.subprocessors.notice', 'personal_data.subprocessors.objection']);
    expect(codes(check('law FR\npersonal_data { subprocessors { authorisation specific; none } }'), 'IG3066')).toEqual([]);
  });
  it('needs a mechanism per destination outside the EEA, not inside', () => {
    const ds = check('law FR\npersonal_data { location FR, DE, GB\n subprocessors { subprocessor a "A" { country US; service rmm } } }');
    expect(codes(ds, 'IG3067').map((d) => d.args['subject'])).toEqual(['GB', 'US']);
  });
  it('uses the Swiss zone under Swiss law (EEA is adequate)', () => {
    expect(codes(check('law CH\npersonal_data { location CH, DE }'), 'IG3067')).toEqual([]);
  });
  it('keeps the adequacy lists in a dated table', () => {
    expect(TABLES_VERSION).toMatch(/^\d{4}-\d{2}$/);
    expect(insideZone('NO', 'gdpr')).toBe(true);
    expect(adequate('CH', 'gdpr')).toBe(true);
    expect(adequate('US', 'gdpr')).toBe(false);
    expect(adequate('MC', 'nlpd')).toBe(true);
  });
});

describe('ip.deliverables (IG3069)', () => {
  it('requires the CPI L131-3 field of exploitation only under French law', () => {
    const body = 'ip { deliverables scripts; regime assignment; know_how reuse\n assignment { rights reproduction; destination internal_operation } }';
    expect(missing(check(`law FR\n${body}`), 'IG3069')).toEqual(['ip.assignment.extent', 'ip.assignment.territory', 'ip.assignment.duration', 'ip.assignment.price']);
    expect(codes(check(`law CH\n${body}`), 'IG3069')).toEqual([]);
  });
  it('does not apply without deliverables', () => {
    expect(codes(check('law FR\nip { deliverables none }'), 'IG3069')).toEqual([]);
  });
});

describe('exit rules', () => {
  it('accepts the removal delay stated with the remote-access service', () => {
    expect(missing(check('services { remote_access { removal within 5 days } }\nexit { remote_tools { by provider; confirmation written } }'), 'IG3075')).toBeUndefined();
  });
  it('applies cloud switching only when the provider supplies the cloud service', () => {
    expect(codes(check('law FR\nscope { cloud m { name "M365"; supplied_by client } }'), 'IG3078')).toEqual([]);
    expect(codes(check('law FR\nscope { cloud b { name "Sauvegarde"; supplied_by provider } }'), 'IG3078')).toHaveLength(1);
  });
});

describe('Data Act switching charges (IG4210)', () => {
  const body = (effective: string, initial: string): string =>
    `law FR\nterm { effective ${effective}; initial ${initial} }\nexit { cloud_switching { charges at_cost } }`;
  it('allows at-cost charges for a contract that ends before 12 January 2027', () => {
    expect(codes(check(body('2026-01-01', '12 months')), 'IG4210')).toEqual([]);
  });
  it('forbids them when the contract runs past 11 January 2027', () => {
    expect(codes(check(body('2026-06-01', '12 months')), 'IG4210')).toHaveLength(1);
  });
  it('forbids them once today is past the cut-off, whatever the term', () => {
    expect(codes(check(body('2026-01-01', '12 months'), '2027-02-01'), 'IG4210')).toHaveLength(1);
  });
});

describe('validators (brief §3.5)', () => {
  it('grades the breach notice: 48 h fine, 49 h warning, 73 h error', () => {
    const at = (h: number): string[] => check(`law FR\npersonal_data { breach_notification { within ${h} h } }`)
      .filter((d) => d.code === 'IG4203' || d.code === 'IG4204').map((d) => `${d.severity} ${d.code}`);
    expect(at(48)).toEqual([]);
    expect(at(49)).toEqual(['warning IG4203']);
    expect(at(73)).toEqual(['error IG4204']);
  });
  it('accepts 1 to 12 months of assistance', () => {
    const at = (d: string): number => codes(check(`reversibility { assistance { duration ${d} } }`), 'IG4200').length;
    expect([at('1 month'), at('30 days'), at('12 months'), at('1 year')]).toEqual([0, 0, 0, 0]);
    expect([at('2 weeks'), at('13 months')]).toEqual([1, 1]);
  });
});
