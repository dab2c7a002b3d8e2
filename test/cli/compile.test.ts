import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { infog } from '../helpers/cli.ts';
import { REPO } from '../helpers/host.ts';

// `infog compile` end to end (spec/cli.md): default outputs, languages, exports, draft, and the
// guarantee that a failed run writes nothing and leaves earlier outputs untouched.

const FLAGSHIP = join(REPO, 'examples', 'cabinet-dupont.infog');

function outDir(): string {
  return mkdtempSync(join(tmpdir(), 'infog-out-'));
}

describe('infog compile', () => {
  it('writes the PDF and the SLA JSON by default, the SLA equal to the golden file', () => {
    const out = outDir();
    const r = infog(['compile', FLAGSHIP, '-o', out, '--locale', 'en']);
    expect(r.status, r.stderr).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['cabinet-dupont.pdf', 'cabinet-dupont.sla.json']);
    expect(readFileSync(join(out, 'cabinet-dupont.sla.json'), 'utf8')).toBe(readFileSync(join(REPO, 'examples', 'cabinet-dupont.sla.json'), 'utf8'));
    expect(readFileSync(join(out, 'cabinet-dupont.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
    expect(r.stdout).toContain(`wrote ${join(out, 'cabinet-dupont.pdf')}`);
  });

  it('writes one PDF per language and each requested export, with what each tool loses as warnings', () => {
    const out = outDir();
    const r = infog(['compile', FLAGSHIP, '-o', out, '--pdf', '--lang', 'fr,en', '--export', 'rt,zammad', '--locale', 'en']);
    expect(r.status, r.stderr).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['cabinet-dupont.en.pdf', 'cabinet-dupont.fr.pdf', 'cabinet-dupont.rt.pm', 'cabinet-dupont.zammad.json']);
    expect(r.stderr).toMatch(/warning IG70\d\d/);
    expect(r.stderr).not.toMatch(/^1 \| /m);
  });

  it('exports to every tool with --export all: one line per loss kind, at the statement that causes it', () => {
    const out = outDir();
    const r = infog(['compile', FLAGSHIP, '-o', out, '--export', 'all']);
    expect(r.status, r.stderr).toBe(0);
    expect(readdirSync(out).filter((f) => !f.endsWith('.pdf') && !f.endsWith('.sla.json'))).toHaveLength(8);
    const lines = r.stderr.trimEnd().split('\n');
    const warnings = lines.filter((l) => / warning IG70\d\d /.test(l));
    // Was 77 warnings at 1:1 (newcomer trial): now one line per loss kind, tools sharing it.
    expect(warnings.length).toBeGreaterThan(5);
    expect(warnings.length).toBeLessThanOrEqual(12);
    expect(lines).toEqual([...warnings, `1 fichier vérifié : 0 erreur, ${warnings.length} avertissements.`]);
    expect(warnings.filter((l) => l.includes(':1:1 '))).toEqual([]);
    const source = readFileSync(FLAGSHIP, 'utf8').split('\n');
    const statementAt = (line: string): string => {
      const [, row = '0', col = '0'] = /^[^:]+:(\d+):(\d+) /.exec(line) ?? [];
      return (source[Number(row) - 1] ?? '').slice(Number(col) - 1);
    };
    const quota = warnings.find((l) => l.includes(' IG7001 '));
    expect(quota && statementAt(quota)).toMatch(/^quota hours \{/);
    expect(quota).toContain('Zammad, GLPI, iTop, Freshdesk, Zendesk, Znuny, Request Tracker 5 et OpenSLO n’ont pas d’objet pour le forfait d’assistance (40 h par an)');
    const escalation = warnings.find((l) => l.includes(' IG7011 '));
    expect(escalation && statementAt(escalation)).toMatch(/^escalation restore at 50%/);
    expect(escalation).toContain('rétablissement à 50 % pour P1');
    expect(warnings.find((l) => l.includes(' IG7006 '))).toContain('Le cœur d’iTop');
    expect(r.stderr).not.toMatch(/the tool keeps|no slot for it|\d+ min\b/);
  });

  it('details every lost fact with --verbose, each at its statement with its code frame', () => {
    const out = outDir();
    const r = infog(['compile', FLAGSHIP, '-o', out, '--export', 'zammad,glpi', '--verbose', '--locale', 'en']);
    expect(r.status, r.stderr).toBe(0);
    const warnings = r.stderr.split('\n').filter((l) => / warning IG70\d\d /.test(l));
    const summary = infog(['compile', FLAGSHIP, '-o', outDir(), '--export', 'zammad,glpi', '--locale', 'en']);
    const summaryLines = summary.stderr.split('\n').filter((l) => / warning IG70\d\d /.test(l));
    expect(warnings.length).toBeGreaterThan(summaryLines.length);
    const resolve = warnings.find((l) => l.includes('resolution target of P4'));
    expect(resolve).toContain('Zammad and GLPI have no metric for the resolution target of P4 (10 business days)');
    const lines = r.stderr.split('\n');
    const at = lines.indexOf(resolve ?? '');
    expect(lines[at + 1]).toMatch(/^\d+ \| +resolve +10 business_days$/);
    expect(lines[at + 2]).toMatch(/^ +\| +\^{7}$/);
  });

  it('writes the provider\'s compliance note with --report: each waived rule with its title and reason, then the open findings, in the CLI\'s language', () => {
    const out = outDir();
    const namur = join(REPO, 'examples', 'namur-dentisterie.infog');
    const r = infog(['compile', namur, FLAGSHIP, '-o', out, '--report', '--locale', 'fr']);
    expect(r.status, r.stderr).toBe(0);
    // --report alone writes only the notes; the contract (PDF) is never where the waivers go.
    expect(readdirSync(out).sort()).toEqual(['cabinet-dupont.report.md', 'namur-dentisterie.report.md']);
    const note = readFileSync(join(out, 'namur-dentisterie.report.md'), 'utf8');
    expect(note).toMatch(/^# Note de conformité – Maintenance du parc informatique\n/u);
    expect(note).toContain('référence MIT-2027-007, version 1.0, droit belge');
    expect(note).toContain('ne fait pas partie du contrat');
    const rows = note.split('\n').filter((l) => l.startsWith('| `'));
    expect(rows.map((l) => l.split(' | ').slice(0, 4).join(' | '))).toEqual([
      '| `service.mco` | IG3037 | Maintien en condition opérationnelle | facultative',
      '| `sla.availability` | IG3061 | Engagement de disponibilité | facultative',
      '| `non-solicitation` | IG3026 | Non-sollicitation | facultative',
    ]);
    expect(rows[0]).toContain('Contrat de maintenance : le prestataire répare');
    const dupont = readFileSync(join(out, 'cabinet-dupont.report.md'), 'utf8');
    expect(dupont).toContain('Aucune règle de la liste de contrôle n’est écartée.');
    expect(dupont).toContain('Aucun constat ouvert.');
    // The findings of the compile run are listed, with their line: the flagship with a non-solicitation
    // covering all staff (IG4175, a warning the provider chose to keep).
    const wide = join(mkdtempSync(join(tmpdir(), 'infog-report-')), 'cabinet-dupont.infog');
    writeFileSync(wide, readFileSync(FLAGSHIP, 'utf8').replace('protects contract_staff', 'protects all_staff'));
    const kept = infog(['compile', wide, '-o', out, '--report', '--locale', 'fr']);
    expect(kept.status, kept.stderr).toBe(0);
    expect(readFileSync(join(out, 'cabinet-dupont.report.md'), 'utf8')).toMatch(/^- IG4175 \(avertissement\), ligne \d+\u00A0: /mu);
    const en = infog(['compile', namur, '-o', out, '--report', '--pdf', '--locale', 'en']);
    expect(en.status, en.stderr).toBe(0);
    expect(readFileSync(join(out, 'namur-dentisterie.report.md'), 'utf8')).toMatch(/^# Compliance note – IT equipment maintenance\n[^]*\| `service.mco` \| IG3037 \| Operational condition \(MCO\) \| optional \|/u);
    expect(existsSync(join(out, 'namur-dentisterie.pdf'))).toBe(true);
  });

  it('writes nothing on error and leaves earlier outputs untouched', () => {
    const out = outDir();
    const dir = mkdtempSync(join(tmpdir(), 'infog-bad-'));
    writeFileSync(join(dir, 'infog.json'), '{}\n');
    writeFileSync(join(dir, 'c.infog'), 'contract "Brouillon" {\n  law FR\n}\n');
    writeFileSync(join(out, 'c.sla.json'), 'earlier output\n');
    const r = infog(['compile', join(dir, 'c.infog'), '-o', out, '--locale', 'en']);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('No file written');
    expect(readdirSync(out)).toEqual(['c.sla.json']);
    expect(readFileSync(join(out, 'c.sla.json'), 'utf8')).toBe('earlier output\n');
  });

  it('writes a watermarked draft PDF and no SLA for an incomplete contract with --draft', () => {
    const out = outDir();
    const dir = mkdtempSync(join(tmpdir(), 'infog-draft-'));
    writeFileSync(join(dir, 'infog.json'), '{}\n');
    writeFileSync(join(dir, 'c.infog'), 'contract "Brouillon" {\n  law FR\n}\n');
    const r = infog(['compile', join(dir, 'c.infog'), '-o', out, '--draft']);
    expect(r.status).toBe(0);
    expect(readdirSync(out)).toEqual(['c.pdf']);
  });

  it('rejects unknown tools and languages with exit 2', () => {
    expect(infog(['compile', FLAGSHIP, '--export', 'jira']).status).toBe(2);
    expect(infog(['compile', FLAGSHIP, '--lang', 'de']).status).toBe(2);
    expect(infog(['compile']).status).toBe(2);
  });

  it('compiles a folder on worker threads, with the same bytes as one thread', () => {
    const dir = mkdtempSync(join(tmpdir(), 'infog-many-'));
    writeFileSync(join(dir, 'infog.json'), '{}\n');
    for (const name of ['cabinet-dupont', 'geneve-atelier-rochat', 'namur-dentisterie', 'nantes-paiements', 'strasbourg-clinique']) {
      for (const copy of ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']) writeFileSync(join(dir, `${name}-${copy}.infog`), readFileSync(join(REPO, 'examples', `${name}.infog`)));
    }
    const one = outDir();
    const two = outDir();
    expect(infog(['compile', dir, '-o', one, '--sla', '--jobs', '1']).status).toBe(0);
    expect(infog(['compile', dir, '-o', two, '--sla', '--jobs', '2']).status).toBe(0);
    const files = readdirSync(one).sort();
    expect(files).toHaveLength(40);
    expect(readdirSync(two).sort()).toEqual(files);
    for (const f of files) expect(readFileSync(join(two, f)).equals(readFileSync(join(one, f))), f).toBe(true);
  });

  it('leaves no temporary file behind', () => {
    const out = outDir();
    infog(['compile', FLAGSHIP, '-o', out, '--sla']);
    expect(readdirSync(out)).toEqual(['cabinet-dupont.sla.json']);
    expect(existsSync(join(out, '.cabinet-dupont.sla.json.tmp'))).toBe(false);
  });
});

describe('infog compile: output folder, output sets, temporaries, terminal safety (issue 17)', () => {
  it('an existing file as -o is an I/O problem (exit 2) with a clear message, not an internal error', () => {
    const out = outDir();
    const file = join(out, 'not-a-folder.pdf');
    writeFileSync(file, 'x');
    for (const [target, shown] of [[file, file], [join(file, 'sub'), file]] as const) {
      const en = infog(['compile', FLAGSHIP, '-o', target, '--locale', 'en']);
      expect(en.status).toBe(2);
      expect(en.stderr).toBe(`infog: -o ${target}: ${shown} is a file, not a folder; name an output folder.\n`);
      const fr = infog(['compile', FLAGSHIP, '-o', target, '--locale', 'fr']);
      expect(fr.stderr).toContain(`${shown} est un fichier, pas un dossier`);
    }
    expect(readFileSync(file, 'utf8')).toBe('x');
  });

  it.skipIf(!existsSync('/proc/version'))('-o under /proc fails at once with exit 2, never hangs', () => {
    const t0 = Date.now();
    const inFile = infog(['compile', FLAGSHIP, '-o', '/proc/version/out', '--sla', '--locale', 'en']);
    expect(inFile.status).toBe(2);
    expect(inFile.stderr).toContain('/proc/version is a file, not a folder');
    const inProc = infog(['compile', FLAGSHIP, '-o', '/proc/infog-x/y', '--sla', '--locale', 'en']);
    expect(inProc.status).toBe(2);
    expect(inProc.stderr).toMatch(/^infog: cannot create the output folder \/proc\/infog-x \(E[A-Z]+\)\n$/);
    expect(Date.now() - t0).toBeLessThan(30_000);
  });

  it('removes the temporaries a killed compile left, and keeps those of a live process', () => {
    const out = outDir();
    // A process that has exited: its pid names no running process (pids are not reused this fast).
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout;
    const stale = `.cabinet-dupont.pdf.${dead}.0.tmp`;
    const live = `.cabinet-dupont.pdf.${process.pid}.0.tmp`;
    writeFileSync(join(out, stale), 'half a PDF');
    writeFileSync(join(out, live), 'being written');
    expect(infog(['compile', FLAGSHIP, '-o', out, '--sla']).status).toBe(0);
    expect(readdirSync(out).sort()).toEqual([live, 'cabinet-dupont.sla.json']);
  });

  it('replaces the whole set of a contract: no new output beside an old one of another version', () => {
    const out = outDir();
    expect(infog(['compile', FLAGSHIP, '-o', out, '--sla', '--export', 'zammad']).status).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['cabinet-dupont.sla.json', 'cabinet-dupont.zammad.json']);
    writeFileSync(join(out, 'other.sla.json'), 'another contract\n');
    // Only the SLA JSON this time: the export of the previous version goes; other contracts stay.
    expect(infog(['compile', FLAGSHIP, '-o', out, '--sla']).status).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['cabinet-dupont.sla.json', 'other.sla.json']);
  });

  it('--draft of a broken version leaves its draft PDF alone, without the previous SLA JSON and exports', () => {
    const out = outDir();
    const dir = mkdtempSync(join(tmpdir(), 'infog-set-'));
    writeFileSync(join(dir, 'infog.json'), '{}\n');
    const contract = join(dir, 'cabinet-dupont.infog');
    writeFileSync(contract, readFileSync(FLAGSHIP, 'utf8'));
    expect(infog(['compile', contract, '-o', out, '--sla', '--export', 'rt']).status).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['cabinet-dupont.rt.pm', 'cabinet-dupont.sla.json']);
    writeFileSync(contract, readFileSync(FLAGSHIP, 'utf8').replace('  law FR\n', ''));
    const r = infog(['compile', contract, '-o', out, '--draft']);
    expect(r.status).toBe(0);
    expect(readdirSync(out)).toEqual(['cabinet-dupont.pdf']);
  }, 120_000);

  it('refuses over-long words at check time, and a --draft with them compiles in seconds', () => {
    const dir = mkdtempSync(join(tmpdir(), 'infog-words-'));
    writeFileSync(join(dir, 'infog.json'), '{}\n');
    const text = readFileSync(FLAGSHIP, 'utf8')
      .replace('reference "NS-2027-014"', `reference "NS-${'9'.repeat(1_000_000)}"`)
      .replace('name "Network Service SARL"', `name "Network Service ${'x'.repeat(20_000)} SARL"`);
    writeFileSync(join(dir, 'long.infog'), text);
    const checked = infog(['check', 'long.infog', '--format', 'json', '--locale', 'en'], { cwd: dir });
    // Both words refused (the name refused leaves the provider unnamed: IG3001 follows).
    expect((JSON.parse(checked.stdout) as { diagnostics: { code: string }[] }).diagnostics.map((d) => d.code).filter((c) => c === 'IG2013')).toEqual(['IG2013', 'IG2013']);
    const out = outDir();
    const t0 = Date.now();
    const r = infog(['compile', join(dir, 'long.infog'), '-o', out, '--draft', '--locale', 'en']);
    expect(r.status, r.stderr).toBe(0);
    expect(readdirSync(out)).toEqual(['long.pdf']);
    // Was 3 min 18 s and an out-of-memory crash (exit 134); a draft of the flagship takes seconds.
    expect(Date.now() - t0).toBeLessThan(60_000);
  }, 120_000);

  it('shows control characters of a contract as escapes in text and GitHub output, never raw', () => {
    const dir = mkdtempSync(join(tmpdir(), 'infog-esc-'));
    writeFileSync(join(dir, 'infog.json'), '{}\n');
    // Escapes in the source become real ESC and BEL characters in the values the messages quote.
    writeFileSync(join(dir, 'c.infog'), 'import "\\u{1B}[2J\\u{7}\\u{9B}x"\ncontract "X" {\n  law FR\n  party provider p { siret "\\u{1B}[2J1\\n1 file checked: 0 errors" }\n}\n');
    for (const format of ['text', 'github']) {
      const r = infog(['check', 'c.infog', '--format', format, '--locale', 'en'], { cwd: dir });
      expect(r.status).toBe(1);
      expect(r.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/u);
      expect(r.stdout).toContain('\\u{1B}[2J\\u{7}\\u{9B}x');
      expect(r.stdout).not.toMatch(/^1 file checked: 0 errors/mu);
    }
  });
});
