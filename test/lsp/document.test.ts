import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CodeActionRequest, type CodeAction, type Diagnostic } from 'vscode-languageserver-protocol';
import { FULL_TEXT } from '../pdf/full.ts';
import { startServer, type Session } from './harness.ts';

// The editor sees what the document would lose: after a pause, a contract gets its document findings —
// a fact no clause prints (IG6011) and prose without its English (IG6012, with a quick fix) — published
// with the check's diagnostics, as `infog check` reports them.

// The full fixture (clean), with an override of the object clause that prints nothing of `object`, and
// one prose list item left in French only.
const Q = '"""';
const CONTRACT = `${FULL_TEXT.slice(0, FULL_TEXT.lastIndexOf('}'))}  clause object { fr ${Q}Objet.${Q}; en ${Q}Object.${Q} }\n}\n`
  .replace(/excludes "([^"]*)" "[^"]*"/u, 'excludes "$1"');

let s: Session;
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'infog-lsp-doc-'));
  writeFileSync(join(dir, 'infog.json'), '{}\n');
  s = await startServer({ rootUri: pathToFileURL(dir).href, initializationOptions: { locale: 'en', documentDelayMs: 20 } });
});
afterAll(async () => s.stop());

async function settled(uri: string, code: string): Promise<Diagnostic[]> {
  for (let i = 0; i < 200; i++) {
    const ds = s.published.get(uri)?.diagnostics ?? [];
    if (ds.some((d) => d.code === code)) return ds;
    await new Promise((r) => setTimeout(r, 50));
  }
  return s.published.get(uri)?.diagnostics ?? [];
}

describe('document findings in the editor', () => {
  it('publishes IG6011 and IG6012 after the check, with a quick fix for the translation', async () => {
    expect(CONTRACT).toContain('clause object');
    const path = join(dir, 'c.infog');
    writeFileSync(path, CONTRACT);
    const uri = pathToFileURL(path).href;
    const first = await s.open(uri, CONTRACT);
    expect(first.filter((d) => d.severity === 1)).toEqual([]);
    const ds = await settled(uri, 'IG6011');
    const unprinted = ds.find((d) => d.code === 'IG6011' && String(d.message).includes('object.services'));
    expect(unprinted?.severity).toBe(2);
    const untranslated = ds.filter((d) => d.code === 'IG6012');
    expect(untranslated.length).toBe(1);
    const one = untranslated[0] as Diagnostic;
    const actions = (await s.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: one.range, context: { diagnostics: [one] } })) as CodeAction[];
    const fix = actions.find((a) => a.title === 'Add the English version');
    expect(fix?.edit?.changes?.[uri]?.[0]?.newText).toBe(' ""');
  });
});
