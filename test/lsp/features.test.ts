import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CodeActionRequest, CodeLensRequest, CompletionRequest, DefinitionRequest, DocumentHighlightRequest, DocumentLinkRequest,
  DocumentFormattingRequest, DocumentSymbolRequest, ExecuteCommandRequest, FoldingRangeRequest, HoverRequest, PrepareRenameRequest, ReferencesRequest,
  RenameRequest, SemanticTokensRequest, WorkspaceSymbolRequest, DidChangeConfigurationNotification,
  type CodeAction, type CompletionItem, type Diagnostic, type DocumentSymbol, type MarkupContent, type TextEdit, type WorkspaceEdit,
} from 'vscode-languageserver-protocol';
import { REPO } from '../helpers/host.ts';
import { FLAGSHIP, NO_INSURANCE, tempProject, WITH_SLA } from './fixtures.ts';
import { positionOf, startServer, uriOf, type Session } from './harness.ts';

// Every feature of the server, driven over stdio on the examples, as an editor would.

let s: Session;
const FLAG_URI = uriOf(join(REPO, 'examples', 'cabinet-dupont.infog'));
const SLA_URI = uriOf(join(REPO, 'examples', 'with-sla.infog'));
const WARN_URI = uriOf(join(REPO, 'examples', 'no-insurance.infog'));

beforeAll(async () => {
  // The document pass (IG6011, IG6012) has its own test (document.test.ts); here it stays out of the way.
  s = await startServer({ initializationOptions: { locale: 'en', documentDelayMs: 60000 } });
  await s.open(FLAG_URI, FLAGSHIP);
  await s.open(SLA_URI, WITH_SLA);
  await s.open(WARN_URI, NO_INSURANCE);
});
afterAll(async () => {
  await s.stop();
});

const at = (uri: string, text: string, needle: string, delta = 0, n = 0) => ({ textDocument: { uri }, position: positionOf(text, needle, delta, n) });
const labels = (items: CompletionItem[] | { items: CompletionItem[] } | null): string[] => (Array.isArray(items) ? items : items?.items ?? []).map((i) => i.label);
const apply = (text: string, edits: readonly TextEdit[]): string => {
  const lines = text.split('\n');
  const offset = (p: { line: number; character: number }): number => lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
  return [...edits].sort((a, b) => offset(b.range.start) - offset(a.range.start))
    .reduce((t, e) => t.slice(0, offset(e.range.start)) + e.newText + t.slice(offset(e.range.end)), text);
};

describe('diagnostics', () => {
  it('publishes on open, versioned, with code, documentation link and rule', async () => {
    expect(s.published.get(FLAG_URI)).toEqual({ uri: FLAG_URI, version: 1, diagnostics: [] });
    const ds = s.published.get(WARN_URI);
    expect(ds?.version).toBe(1);
    const d = ds?.diagnostics.find((x) => x.code === 'IG3023');
    expect(d?.codeDescription?.href).toMatch(/^https:\/\/github\.com\/infog\/infog\/blob\/main\/docs\/rules\.md#ig3023--/);
    expect(d?.source).toBe('infog');
    expect(d?.severity).toBe(2);
    expect(d?.message).toMatch(/\[insurance\]$/);
  });

  it('republishes after a change, for the new version only, with related information', async () => {
    const uri = uriOf(join(REPO, 'examples', 'dup.infog'));
    await s.open(uri, FLAGSHIP);
    const dup = '  reference "X"\n';
    const pos = positionOf(FLAGSHIP, '  version "1.0"');
    s.change(uri, 2, [{ range: { start: pos, end: pos }, text: dup }]);
    const ds = await s.diagnostics(uri, 2);
    const d = ds.find((x) => x.code === 'IG2005');
    expect(d?.relatedInformation?.[0]?.message).toBe('First occurrence here');
    expect(s.published.get(uri)?.version).toBe(2);
  });

  it('speaks French when the setting says so', async () => {
    const fr = await startServer({ initializationOptions: { locale: 'fr' } });
    const ds = await fr.open(FLAG_URI, FLAGSHIP.replace('reference "NS-2027-014"', 'referense "NS-2027-014"'));
    expect(ds.find((d) => d.code === 'IG2001')?.message).toMatch(/Vouliez-vous dire « reference »/);
    await fr.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: { infog: { locale: 'en' } } });
    const en = await new Promise<Diagnostic[]>((resolve) => setTimeout(() => resolve(fr.published.get(FLAG_URI)?.diagnostics ?? []), 300));
    expect(en.find((d) => d.code === 'IG2001')?.message).toMatch(/Did you mean "reference"/);
    await fr.stop();
  });
  it('publishes diagnostics for a file of one six-million-character token (issue 17)', async () => {
    const uri = uriOf(join(REPO, 'examples', 'huge-token.infog'));
    const ds = await s.open(uri, `contract "X" {\n  reference "${'a'.repeat(6_000_000)}"\n}\n`);
    expect(ds.map((d) => d.code)).toContain('IG0005');
    expect(ds.map((d) => d.code)).not.toContain('IG0099');
    s.close(uri);
  });
});

