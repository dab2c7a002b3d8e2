import { performance } from 'node:perf_hooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { startServer, readExample, uriOf, type Session } from './harness.ts';

// The live preview over stdio, as the VS Code extension drives it: `infog/preview` returns the
// contract's HTML page (the HTML renderer's), updated with the text; an error keeps the last good page
// with a banner; `infog/previewSection` maps the cursor to the section to show, and
// `infog/previewSource` maps a click on the page (a section or a fact's `data-source`) to the source.

interface Answer {
  readonly html: string | null;
  readonly lang: string | null;
  readonly version: number | null;
  readonly stale: boolean;
  readonly banner: string | null;
}

type Element = DefaultTreeAdapterMap['element'];
const attr = (e: Element, name: string): string | undefined => e.attrs.find((a) => a.name === name)?.value;
function elements(html: string): Element[] {
  const out: Element[] = [];
  const walk = (n: DefaultTreeAdapterMap['parentNode']): void => {
    for (const c of n.childNodes) if ('tagName' in c) { out.push(c); walk(c); }
  };
  walk(parse(html));
  return out;
}

const NAME = 'cabinet-dupont.infog';
let s: Session;
let text = '';
const uri = uriOf(`examples/${NAME}`);

beforeAll(async () => {
  s = await startServer({ initializationOptions: { locale: 'en' } });
  text = readExample(NAME);
  await s.open(uri, text, 1);
}, 60_000);
afterAll(async () => s.stop());

const ask = (lang?: string): Promise<Answer> => s.connection.sendRequest<Answer>('infog/preview', { uri, ...(lang ? { lang } : {}) });

describe('live preview (language server)', () => {
  it('returns the contract page in the contract’s language, then follows an edit', async () => {
    const first = await ask('fr');
    expect(first.stale).toBe(false);
    expect(first.lang).toBe('fr');
    expect(first.html).toMatch(/^<!DOCTYPE html>/u);
    expect(first.html).toContain('<html lang="fr-FR">');
    // An edit of a fact shows in the next page; timed as the keystroke-to-page latency.
    const m = /reference\s+"([^"]+)"/u.exec(text);
    expect(m).not.toBeNull();
    const old = m?.[1] as string;
    const at = text.indexOf(old, m?.index);
    const edited = `${text.slice(0, at)}ZZ-${old}${text.slice(at)}`;
    const start = performance.now();
    s.change(uri, 2, [{ text: edited }]);
    const next = await ask('fr');
    const ms = performance.now() - start;
    console.log(`previewUpdateMs (flagship, one keystroke to page, under test load): ${ms.toFixed(0)}`);
    expect(next.version).toBe(2);
    expect(next.html).toContain(`ZZ-${old}`);
    expect(first.html).not.toContain(`ZZ-${old}`);
    const en = await ask('en');
    expect(en.lang).toBe('en');
    expect(en.html).toContain('<html lang="en-GB">');
  });

  it('keeps the last good page with a banner while the text has errors', async () => {
    const good = await ask('fr');
    s.change(uri, 3, [{ text: `${text}\n}}} broken` }]);
    const bad = await ask('fr');
    expect(bad.stale).toBe(true);
    expect(bad.html).toBe(good.html);
    expect(bad.banner).toMatch(/error/u);
    s.change(uri, 4, [{ text }]);
    const fixed = await ask('fr');
    expect(fixed.stale).toBe(false);
    expect(fixed.version).toBe(4);
  });

  it('maps the cursor to the section showing the fact under it, and clicks back to the source', async () => {
    const page = await ask('fr');
    const els = elements(page.html as string);
    const ids = new Set(els.filter((e) => e.tagName === 'section').map((e) => attr(e, 'id')));
    // A fact of the contract file: the cursor on its statement scrolls to a section that prints it.
    const inner = (e: Element): Element[] => e.childNodes.flatMap((c) => ('tagName' in c ? [c, ...inner(c)] : []));
    const articles = els.filter((e) => e.tagName === 'section' && attr(e, 'class') === 'article');
    const fact = articles.flatMap(inner).find((e) => e.tagName === 'span' && (attr(e, 'data-source') ?? '').includes(`${NAME}:`)) as Element;
    expect(fact).toBeDefined();
    const source = attr(fact, 'data-source') as string;
    const [, startText] = /:(\d+)-\d+$/u.exec(source) ?? [];
    const offset = Number(startText);
    const lines = text.slice(0, offset).split('\n');
    const position = { line: lines.length - 1, character: (lines[lines.length - 1] ?? '').length };
    const section = await s.connection.sendRequest<{ id: string | null }>('infog/previewSection', { uri, position });
    expect(section.id).not.toBeNull();
    expect(ids.has(section.id as string)).toBe(true);
    // The section's page holds a fact with that very source.
    const holder = els.find((e) => e.tagName === 'section' && attr(e, 'id') === section.id) as Element;
    expect(inner(holder).some((e) => attr(e, 'data-source') === source)).toBe(true);
    // A click on the fact goes to its statement in the contract.
    const loc = await s.connection.sendRequest<{ uri: string; range: { start: { line: number } } } | null>('infog/previewSource', { uri, source });
    expect(loc?.uri).toBe(uri);
    expect(loc?.range.start.line).toBe(position.line);
    // A click on a section heading goes to the clause that wrote it (the library or the contract).
    const clause = els.find((e) => e.tagName === 'section' && attr(e, 'class') === 'article') as Element;
    const where = await s.connection.sendRequest<{ uri: string } | null>('infog/previewSource', { uri, source: attr(clause, 'data-source') });
    expect(where?.uri).toMatch(/^file:.*\.infog$/u);
    // Anything else is no location.
    expect(await s.connection.sendRequest('infog/previewSource', { uri, source: 'nonsense' })).toBeNull();
  });
});
