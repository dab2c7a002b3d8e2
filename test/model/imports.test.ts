import { describe, expect, it } from 'vitest';
import { checkSource } from '../../compiler/src/index.ts';
import { MemoryHost } from '../helpers/host.ts';

// Module loading through the Host: confinement, cycles, stdlib paths, modules parsed once.

const contract = (imports: string): string => `${imports}\ncontract "X" { law FR }\n`;

function codesOf(files: Record<string, string>, entry = 'main.infog'): string[] {
  const host = new MemoryHost(files);
  return checkSource({ path: entry, text: files[entry] ?? '' }, host).diagnostics.filter((d) => d.code.startsWith('IG21')).map((d) => `${d.file} ${d.code}`);
}

describe('imports', () => {
  it('resolves relative imports from the importing file, appending .infog', () => {
    expect(codesOf({ 'main.infog': contract('import "./lib/a"'), 'lib/a.infog': 'import "./b"\n', 'lib/b.infog': '' })).toEqual([]);
  });

  it('reports a cycle at the import that closes it (IG2105)', () => {
    const codes = codesOf({ 'main.infog': contract('import "./a"'), 'a.infog': 'import "./b"\n', 'b.infog': 'import "./a"\n' });
    expect(codes).toEqual(['b.infog IG2105']);
  });

  it('refuses paths that leave the project, even through a subfolder (IG2104)', () => {
    expect(codesOf({ 'sub/main.infog': contract('import "../../x"') }, 'sub/main.infog')).toEqual(['sub/main.infog IG2104']);
  });

  it('refuses absolute, backslash and bare paths (IG2106)', () => {
    for (const p of ['/etc/passwd', 'lib\\\\a', 'lib/a', '']) {
      expect(codesOf({ 'main.infog': contract(`import "${p}"`) })).toEqual(['main.infog IG2106']);
    }
  });

  it('reports a contract inside an imported module (IG2107)', () => {
    expect(codesOf({ 'main.infog': contract('import "./m"'), 'm.infog': 'contract "M" { }\n' })).toEqual(['m.infog IG2107']);
  });

  it('reports a missing stdlib module (IG2103) and keeps std paths inside the stdlib', () => {
    expect(codesOf({ 'main.infog': contract('import "std/no/such/module"') })).toEqual(['main.infog IG2103']);
    expect(codesOf({ 'main.infog': contract('import "std/../package"') })).toEqual(['main.infog IG2104']);
  });

  it('loads a module imported twice only once', () => {
    const host = new MemoryHost({ 'main.infog': contract('import "./a"\nimport "./b"'), 'a.infog': 'import "./c"\n', 'b.infog': 'import "./c"\n', 'c.infog': '' });
    const result = checkSource({ path: 'main.infog', text: host.files.get('main.infog') ?? '' }, host);
    expect([...result.model.program.modules.keys()].sort()).toEqual(['a.infog', 'b.infog', 'c.infog', 'main.infog']);
  });
});

describe('did-you-mean fixes', () => {
  it('offers a preferred fix for a misspelt enum value, keyword and name', () => {
    const text = 'contract "X" {\n  law FR\n  kind infogerence\n  referense "A"\n  term { termination breach { sla_threshold 3 P9 breaches within 6 months } }\n}\n';
    const host = new MemoryHost({ 'main.infog': text });
    const { diagnostics } = checkSource({ path: 'main.infog', text }, host);
    const fix = (code: string): string | undefined => diagnostics.find((d) => d.code === code)?.fixes?.[0]?.edits[0]?.newText;
    expect(fix('IG2009')).toBe('infogerance');
    expect(diagnostics.find((d) => d.code === 'IG2009')?.fixes?.[0]?.preferred).toBe(true);
    expect(fix('IG2001')).toBe('reference');
  });
});