describe('quick fixes', () => {
  const actions = async (uri: string, text: string, needle: string): Promise<CodeAction[]> => {
    const ds = s.published.get(uri)?.diagnostics ?? [];
    const pos = positionOf(text, needle);
    const range = { start: pos, end: pos };
    const here = ds.filter((d) => d.range.start.line === pos.line);
    return (await s.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range, context: { diagnostics: here } })) as CodeAction[];
  };

  it('did-you-mean for an unknown keyword, preferred when unique', async () => {
    const uri = uriOf(join(REPO, 'examples', 'typo.infog'));
    const text = FLAGSHIP.replace('reference "NS-2027-014"', 'referense "NS-2027-014"');
    await s.open(uri, text);
    const fix = (await actions(uri, text, 'referense')).find((a) => a.title === 'Replace with "reference"');
    expect(fix?.isPreferred).toBe(true);
    expect(fix?.diagnostics?.[0]?.code).toBe('IG2001');
    expect(apply(text, fix?.edit?.changes?.[uri] ?? [])).toBe(FLAGSHIP);
  });

  it('did-you-mean for an unknown name', async () => {
    const uri = uriOf(join(REPO, 'examples', 'name.infog'));
    const text = WITH_SLA.replace('priorities P1', 'priorities P11');
    await s.open(uri, text);
    const all = await actions(uri, text, 'P11');
    expect(all.map((a) => a.title)).toContain('Replace with "P1"');
  });

  it('inserts a missing required statement from its skeleton', async () => {
    const uri = uriOf(join(REPO, 'examples', 'missing.infog'));
    const text = FLAGSHIP.replace('    name "Network Service SARL"\n', '');
    await s.open(uri, text);
    const fix = (await actions(uri, text, 'party provider ns')).find((a) => a.title === 'Add "name"');
    expect(fix).toBeDefined();
    const fixed = apply(text, fix?.edit?.changes?.[uri] ?? []);
    expect(fixed).toMatch(/party provider ns \{\n[\s\S]*\n    name "[^"]+"\n  \}/);
    const after = await s.open(uriOf(join(REPO, 'examples', 'missing-fixed.infog')), fixed);
    expect(after.filter((d) => d.code === 'IG2006')).toEqual([]);
  });

  it('waives a recommended rule with a reason placeholder', async () => {
    const ds = s.published.get(WARN_URI)?.diagnostics ?? [];
    const warning = ds.find((d) => d.code === 'IG3023');
    expect(warning).toBeDefined();
    if (!warning) return;
    const got = (await s.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri: WARN_URI }, range: warning.range, context: { diagnostics: [warning] } })) as CodeAction[];
    const waive = got.find((a) => a.title.startsWith('Waive'));
    const rule = 'insurance';
    const fixed = apply(NO_INSURANCE, waive?.edit?.changes?.[WARN_URI] ?? []);
    expect(fixed).toContain(`  waive "${rule}" because "Raison à préciser"\n}`);
    const after = await s.open(uriOf(join(REPO, 'examples', 'waived.infog')), fixed);
    expect(after).toEqual([]);
  });

  it('inserts a missing recommended block the rule names', async () => {
    const warning = s.published.get(WARN_URI)?.diagnostics.find((d) => d.code === 'IG3023');
    if (!warning) throw new Error('no IG3023');
    const got = (await s.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri: WARN_URI }, range: warning.range, context: { diagnostics: [warning] } })) as CodeAction[];
    const add = got.find((a) => a.title === 'Add "insurance"');
    expect(add?.isPreferred).toBe(true);
    expect(apply(NO_INSURANCE, add?.edit?.changes?.[WARN_URI] ?? [])).toMatch(/\n  insurance \{\n(    .+\n)+  \}\n\}\n$/);
  });

  it('normalises the spacing of an identifier', async () => {
    const uri = uriOf(join(REPO, 'examples', 'spacing.infog'));
    const text = FLAGSHIP.replace('siret "50196734300028"', 'siret "501 96734 300028"');
    await s.open(uri, text);
    const got = await actions(uri, text, 'siret "501');
    const titles = got.map((a) => a.title);
    expect(titles).toContain('Normalise the identifier: "501 967 343 00028"');
    expect(titles).toContain('Normalise the identifier: "50196734300028"');
  });
});

