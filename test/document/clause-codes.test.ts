import { describe, expect, it } from 'vitest';
import { checkSource, renderMessage } from '../../compiler/src/index.ts';
import { buildDocument, checkClauses } from '../../compiler/src/backends/document/index.ts';
import { MemoryHost } from '../helpers/host.ts';
import { FULL_TEXT } from '../pdf/full.ts';

// Clause ids are unique across the whole library, sub-clauses included (the other clause codes are
// produced in clauses.test.ts).

describe('clause ids', () => {
  it('IG6005: a firm’s clause module reusing the id of an existing clause for a sub-clause', () => {
    const firm = 'clause firm_terms {\n  title "Conditions du cabinet" "Firm terms"\n  clause notices {\n    fr """Texte."""\n    en """Text."""\n  }\n}\n';
    const text = `import "./firm"\n${FULL_TEXT}`;
    const host = new MemoryHost({ 'full.infog': text, 'firm.infog': firm });
    const result = checkSource({ path: 'full.infog', text }, host);
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const ds = checkClauses(result.model, host);
    expect(ds.map((d) => [d.code, d.file, firm.slice(d.range.start, d.range.end)])).toEqual([['IG6005', 'firm.infog', 'notices']]);
    expect(renderMessage(ds[0]!, 'fr')).toBe('La clause « notices » est déjà définie ; les renvois et les remplacements seraient ambigus.');
    expect(buildDocument(result.model, { lang: 'fr', draft: false, host }).diagnostics.map((d) => d.code)).toContain('IG6005');
  });
});
