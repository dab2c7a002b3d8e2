// Generates the reference documentation from the data it documents: docs/vocabulary.md from the
// schema (every statement, its arguments, FR/EN docs, legal basis, example) and docs/rules.md from the
// rule registry and the catalogue, and the holiday-rule table of docs/sla-v1.md from the holiday sets.
// `test/docs/generated.test.ts` fails when a committed file is stale.
//   node scripts/gen-docs.ts          write the files
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { withHolidayRules } from './docs-holidays.ts';
import { renderRulesDoc, renderVocabularyDoc } from './docs-render.ts';

const root = join(import.meta.dirname, '..');
writeFileSync(join(root, 'docs', 'vocabulary.md'), renderVocabularyDoc());
writeFileSync(join(root, 'docs', 'rules.md'), renderRulesDoc());
const sla = join(root, 'docs', 'sla-v1.md');
writeFileSync(sla, withHolidayRules(readFileSync(sla, 'utf8')));
process.stdout.write('wrote docs/vocabulary.md, docs/rules.md, the holiday rules of docs/sla-v1.md\n');