describe('completion', () => {
  const complete = async (text: string, uri: string, edit: { needle: string; insert: string; delta?: number; back?: number }) => {
    const offset = text.indexOf(edit.needle) + (edit.delta ?? 0);
    const changed = text.slice(0, offset) + edit.insert + text.slice(offset);
    s.change(uri, ++version, [{ text: changed }]);
    const cursor = offset + edit.insert.length - (edit.back ?? 0);
    const before = changed.slice(0, cursor).split('\n');
    const position = { line: before.length - 1, character: (before[before.length - 1] ?? '').length };
    const items = await s.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position });
    return Array.isArray(items) ? items : items?.items ?? [];
  };
  let version = 1;
  const uri = uriOf(join(REPO, 'examples', 'completion.infog'));
  beforeAll(async () => {
    await s.open(uri, WITH_SLA);
  });

  it('keywords valid in the block, with documentation and snippets', async () => {
    const items = await complete(WITH_SLA, uri, { needle: '    legal_form "SARL"', insert: '    si\n', back: 1 });
    const siren = items.find((i) => i.label === 'siren');
    expect(siren?.kind).toBe(14);
    expect((siren?.documentation as MarkupContent).value).toContain('SIREN');
    expect(labels(items)).not.toContain('siret');
    expect(labels(items)).not.toContain('name'); // already present, cardinality one
    const top = await complete(WITH_SLA, uri, { needle: '  reference', insert: '\n  ', delta: 0, back: 0 });
    expect(labels(top)).toEqual(expect.arrayContaining(['party', 'hours', 'waive']));
    expect(labels(top)).not.toContain('term');
    expect(top.find((i) => i.label === 'party')?.textEdit?.newText).toBe('party ${1|provider,client|} ${2:id} {\n\t$0\n}');
  });

  it('enum values, field words and declared names', async () => {
    expect(labels(await complete(WITH_SLA, uri, { needle: '  kind infogerance', insert: '', delta: 7 }))).toEqual(['infogerance', 'maintenance']);
    const names = await complete(WITH_SLA, uri, { needle: 'priorities P1', insert: ', ', delta: 13 });
    expect(labels(names)).toEqual(expect.arrayContaining(['P1', 'P2', 'P3']));
    expect(names.find((i) => i.label === 'P1')?.kind).toBe(18);
    expect(labels(await complete(WITH_SLA, uri, { needle: 'calendar business\n', insert: '', delta: 9 }))).toContain('business');
  });

  it('units after a number', async () => {
    const items = await complete(WITH_SLA, uri, { needle: 'restore  4 business_hours', insert: '', delta: 11 });
    expect(labels(items)).toEqual(expect.arrayContaining(['min', 'business_hours', 'h']));
    expect(labels(await complete(FLAGSHIP, uri, { needle: 'share_capital 10000 EUR', insert: '', delta: 20 }))).toEqual(expect.arrayContaining(['EUR', 'CHF']));
  });

  it('stdlib import paths and presets', async () => {
    const text = `import "std/hours/5x10"\n${WITH_SLA}`;
    const imports = await complete(text, uri, { needle: 'std/hours/5x10', insert: '', delta: 4 });
    expect(labels(imports)).toContain('std/hours/5x10');
    const presets = await complete(text.replace('hours business {', 'hours business from  {'), uri, { needle: 'hours business from ', insert: '', delta: 20 });
    expect(labels(presets)).toEqual(expect.arrayContaining(['h5x10', 'h5x10_lunch2h']));
  });
});

