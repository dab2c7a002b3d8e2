import { describe, expect, it, vi } from 'vitest';
import { formatRange, formatText, renderMessage } from '../../compiler/src/index.ts';

// The formatter reads its own output back and refuses to change a file's meaning (IG6900). No real
// input reaches that refusal, so a printer defect is injected here: the renderer turns `12 months`
// into `13 months` (or, in a comment, drops a word) and the check must catch both.

vi.mock('../../compiler/src/format/render.ts', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../compiler/src/format/render.ts')>();
  return {
    ...real,
    render: (...args: Parameters<typeof real.render>) => real.render(...args).replace('12 months', '13 months').replace('// keep this note', '// keep'),
  };
});

describe('the formatter’s self-check (IG6900)', () => {
  it('refuses output whose values differ from the input, and leaves the file alone', () => {
    const text = 'contract "X" {\n    term { initial 12 months }\n}\n';
    const r = formatText(text, { path: 'c.infog' });
    expect(r.ok).toBe(false);
    const d = r.ok ? undefined : r.diagnostics[0];
    expect(r.ok ? [] : r.diagnostics.map((x) => [x.code, x.severity, x.file])).toEqual([['IG6900', 'error', 'c.infog']]);
    expect(renderMessage(d!, 'en')).toMatch(/^Formatting would have changed the content of the file \(.+\); the file is left as it is\. This is a bug in infog/);
    expect(renderMessage(d!, 'fr')).toMatch(/^La mise en forme aurait modifié le contenu du fichier \(.+\) ; le fichier est laissé tel quel\./);
    // Format selection goes through the same check.
    expect(formatRange(text, { start: 0, end: text.length }).ok).toBe(false);
  });

  it('refuses output that loses words of a comment', () => {
    const r = formatText('contract "X" {\n    // keep this note\n    law FR\n}\n');
    expect(r.ok ? [] : r.diagnostics.map((x) => x.code)).toEqual(['IG6900']);
  });

  it('accepts output the defect does not touch', () => {
    expect(formatText('contract "X" {\n    law FR\n}\n')).toEqual({ ok: true, text: 'contract "X" { law FR }\n' });
  });
});
