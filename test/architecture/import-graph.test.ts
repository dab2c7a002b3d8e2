import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO } from '../helpers/host.ts';

// Architecture invariant: a stage imports only earlier stages, `text/` and `diagnostics/`
// (ARCHITECTURE.md). This reads every import of compiler/src and fails on a backward edge.

const SRC = join(REPO, 'compiler', 'src');

/** The flow, in order; a stage may import any stage before it. */
const ORDER = ['text', 'diagnostics', 'syntax', 'ast', 'schema', 'calendar', 'model', 'backends', 'ide', 'format', 'cli'];
/** Exceptions that keep stages apart: the calendar is pure and needs no syntax or schema. */
const FORBIDDEN: Record<string, readonly string[]> = {
  calendar: ['syntax', 'ast', 'schema'],
  format: ['schema', 'calendar', 'model', 'backends', 'ide'],
};
/** Files at the root of src: the public API and the Host interface. */
const ROOT_FILES: Record<string, readonly string[]> = { 'host.ts': [], 'index.ts': ORDER };

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? tsFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []);
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const out: string[] = [];
  for (const m of text.matchAll(/(?:^|\n)\s*(?:import|export)\s[^'";]*?from\s+['"]([^'"]+)['"]|(?:^|\n)\s*import\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)) {
    const spec = m[1] ?? m[2] ?? m[3];
    if (spec?.startsWith('.')) out.push(spec);
  }
  return out;
}

function stageOf(file: string): string {
  return relative(SRC, file).split(/[\\/]/)[0] ?? '';
}

describe('import graph of compiler/src', () => {
  const edges = tsFiles(SRC).flatMap((file) => importsOf(file).map((spec) => ({ file, target: resolve(dirname(file), spec) })));

  it('finds the stages', () => {
    expect(edges.length).toBeGreaterThan(20);
  });

  it('has no backward import between stages', () => {
    const bad: string[] = [];
    for (const { file, target } of edges) {
      const from = stageOf(file);
      const to = stageOf(target);
      if (!target.startsWith(SRC)) {
        bad.push(`${relative(REPO, file)} imports outside compiler/src: ${relative(REPO, target)}`);
        continue;
      }
      if (from === to || to === 'host.ts') continue;
      if (from.endsWith('.ts')) {
        const allowed = ROOT_FILES[from] ?? [];
        if (!allowed.includes(to)) bad.push(`${from} → ${to}`);
        continue;
      }
      const fi = ORDER.indexOf(from);
      const ti = ORDER.indexOf(to);
      if (fi < 0) bad.push(`unknown stage folder ${from} (add it to ORDER and ARCHITECTURE.md)`);
      else if (ti < 0 && to !== 'index.ts') bad.push(`${relative(REPO, file)} imports unknown ${to}`);
      else if (to === 'index.ts' && from !== 'cli') bad.push(`${relative(REPO, file)} imports the public API from inside the core`);
      else if (to !== 'index.ts' && (ti >= fi) || (FORBIDDEN[from] ?? []).includes(to)) bad.push(`${relative(REPO, file)} (${from}) → ${relative(REPO, target)} (${to})`);
    }
    expect(bad).toEqual([]);
  });

  it('keeps I/O out of the core: only cli/ touches node:fs, the network never', () => {
    const offenders = tsFiles(SRC).filter((file) => {
      const text = readFileSync(file, 'utf8');
      const io = /from\s+['"](node:)?(fs|fs\/promises|child_process|net|http|https|http2|dgram|tls|dns)['"]/.test(text);
      return io && stageOf(file) !== 'cli';
    });
    expect(offenders.map((f) => relative(REPO, f))).toEqual([]);
    const network = tsFiles(SRC).filter((f) => /from\s+['"](node:)?(net|http|https|http2|dgram|tls|dns)['"]/.test(readFileSync(f, 'utf8')));
    expect(network.map((f) => relative(REPO, f))).toEqual([]);
  });

  it('talks to the network in one place: the `infog push` command, through the global fetch', () => {
    const fetching = tsFiles(SRC).filter((f) => /\bfetch\s*\(|\bXMLHttpRequest\b|\bWebSocket\b/.test(readFileSync(f, 'utf8')));
    expect(fetching.map((f) => relative(REPO, f))).toEqual(['compiler/src/cli/commands/push.ts']);
  });
});