describe('hover', () => {
  const hover = async (uri: string, text: string, needle: string, delta: number): Promise<string> => {
    const h = await s.connection.sendRequest(HoverRequest.type, at(uri, text, needle, delta));
    return (h?.contents as MarkupContent | undefined)?.value ?? '';
  };
  it('documents a field in both languages with its legal basis', async () => {
    const md = await hover(FLAG_URI, FLAGSHIP, 'law FR', 1);
    expect(md).toContain('**law** — Governing law');
    expect(md).toContain('_Loi applicable');
    expect(md).toContain('Rome I');
  });
  it('normalises durations and works a due date out in the target calendar', async () => {
    const md = await hover(SLA_URI, WITH_SLA, 'response 30 min calendar business', 10);
    expect(md).toContain('30 min = 30 min, calendar business');
    expect(md).toContain('a ticket opened Friday 2027-03-05 17:55 is due Monday 2027-03-08 08:25');
    expect(await hover(SLA_URI, WITH_SLA, 'restore  4 business_hours', 11)).toContain('4 business_hours = 240 min, calendar business');
  });
  it('explains enum values and names', async () => {
    expect(await hover(FLAG_URI, FLAGSHIP, 'authority statutory', 11)).toContain('statutory representative');
    expect(await hover(SLA_URI, WITH_SLA, 'calendar business\n', 10)).toContain('**business** — hours (calendar)');
  });
});

describe('navigation', () => {
  const project = tempProject('nav', {
    'hours.infog': 'preset hours office {\n  days mon..fri\n  time 08:00-18:00\n}\n',
    'contract.infog': `import "./hours"\n${WITH_SLA.replace('hours business {', 'hours business from office {')}`,
  });
  const uri = uriOf(join(project.dir, 'contract.infog'));
  const text = `import "./hours"\n${WITH_SLA.replace('hours business {', 'hours business from office {')}`;
  beforeAll(async () => {
    await s.open(uri, text);
  });
  afterAll(() => project.remove());

  it('goes to definitions: names, imports and presets in other files', async () => {
    const def = await s.connection.sendRequest(DefinitionRequest.type, at(uri, text, 'calendar business\n', 10));
    expect(def).toEqual([{ uri, range: { start: positionOf(text, 'hours business', 6), end: positionOf(text, 'hours business', 14) } }]);
    const imp = await s.connection.sendRequest(DefinitionRequest.type, at(uri, text, './hours', 2));
    expect(imp).toEqual([{ uri: uriOf(join(project.dir, 'hours.infog')), range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } }]);
    const preset = await s.connection.sendRequest(DefinitionRequest.type, at(uri, text, 'from office', 6));
    expect(preset).toEqual([{ uri: uriOf(join(project.dir, 'hours.infog')), range: { start: { line: 0, character: 13 }, end: { line: 0, character: 19 } } }]);
  });

  it('finds references and highlights', async () => {
    const refs = await s.connection.sendRequest(ReferencesRequest.type, { ...at(uri, text, 'hours business', 7), context: { includeDeclaration: true } });
    expect(refs?.length).toBeGreaterThanOrEqual(4);
    const hl = await s.connection.sendRequest(DocumentHighlightRequest.type, at(uri, text, 'hours business', 7));
    expect(hl?.length).toBe(refs?.length);
  });

  it('renames with prepareRename, refusing invalid names and stdlib names', async () => {
    const prep = await s.connection.sendRequest(PrepareRenameRequest.type, at(uri, text, 'calendar business\n', 10));
    expect(prep).toEqual({ range: { start: positionOf(text, 'calendar business\n', 9), end: positionOf(text, 'calendar business\n', 17) }, placeholder: 'business' });
    const edit = (await s.connection.sendRequest(RenameRequest.type, { ...at(uri, text, 'calendar business\n', 10), newName: 'bureau' })) as WorkspaceEdit;
    const renamed = apply(text, edit.changes?.[uri] ?? []);
    expect(renamed).not.toMatch(/(calendar|hours) business\b(?!_)/);
    expect(renamed).toMatch(/hours bureau from office/);
    const after = await s.open(uriOf(join(project.dir, 'renamed.infog')), renamed);
    expect(after.filter((d) => d.code === 'IG2008' || d.severity === 1 && /bureau/.test(String(d.message)))).toEqual([]);
    await expect(s.connection.sendRequest(RenameRequest.type, { ...at(uri, text, 'calendar business\n', 10), newName: 'two words' })).rejects.toThrow(/not a valid name/);
    const presetRename = await s.connection.sendRequest(RenameRequest.type, { ...at(uri, text, 'from office', 6), newName: 'bureau' }) as WorkspaceEdit;
    expect(Object.keys(presetRename.changes ?? {}).sort()).toEqual([uriOf(join(project.dir, 'contract.infog')), uriOf(join(project.dir, 'hours.infog'))].sort());
  });

  it('links imports to their files', async () => {
    const links = await s.connection.sendRequest(DocumentLinkRequest.type, { textDocument: { uri } });
    expect(links?.[0]?.target).toBe(uriOf(join(project.dir, 'hours.infog')));
  });
});

