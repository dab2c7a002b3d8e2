import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { helpdeskDelta } from '../../compiler/src/backends/diff/helpdesk.ts';
import { buildSlaDocument } from '../../compiler/src/backends/sla/from-model.ts';
import { slaDocumentSchema, type SlaDocument } from '../../compiler/src/backends/sla/schema.ts';
import { serializeSla } from '../../compiler/src/backends/sla/serialize.ts';
import { expectGolden } from '../helpers/golden.ts';
import { checkText, edit, flagshipAmended, FLAGSHIP } from './helpers.ts';

// The helpdesk side of an amendment: the new SLA document says from which day it applies, and the
// delta lists what changes in it and which exports differ (the flagship's first amendment: P1 on
// site and restored in 2 business hours instead of 4).

function sla(text: string): SlaDocument {
  const built = buildSlaDocument(checkText(text).model, { path: 'contrat.infog', bytes: new TextEncoder().encode(text) });
  if (!built.document) throw new Error(built.diagnostics.map((d) => d.code).join(', '));
  return built.document;
}

describe('helpdesk delta', () => {
  const before = sla(FLAGSHIP);
  const after = sla(flagshipAmended());

  it('dates the new version by its amendment; the signed contract has none', () => {
    expect(before.contract.amendment).toBeUndefined();
    expect(after.contract.amendment).toEqual({ number: 1, effective: '2028-01-01' });
    expect(slaDocumentSchema.safeParse(JSON.parse(serializeSla(after))).success).toBe(true);
    // An amendment without an effective date applies from its signature.
    const signedOnly = sla(flagshipAmended().replace('      effective 2028-01-01\n', ''));
    expect(signedOnly.contract.amendment).toEqual({ number: 1, effective: '2027-12-10' });
  });

  it('lists the changed targets, the day they apply, and the exports that carry them', () => {
    const d = helpdeskDelta(before, after);
    expect(d.effective).toBe('2028-01-01');
    expect(d.amendment).toBe(1);
    const p1 = before.priorities.findIndex((p) => p.id === 'P1');
    expect(d.changes.map((c) => [c.section, c.pointer, c.old, c.new])).toEqual([
      ['priorities', `/priorities/${p1}/targets/onsite/minutes`, 240, 120],
      ['priorities', `/priorities/${p1}/targets/restore/minutes`, 240, 120],
    ]);
    // Every ticketing tool carries the P1 targets (OpenSLO holds availability objectives only, IG7015);
    // none changes for a change the helpdesk does not hold.
    expect(d.exports.map((e) => e.vendor).sort()).toEqual(['freshdesk', 'glpi', 'itop', 'rt', 'zammad', 'zendesk', 'znuny']);
    const feeOnly = helpdeskDelta(before, sla(edit(FLAGSHIP, 'fee 1450.00 EUR', 'fee 1478.27 EUR')));
    expect(feeOnly.changes).toEqual([]);
    expect(feeOnly.exports).toEqual([]);
    expectGolden(join(import.meta.dirname, 'golden', 'cabinet-dupont.avenant-1.helpdesk.json'), `${JSON.stringify(d, null, 2)}\n`);
  });

  it('matches escalations by metric and contact, not by position', () => {
    const line = (text: string): string => `${FLAGSHIP.split('\n').find((l) => l.startsWith(text)) ?? text}\n`;
    const a = line('    escalation restore at 50% to ');
    const b = line('    escalation restore at 80% to ');
    const swapped = edit(FLAGSHIP, a + b, b + a);
    expect(helpdeskDelta(before, sla(swapped)).changes).toEqual([]);
    const moved = helpdeskDelta(before, sla(edit(FLAGSHIP, 'restore at 80% to', 'restore at 75% to')));
    expect(moved.changes.map((c) => [c.section, c.kind])).toEqual([['escalation', 'added'], ['escalation', 'removed']]);
  });
});
