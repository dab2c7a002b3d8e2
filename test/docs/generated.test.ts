import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderRulesDoc, renderVocabularyDoc } from '../../scripts/docs-render.ts';
import { REPO } from '../helpers/host.ts';

// The reference docs are generated from the schema and the catalogue; a stale committed copy fails here.
describe('generated docs', () => {
  it('docs/vocabulary.md is current (node scripts/gen-docs.ts)', () => {
    expect(readFileSync(join(REPO, 'docs', 'vocabulary.md'), 'utf8')).toBe(renderVocabularyDoc());
  });
  it('docs/rules.md is current (node scripts/gen-docs.ts)', () => {
    expect(readFileSync(join(REPO, 'docs', 'rules.md'), 'utf8')).toBe(renderRulesDoc());
  });
});