describe('structure', () => {
  it('outlines the document with declared names', async () => {
    const syms = (await s.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: SLA_URI } })) as DocumentSymbol[];
    const contract = syms.find((x) => x.name === 'contract');
    const names = (contract?.children ?? []).map((c) => c.name);
    expect(names).toEqual(expect.arrayContaining(['party ns', 'party dupont', 'term', 'hours business', 'sla']));
    const sla = contract?.children?.find((c) => c.name === 'sla');
    expect(sla?.children?.map((c) => c.name)).toEqual(expect.arrayContaining(['priority P1', 'priority P2']));
  });
  it('searches workspace symbols', async () => {
    const found = await s.connection.sendRequest(WorkspaceSymbolRequest.type, { query: 'dupon' });
    expect((found ?? []).map((x) => x.name)).toContain('dupont');
  });
  it('folds blocks and comment runs', async () => {
    const folds = await s.connection.sendRequest(FoldingRangeRequest.type, { textDocument: { uri: FLAG_URI } });
    expect(folds).toContainEqual({ startLine: 3, endLine: FLAGSHIP.split('\n').length - 3, kind: 'region' });
    expect(folds).toContainEqual({ startLine: 0, endLine: 1, kind: 'comment' });
  });
  it('gives semantic tokens: keywords, enum members, declarations, units', async () => {
    const tokens = await s.connection.sendRequest(SemanticTokensRequest.type, { textDocument: { uri: FLAG_URI } });
    const legend = s.init.capabilities.semanticTokensProvider?.legend;
    const data = tokens?.data ?? [];
    const decoded: { line: number; char: number; length: number; type: string; mods: number }[] = [];
    let line = 0;
    let char = 0;
    for (let i = 0; i < data.length; i += 5) {
      line += data[i] ?? 0;
      char = (data[i] ?? 0) === 0 ? char + (data[i + 1] ?? 0) : data[i + 1] ?? 0;
      decoded.push({ line, char, length: data[i + 2] ?? 0, type: legend?.tokenTypes[data[i + 3] ?? 0] ?? '', mods: data[i + 4] ?? 0 });
    }
    const lines = FLAGSHIP.split('\n');
    const word = (t: (typeof decoded)[number]): string => (lines[t.line] ?? '').slice(t.char, t.char + t.length);
    const typeOf = (w: string): string | undefined => decoded.find((t) => word(t) === w)?.type;
    expect(typeOf('contract')).toBe('keyword');
    expect(typeOf('infogerance')).toBe('enumMember');
    expect(typeOf('EUR')).toBe('type');
    expect(decoded.find((t) => word(t) === 'ns')).toMatchObject({ type: 'variable', mods: 1 });
    expect(typeOf('"Network Service SARL"')).toBe('string');
  });
});

