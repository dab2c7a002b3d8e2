// Assembles the flagship example with one or all of its topic parts (examples/flagship-parts/*.part)
// inserted before the contract's closing brace, writes it to a temporary file and checks it.
// Used while the vocabulary grows: `node scripts/flagship.ts sla` or `node scripts/flagship.ts all`.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const which = process.argv[2] ?? 'all';
const base = readFileSync(join(root, 'examples', 'cabinet-dupont.infog'), 'utf8');
const partsDir = join(root, 'examples', 'flagship-parts');
const parts = readdirSync(partsDir).filter((f) => f.endsWith('.part') && (which === 'all' || f === `${which}.part`)).sort();
const body = parts.map((f) => readFileSync(join(partsDir, f), 'utf8').trimEnd()).join('\n\n');
const close = base.lastIndexOf('}');
const assembled = `${base.slice(0, close).trimEnd()}\n\n${body}\n}\n`;
const dir = mkdtempSync(join(tmpdir(), 'flagship-'));
writeFileSync(join(dir, 'infog.json'), '{}\n');
const file = join(dir, 'cabinet-dupont.infog');
writeFileSync(file, assembled);
process.stdout.write(`assembled ${parts.join(', ') || '(no part)'} → ${file}\n`);
try {
  process.stdout.write(execFileSync(process.execPath, [join(root, 'compiler', 'src', 'cli', 'run.ts'), 'check', file, '--locale', process.argv[3] ?? 'en'], { encoding: 'utf8' }));
} catch (e) {
  const out = (e as { stdout?: string }).stdout;
  process.stdout.write(out ?? String(e));
  process.exitCode = 1;
}
