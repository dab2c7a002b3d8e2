import { describe, expect, it } from 'vitest';
import { sortDiagnostics } from '../../compiler/src/model/index.ts';
import type { Diagnostic } from '../../compiler/src/diagnostics/index.ts';

// The one order every consumer sees (issue 17): a diagnostic emitted twice is published once, by the
// core, so the CLI and the language server agree; findings that differ only by their arguments stay.

const d = (code: string, start: number, args: Diagnostic['args']): Diagnostic => ({ code, severity: 'error', file: 'a.infog', range: { start, end: start + 1 }, args });

describe('sortDiagnostics', () => {
  it('drops exact repeats, keeps same code and range with other arguments, sorts by place', () => {
    const provider = d('IG3001', 0, { subject: '', missing: ['party.provider'] });
    const client = d('IG3001', 0, { subject: '', missing: ['party.client'] });
    const later = d('IG2001', 5, { keyword: 'x' });
    expect(sortDiagnostics([later, provider, client, { ...provider }, later])).toEqual([provider, client, later]);
  });
});