describe('formatting', () => {
  it('formats with the shared printer, and leaves a file that does not parse alone', async () => {
    const uri = uriOf(join(REPO, 'examples', 'format.infog'));
    const messy = FLAGSHIP.replace('  reference "NS-2027-014"', 'reference    "NS-2027-014"');
    await s.open(uri, messy);
    const edits = await s.connection.sendRequest(DocumentFormattingRequest.type, { textDocument: { uri }, options: { tabSize: 2, insertSpaces: true } });
    expect(apply(messy, edits ?? [])).toBe(FLAGSHIP);
    const broken = `${messy}\n{{{`;
    const bad = uriOf(join(REPO, 'examples', 'format-broken.infog'));
    await s.open(bad, broken);
    expect(await s.connection.sendRequest(DocumentFormattingRequest.type, { textDocument: { uri: bad }, options: { tabSize: 2, insertSpaces: true } })).toEqual([]);
  });
});

describe('code lens and commands', () => {
  it('offers Compile PDF, SLA JSON and Compare with the signed version on the contract', async () => {
    const lenses = await s.connection.sendRequest(CodeLensRequest.type, { textDocument: { uri: FLAG_URI } });
    expect(lenses?.map((l) => l.command?.command)).toEqual(['infog.compilePdf', 'infog.showSlaJson', 'infog.compareSigned']);
    expect(lenses?.[0]?.command?.arguments).toEqual([FLAG_URI]);
  });
  it('compiles through the CLI and reports a failure without dying', async () => {
    const project = tempProject('compile', { 'c.infog': FLAGSHIP });
    const uri = uriOf(join(project.dir, 'c.infog'));
    await s.open(uri, FLAGSHIP);
    type Outcome = { ok: boolean; exitCode: number | null; message: string; outputs: string[] };
    const r = (await s.connection.sendRequest(ExecuteCommandRequest.type, { command: 'infog.server.compile', arguments: [{ uri, output: 'sla' }] })) as Outcome;
    // The flagship is valid: the CLI writes its SLA JSON where the settings say (out/).
    const written = join(project.dir, 'out', 'c.sla.json');
    expect(r).toEqual({ ok: true, exitCode: 0, message: written, outputs: [written] });
    expect(JSON.parse(readFileSync(written, 'utf8')).contract.reference).toBe('NS-2027-014');
    // A contract with errors: the CLI refuses, the server says why and writes nothing.
    const broken = uriOf(join(project.dir, 'broken.infog'));
    writeFileSync(join(project.dir, 'broken.infog'), 'contract "X" {\n  law XX\n}\n');
    await s.open(broken, 'contract "X" {\n  law XX\n}\n');
    const failed = (await s.connection.sendRequest(ExecuteCommandRequest.type, { command: 'infog.server.compile', arguments: [{ uri: broken, output: 'sla' }] })) as Outcome;
    expect(failed.ok).toBe(false);
    expect(failed.exitCode).toBe(1);
    expect(failed.outputs).toEqual([]);
    expect(failed.message).toMatch(/^the contract has errors: /);
    expect(existsSync(join(project.dir, 'out', 'broken.sla.json'))).toBe(false);
    // The server is still alive.
    expect((await s.connection.sendRequest(HoverRequest.type, at(FLAG_URI, FLAGSHIP, 'law FR', 1)))?.contents).toBeDefined();
    project.remove();
  });
  it('checks the workspace', async () => {
    const project = tempProject('ws', { 'a.infog': FLAGSHIP, 'sub/b.infog': FLAGSHIP.replace('law FR', 'law XX') });
    const ws = await startServer({ rootUri: uriOf(project.dir) });
    const r = (await ws.connection.sendRequest(ExecuteCommandRequest.type, { command: 'infog.server.checkWorkspace', arguments: [] })) as { files: number; errors: number };
    expect(r.files).toBe(2);
    const b = await ws.diagnostics(uriOf(join(project.dir, 'sub', 'b.infog')));
    expect(b.some((d) => d.code === 'IG2003' || /XX/.test(String(d.message)))).toBe(true);
    await ws.stop();
    project.remove();
  });
});
