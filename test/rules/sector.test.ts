import { describe, expect, it } from 'vitest';
import { allStatements, checkSource, RULES, renderMessage, SECTOR_PROFILES } from '../../compiler/src/index.ts';
import { factLabel } from '../../compiler/src/diagnostics/codes/facts.ts';
import { SECTORS } from '../../compiler/src/cli/init/sectors.ts';
import { MemoryHost } from '../helpers/host.ts';

// Sector profiles (schema/blocks/sector-profiles.ts) and the rules they bring: the table is
// consistent with the vocabulary, the rule catalogue and the clause library; each profile applies to
// the contracts its conditions select and to no other, at its level, and reports exactly the facts
// it requires. Plus the security annex, the sub-processor list against the tools used, and the
// validators IG4190–IG4196.

type Diags = ReturnType<typeof checkSource>['diagnostics'];

function check(body: string): Diags {
  const text = `contract "Test" {\n${body}\n}\n`;
  return checkSource({ path: 'c.infog', text }, new MemoryHost({ 'c.infog': text }, '2026-11-23')).diagnostics;
}

const codes = (ds: Diags, code: string): Diags => ds.filter((d) => d.code === code);
const missing = (ds: Diags, code: string): unknown => codes(ds, code)[0]?.args['missing'];

/** The text with the first fix of a diagnostic applied (edits from the end, so offsets hold). */
function applyFixes(text: string, d: Diags[number]): string {
  const edits = [...(d.fixes?.[0]?.edits ?? [])].sort((a, b) => b.range.start - a.range.start);
  return edits.reduce((t, e) => t.slice(0, e.range.start) + e.newText + t.slice(e.range.end), text);
}

const HOSTING = 'sla { hosting provider\n availability "RIS" 99.9% { window calendar_month } }';

