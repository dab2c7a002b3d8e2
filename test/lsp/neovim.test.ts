import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO } from '../helpers/host.ts';

// The language server from another editor: Debian's Neovim, headless, with the configuration of
// docs/editors.md taken from the page itself (the 0.7–0.10 snippet, and the 0.11 one when the Neovim
// found is recent enough). Neovim opens a contract with an error, receives the diagnostic, asks for a
// hover and runs the compile command; a Lua script writes what it got to a JSON file.
// Neovim is installed by .ci/run; without it the test is skipped here with a warning, and fails in CI.

const version = spawnSync('nvim', ['--version'], { encoding: 'utf8' });
const found = version.status === 0 ? /NVIM v(\d+)\.(\d+)\.(\d+)/.exec(version.stdout) : null;
const available = found !== null;
if (!available && process.env['CI'] !== 'true') {
  console.warn(
    '\n*** SKIPPED: the language server driven by Neovim (test/lsp/neovim.test.ts). Neovim is not installed here.\n' +
      '*** It runs in CI (.ci/run installs it). Install it with:\n' +
      '***   apt-get install -y --no-install-recommends neovim\n',
  );
}
const minor = found ? Number(found[1]) * 100 + Number(found[2]) : 0;

/** The ```lua block of docs/editors.md whose first line is `-- <title>`. */
function snippet(title: string): string {
  const doc = readFileSync(join(REPO, 'docs', 'editors.md'), 'utf8');
  const block = [...doc.matchAll(/```lua\n([\s\S]*?)```/g)].map((m) => m[1] ?? '').find((b) => b.startsWith(`-- ${title}\n`));
  if (block === undefined) throw new Error(`docs/editors.md has no Lua block "-- ${title}"`);
  return block;
}

const COMPLETE = readFileSync(join(REPO, 'examples', 'geneve-atelier-rochat.infog'), 'utf8');
const BROKEN = COMPLETE.replace('  reference "LI-2027-031"', '  referense "LI-2027-031"');

// What the test asks of Neovim once the contract is open, written back as JSON. Neovim 0.7's API:
// the diagnostic's LSP code is under user_data.lsp in older versions, `code` in newer ones.
const PROBE = `
local out = {}
local ok = vim.wait(30000, function() return #vim.diagnostic.get(0) > 0 end, 100)
out.waited = ok
out.filetype = vim.bo.filetype
out.diagnostics = {}
for _, d in ipairs(vim.diagnostic.get(0)) do
  local code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code)
  table.insert(out.diagnostics, { line = d.lnum + 1, code = code, message = d.message, severity = d.severity })
end
local hover = vim.lsp.buf_request_sync(0, 'textDocument/hover', { textDocument = { uri = vim.uri_from_bufnr(0) }, position = { line = HOVER_LINE, character = HOVER_CHAR } }, 10000)
out.hover = {}
for _, r in pairs(hover or {}) do
  if r.result and r.result.contents then table.insert(out.hover, r.result.contents) end
end
vim.lsp.buf.execute_command({ command = 'infog.server.compile', arguments = { { uri = vim.uri_from_fname(COMPILE_FILE), output = 'pdf' } } })
out.compiled = vim.wait(60000, function() return vim.fn.filereadable(COMPILE_PDF) == 1 end, 200)
local f = io.open(RESULT, 'w')
f:write(vim.fn.json_encode(out))
f:close()
vim.cmd('qa!')
`;

interface Result {
  readonly waited: boolean;
  readonly filetype: string;
  readonly diagnostics: { line: number; code: string; message: string; severity: number }[];
  readonly hover: unknown[];
  readonly compiled: boolean;
}

let tmp = '';
afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

function drive(config: string): Result {
  tmp ||= mkdtempSync(join(tmpdir(), 'infog-nvim-'));
  const dir = mkdtempSync(join(tmp, 'run-'));
  const project = join(dir, 'project');
  mkdirSync(project);
  writeFileSync(join(project, 'infog.json'), '{}\n');
  writeFileSync(join(project, 'broken.infog'), BROKEN);
  writeFileSync(join(project, 'geneve.infog'), COMPLETE);
  // `infog-language-server` on PATH, as `npm install -g` puts it: here the repository's server.
  const bin = join(dir, 'bin');
  mkdirSync(bin);
  writeFileSync(join(bin, 'infog-language-server'), `#!/bin/sh\nexec "${process.execPath}" "${join(REPO, 'language-server', 'bin', 'infog-language-server.js')}" "$@"\n`);
  chmodSync(join(bin, 'infog-language-server'), 0o755);
  // The hover goes on the duration of P1's restore target.
  const lines = BROKEN.split('\n');
  const hoverLine = lines.findIndex((l) => /^\s+restore\s+4 business_hours/.test(l));
  const hoverChar = (lines[hoverLine] ?? '').indexOf('4 business_hours') + 2;
  const result = join(dir, 'result.json');
  const probe = PROBE.replace('HOVER_LINE', String(hoverLine)).replace('HOVER_CHAR', String(hoverChar))
    .replace('COMPILE_FILE', JSON.stringify(join(project, 'geneve.infog'))).replace('COMPILE_PDF', JSON.stringify(join(project, 'out', 'geneve.pdf')))
    .replace('RESULT', JSON.stringify(result));
  writeFileSync(join(dir, 'init.lua'), config);
  writeFileSync(join(dir, 'probe.lua'), probe);
  const r = spawnSync('nvim', ['--headless', '--clean', '-u', join(dir, 'init.lua'), 'broken.infog', '-c', `luafile ${join(dir, 'probe.lua')}`], {
    cwd: project,
    encoding: 'utf8',
    timeout: 120_000,
    env: { PATH: `${bin}:${dirname(process.execPath)}:${process.env['PATH'] ?? ''}`, HOME: dir, XDG_CONFIG_HOME: join(dir, 'config'), XDG_DATA_HOME: join(dir, 'data'), XDG_STATE_HOME: join(dir, 'state'), LANG: 'C.UTF-8', SOURCE_DATE_EPOCH: '1795392000' },
  });
  if (!existsSync(result)) throw new Error(`Neovim wrote no result (status ${String(r.status)}): ${r.stderr}${r.stdout}`);
  return JSON.parse(readFileSync(result, 'utf8')) as Result;
}

function expectServed(r: Result): void {
  expect(r.filetype).toBe('infog');
  expect(r.waited).toBe(true);
  // The misspelt keyword, at its line (1-based), in French (init_options.locale = 'fr').
  const line = BROKEN.split('\n').findIndex((l) => l.includes('referense')) + 1;
  expect(r.diagnostics).toContainEqual(expect.objectContaining({ line, code: 'IG2001', severity: 1 }));
  expect(r.diagnostics.find((d) => d.code === 'IG2001')?.message).toMatch(/^Mot-clé « referense » inconnu/);
  expect(JSON.stringify(r.hover)).toContain('business_hours');
  expect(r.compiled).toBe(true);
}

describe.runIf(available || process.env['CI'] === 'true')('the language server from Neovim (docs/editors.md)', () => {
  it('is installed (CI installs Neovim with .ci/run)', () => {
    expect(available, 'nvim not found: .ci/run installs Debian’s neovim').toBe(true);
  });

  it('Neovim 0.7–0.10 configuration: diagnostic, hover, compile', () => {
    expectServed(drive(snippet('Neovim 0.7 to 0.10')));
  }, 180_000);

  it.runIf(minor >= 11)('Neovim 0.11 configuration: diagnostic, hover, compile', () => {
    expectServed(drive(snippet('Neovim 0.11 and later')));
  }, 180_000);
});
