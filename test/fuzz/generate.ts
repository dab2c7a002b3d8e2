import { contractSpec, type Slot, type StatementSpec, type ValueType } from '../../compiler/src/index.ts';
import { Random } from './random.ts';

// Grammar- and schema-aware generation: contracts built from the vocabulary itself (keywords, slot
// types, nesting), with comments, blank lines, `;` separators and lists over several lines, plus a
// few deliberate mistakes. Every keyword the schema gains is fuzzed without touching this file.

// Preset names of the stdlib too, so `sla from silver` and `hours x from h5x10` merge real presets.
const NAMES = ['hq', 'annexe', 'P1', 'P2', 'ns', 'dupont', 'business', 'société', 'FR-69', 'CH-GE', 'mon', 'fri', 'silver', 'gold', 'h5x10', 'h24x7'];
const STDLIB_IMPORTS = ['std/sla/tiers', 'std/hours/5x10', 'std/hours/24x7', 'std/hours/extended'];
const STRINGS = ['Network Service SARL', 'Cabinet « Dupont » & Associés', 'l\'été', '€ 1 450,00', 'a\\"b', '', '😀 ok'];

function valueOf(type: ValueType, r: Random): string {
  switch (type.kind) {
    case 'string': return `"${r.pick(STRINGS)}"`;
    case 'text': return r.chance(0.3) ? `"""\n    ${r.pick(STRINGS)}\n    {term.initial}\n    """` : `"${r.pick(STRINGS)}"`;
    case 'integer': return String(r.int(100));
    case 'decimal': return `${r.int(1000)}.${r.int(100)}`;
    case 'percent': return `${r.int(101)}%`;
    case 'duration': return `${1 + r.int(40)} ${type.units ? r.pick(type.units) : r.pick(['min', 'h', 'days', 'months', 'business_hours', 'business_days'])}`;
    case 'money': return `${r.int(5000)}.${String(r.int(100)).padStart(2, '0')} ${r.pick(['EUR', 'CHF'])}`;
    case 'date': return `20${20 + r.int(10)}-${String(1 + r.int(12)).padStart(2, '0')}-${String(1 + r.int(28)).padStart(2, '0')}`;
    case 'month': return `20${20 + r.int(10)}-${String(1 + r.int(12)).padStart(2, '0')}`;
    case 'time-range': return `${String(r.int(24)).padStart(2, '0')}:00-${String(r.int(25)).padStart(2, '0')}:30`;
    case 'weekdays': return r.chance(0.5) ? 'mon..fri' : r.pick(['mon', 'sat', 'sun']);
    case 'enum': return type.values.length > 0 ? r.pick(type.values).name : 'x';
    case 'ref': case 'name': return r.pick(NAMES);
  }
}

function argsOf(slots: readonly Slot[], r: Random): string[] {
  const out: string[] = [];
  for (const s of slots) {
    if (s.kind === 'word') {
      if (!s.optional || r.chance(0.7)) out.push(s.word);
    } else if (s.kind === 'group') {
      if (r.chance(0.5)) out.push(...argsOf(s.slots, r));
    } else if (!s.optional || r.chance(0.6)) {
      out.push(s.list && r.chance(0.4) ? [valueOf(s.type, r), valueOf(s.type, r)].join(r.chance(0.3) ? ',\n      ' : ', ') : valueOf(s.type, r));
    }
  }
  return out;
}

function statement(spec: StatementSpec, r: Random, depth: number, indent: string): string {
  const keyword = r.chance(0.02) ? `${spec.keyword}x` : spec.keyword;
  const head = [keyword, ...argsOf(spec.args, r)].join(' ');
  const comment = r.chance(0.1) ? ' // note' : '';
  if (!spec.block || depth > 4 || (!spec.blockRequired && r.chance(0.3))) return `${indent}${head}${comment}`;
  return `${indent}${head} {${comment}\n${block(spec.block.statements, r, depth + 1, `${indent}  `)}\n${indent}}`;
}

function block(specs: readonly StatementSpec[], r: Random, depth: number, indent: string): string {
  const n = specs.length === 0 ? 0 : 1 + r.int(Math.min(8, specs.length + 2));
  const lines: string[] = [];
  for (let i = 0; i < n; i++) {
    if (r.chance(0.1)) lines.push(`${indent}// commentaire ${i}`);
    if (r.chance(0.1)) lines.push('');
    lines.push(statement(r.pick(specs), r, depth, indent));
  }
  return lines.join('\n');
}

export function generateRandomContract(seed: number): string {
  const r = new Random(seed);
  const header = r.chance(0.5) ? '// Contrat généré\n' : '';
  const imports = r.chance(0.4) ? STDLIB_IMPORTS.filter(() => r.chance(0.6)).map((m) => `import "${m}"\n`).join('') : '';
  return `${header}${imports}${statement(contractSpec, r, 0, '')}\n`;
}