describe('the sector-profile table', () => {
  const paths = new Set(allStatements().map((s) => s.path.replace(/^contract\./u, '')));
  const rules = new Set(RULES.map((r) => r.code.rule));

  it('names real statements, real rules and labelled facts', () => {
    for (const p of SECTOR_PROFILES) {
      expect(rules.has(p.rule), `${p.id}: rule ${p.rule}`).toBe(true);
      for (const r of p.requires) {
        expect(paths.has(r.fact), `${p.id}: ${r.fact}`).toBe(true);
        expect(factLabel(r.fact, 'fr'), `${p.id}: label of ${r.fact}`).not.toBe(r.fact);
        if (r.when) expect(paths.has(r.when.path) || r.when.path === 'law', `${p.id}: ${r.when.path}`).toBe(true);
      }
      for (const set of p.selectedBy) for (const c of set) expect(paths.has(c.path) || c.path === 'law', `${p.id}: ${c.path}`).toBe(true);
      expect(p.name.fr.length > 5 && p.name.en.length > 5 && p.summary.fr.length > 20 && p.summary.en.length > 20).toBe(true);
      expect(p.legalBasis).not.toMatch(/brief|§|\[S\d/iu);
    }
  });

  it('lists for NIS 2 exactly the facts its rule (IG3034) reports', () => {
    const nis2 = SECTOR_PROFILES.find((p) => p.id === 'nis2');
    expect(missing(check('nis2 { client_status important }'), 'IG3034')).toEqual(nis2?.requires.map((r) => r.fact));
  });

  it('is what the starting blocks of `infog init --sector` satisfy: valid vocabulary, no finding of the profiles they name', () => {
    const rows = SECTORS.filter((s) => s.sector);
    expect(rows.map((s) => s.id)).toEqual(['health', 'legal']);
    for (const row of rows) {
      const sector = row.sector!;
      const rules = sector.profiles.map((id) => SECTOR_PROFILES.find((p) => p.id === id)?.rule);
      expect(rules.every((r) => r !== undefined), row.id).toBe(true);
      for (const law of ['FR', 'CH', 'BE'] as const) {
        const lines = sector.statements.filter((x) => x.laws.includes(law)).flatMap((x) => x.lines.map((l) => (typeof l.line === 'string' ? l.line : l.line.fr)));
        const ds = check(`law ${law}\nsector ${sector.profession} {\n${lines.join('\n')}\n}`);
        expect(ds.filter((d) => d.code.startsWith('IG1') || d.code.startsWith('IG2') || rules.includes(d.rule)), `${row.id} ${law}`).toEqual([]);
        // The client's secrecy is extended to the provider's staff under every law.
        expect(lines).toContain('secrecy {');
      }
    }
  });
});

describe('sector.professional-secrecy (IG3105)', () => {
  it('applies to the professions bound by statutory secrecy, per law', () => {
    for (const law of ['FR', 'CH', 'BE']) {
      for (const kind of ['lawyer', 'physician', 'dentist', 'health_professional', 'health_establishment']) {
        expect(codes(check(`law ${law}\nsector ${kind}`), 'IG3105').map((d) => d.severity), `${law} ${kind}`).toEqual(['error']);
      }
    }
    expect(codes(check('law FR\nsector payment_institution'), 'IG3105')).toHaveLength(1);
    expect(codes(check('law CH\nsector credit_institution'), 'IG3105')).toHaveLength(1);
    expect(codes(check('law BE\nsector payment_institution'), 'IG3105')).toEqual([]);
    expect(codes(check('law FR\nsector other'), 'IG3105')).toEqual([]);
    expect(codes(check('law FR'), 'IG3105')).toEqual([]);
  });
  it('names exactly the missing facts, at the sector block', () => {
    const ds = check('law FR\nsector lawyer { secrecy { staff "Julie Koch" } }');
    expect(missing(ds, 'IG3105')).toEqual(['sector.secrecy.undertaking', 'sector.secrecy.access']);
    expect(renderMessage(codes(ds, 'IG3105')[0]!, 'fr')).toMatch(/engagement de secret des intervenants/u);
    expect(codes(check('law FR\nsector lawyer { secrecy { staff "Julie Koch"; undertaking signed; access named_only } }'), 'IG3105')).toEqual([]);
  });
});

describe('sector.health-hosting (IG3106)', () => {
  it('applies when a French health client has its data hosted by the provider', () => {
    expect(codes(check(`law FR\nsector physician\n${HOSTING}`), 'IG3106')).toHaveLength(1);
    expect(codes(check('law FR\nsector dentist\nscope { cloud c { supplied_by provider } }'), 'IG3106')).toHaveLength(1);
    expect(codes(check(`law FR\npersonal_data { data_types health; data_subjects patients }\n${HOSTING}`), 'IG3106')).toHaveLength(1);
  });
  it('does not apply without hosting, outside French law, or without health data', () => {
    expect(codes(check('law FR\nsector physician'), 'IG3106')).toEqual([]);
    expect(codes(check(`law BE\nsector dentist\n${HOSTING}`), 'IG3106')).toEqual([]);
    expect(codes(check(`law FR\nsector lawyer\n${HOSTING}`), 'IG3106')).toEqual([]);
  });
  it('asks for the hoster only when the provider resells', () => {
    const base = 'certificate { activities administration; issued 2025-01-01; renewal 2028-01-01 }\n location FR\n access named_staff\n incident_contact "X"\n changes_notice 3 months';
    const certified = check(`law FR\nsector physician { health_hosting { role certified\n ${base} } }\nsecurity { audit { by client } }\n${HOSTING}`);
    expect(codes(certified, 'IG3106')).toEqual([]);
    const reseller = check(`law FR\nsector physician { health_hosting { role reseller\n ${base} } }\nsecurity { audit { by client } }\n${HOSTING}`);
    expect(missing(reseller, 'IG3106')).toEqual(['sector.health_hosting.hoster']);
  });
});

describe('sector.dora (IG3107) and sector.dora-critical (IG3108)', () => {
  it('applies to financial entities under EU law, and to a declared dora block', () => {
    for (const kind of ['credit_institution', 'payment_institution', 'e_money_institution', 'investment_firm', 'insurance_undertaking']) {
      expect(codes(check(`law FR\nsector ${kind}`), 'IG3107'), kind).toHaveLength(1);
    }
    expect(codes(check('law BE\nsector insurance_undertaking'), 'IG3107')).toHaveLength(1);
    // SME insurance intermediaries are outside DORA (art. 2(3)(e)) unless the contract says otherwise.
    expect(codes(check('law FR\nsector insurance_intermediary'), 'IG3107')).toEqual([]);
    expect(codes(check('law FR\nsector insurance_intermediary { dora { critical_function no } }'), 'IG3107')).toHaveLength(1);
    expect(codes(check('law CH\nsector credit_institution'), 'IG3107')).toEqual([]);
  });
  it('requires the article 30(3) facts only for a critical or important function', () => {
    expect(codes(check('law FR\nsector payment_institution { dora { critical_function no } }'), 'IG3108')).toEqual([]);
    const ds = check('law FR\nsector payment_institution { dora { critical_function yes; tlpt no; access_audit yes } }');
    expect(missing(ds, 'IG3108')).toEqual(['sector.dora.material_change_notice', 'sector.dora.tlpt', 'sector.dora.exit_transition', 'security.continuity', 'security.audit']);
  });
});

describe('security.continuity (IG3109) and security.annex (IG3110)', () => {
  it('asks hosted production services for RPO, RTO, plans and tests', () => {
    expect(missing(check(HOSTING), 'IG3109')).toEqual(['security.continuity.plans', 'security.continuity.rpo', 'security.continuity.rto', 'security.continuity.test']);
    expect(codes(check('sla { hosting provider }'), 'IG3109')).toEqual([]);
    expect(codes(check(`${HOSTING}\nsecurity { continuity { plans drp; rpo 24 h; rto 4 h; test yearly } }`), 'IG3109')).toEqual([]);
  });
  it('recommends a security annex for managed services', () => {
    const ds = check('kind infogerance');
    expect(codes(ds, 'IG3110').map((d) => d.severity)).toEqual(['warning']);
    expect(missing(ds, 'IG3110')).toEqual(['security']);
    expect(missing(check('kind infogerance\nsecurity { policy provider "PSSI" }'), 'IG3110')).toEqual(['security.audit', 'security.incident']);
    expect(codes(check('kind maintenance'), 'IG3110')).toEqual([]);
  });
});

describe('data.subprocessors-tools (IG3111)', () => {
  const pd = (subs: string): string => `law FR\npersonal_data { subprocessors { authorisation specific\n${subs} } }`;
  it('finds a hosted remote-access tool whose vendor is not a sub-processor', () => {
    const ds = check(`${pd('subprocessor ninja "NinjaOne SAS" { country FR; service rmm }')}\nservices { remote_access { tools "NinjaOne", "TeamViewer Tensor", "Bastion Wallix" } }`);
    expect(codes(ds, 'IG3111').map((d) => d.args['subject'])).toEqual(['TeamViewer Tensor']);
    expect(codes(ds, 'IG3111')[0]?.severity).toBe('warning');
  });
  it('finds a cloud backup and a resold cloud service without their holder', () => {
    const ds = check(`${pd('subprocessor ninja "NinjaOne SAS" { country FR; service rmm }')}\nservices { backup { location cloud FR } }\nscope { cloud c { supplied_by provider; vendor "OVHcloud" } }`);
    expect(codes(ds, 'IG3111').map((d) => d.args['subject'])).toEqual(['backup', 'OVHcloud']);
    const ok = check(`${pd('subprocessor ovh "OVH SAS" { country FR; service backup }')}\nservices { backup { location cloud FR } }\nscope { cloud c { supplied_by provider; vendor "OVHcloud" } }`);
    expect(codes(ok, 'IG3111')).toEqual([]);
  });
});

describe('validators IG4190–IG4196', () => {
  it('IG4190: a national identifier of another law, with a quick fix', () => {
    const body = 'law BE\npersonal_data { data_types identity, nir }';
    const ds = check(body);
    const d = codes(ds, 'IG4190')[0];
    expect(d?.args['expected']).toBe('niss');
    const text = `contract "Test" {\n${body}\n}\n`;
    expect(applyFixes(text, d!)).toContain('data_types identity, niss');
    expect(codes(check('law FR\npersonal_data { data_types nir }'), 'IG4190')).toEqual([]);
    expect(codes(check('law CH\npersonal_data { data_types niss }'), 'IG4190')).toHaveLength(1);
  });
  it('IG4191: a security annex announced without the security block', () => {
    expect(codes(check('nis2 { client_status important; security_annex yes }'), 'IG4191')).toHaveLength(1);
    expect(codes(check('nis2 { client_status important; security_annex yes }\nsecurity { audit { by client } }'), 'IG4191')).toEqual([]);
  });
  it('IG4192–IG4194: HDS hosting outside the EEA, certificate dates, hoster without hosting', () => {
    const ds = check(`law FR
term { effective 2027-01-01 }
personal_data { subprocessors { subprocessor n "NinjaOne SAS" { country FR; service rmm } } }
sector physician { health_hosting {
  location FR, US
  certificate { issued 2023-01-01; renewal 2026-01-01 }
  hoster n
} }`);
    expect(codes(ds, 'IG4192').map((d) => d.args['country'])).toEqual(['US']);
    expect(codes(ds, 'IG4193')).toHaveLength(1);
    expect(codes(ds, 'IG4194').map((d) => d.args['hoster'])).toEqual(['n']);
  });
  it('IG4195: a processing country missing from the DORA locations', () => {
    const ds = check('law FR\npersonal_data { location FR, DE }\nsector payment_institution { dora { locations FR } }');
    expect(codes(ds, 'IG4195').map((d) => d.args['country'])).toEqual(['DE']);
  });
  it('IG4196: a French or EU profile under another law', () => {
    expect(codes(check('law BE\nsector dentist { health_hosting { role certified } }'), 'IG4196').map((d) => d.severity)).toEqual(['error']);
    expect(codes(check('law CH\nsector credit_institution { dora { critical_function no } }'), 'IG4196').map((d) => d.severity)).toEqual(['warning']);
    expect(codes(check('law FR\nsector physician { health_hosting { role certified } }'), 'IG4196')).toEqual([]);
  });
});
