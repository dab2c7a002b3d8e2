import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { PREVIEW_SCRIPT, previewShell } from '../../vscode-extension/src/preview-page.ts';
import { REPO } from '../helpers/host.ts';

// The extension's side of the preview, offline (no VS Code here): the command is contributed as
// "infog: Open Preview to the Side", the webview shell allows nothing but its own script, the script
// compiles and speaks the message protocol the extension and the server answer, and the bundled
// extension sends the server's preview requests.

type Element = DefaultTreeAdapterMap['element'];
function elements(html: string): Element[] {
  const out: Element[] = [];
  const walk = (n: DefaultTreeAdapterMap['parentNode']): void => {
    for (const c of n.childNodes) if ('tagName' in c) { out.push(c); walk(c); }
  };
  walk(parse(html));
  return out;
}
const attr = (e: Element, name: string): string | undefined => e.attrs.find((a) => a.name === name)?.value;

describe('preview webview (extension side)', () => {
  it('contributes the command to the palette and the editor title', () => {
    const manifest = JSON.parse(readFileSync(join(REPO, 'vscode-extension', 'package.json'), 'utf8')) as {
      contributes: { commands: { command: string; title: string; category: string }[]; menus: Record<string, { command: string }[]> };
    };
    const cmd = manifest.contributes.commands.find((c) => c.command === 'infog.preview');
    expect(cmd).toMatchObject({ title: 'Open Preview to the Side', category: 'infog' });
    expect(manifest.contributes.menus['editor/title']?.some((m) => m.command === 'infog.preview')).toBe(true);
    expect(manifest.contributes.menus['commandPalette']?.some((m) => m.command === 'infog.preview')).toBe(true);
  });

  it('builds a shell that runs only its own script and loads nothing', () => {
    const html = previewShell('N0nce==', 'vscode-webview://x', 'Rendering <contract>…');
    const els = elements(html);
    const csp = attr(els.find((e) => attr(e, 'http-equiv') === 'Content-Security-Policy') as Element, 'content') ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'nonce-N0nce=='");
    expect(csp).not.toMatch(/https?:|\*/u);
    const scripts = els.filter((e) => e.tagName === 'script');
    expect(scripts).toHaveLength(1);
    expect(attr(scripts[0] as Element, 'nonce')).toBe('N0nce==');
    expect(els.filter((e) => attr(e, 'src') !== undefined)).toEqual([]);
    expect(html).toContain('Rendering &lt;contract&gt;…');
    expect(els.some((e) => attr(e, 'id') === 'page')).toBe(true);
    expect(els.some((e) => attr(e, 'id') === 'banner')).toBe(true);
  });

  it('has a script that compiles and handles the protocol’s messages', () => {
    expect(() => new Function(PREVIEW_SCRIPT)).not.toThrow();
    for (const word of ["'update'", "'reveal'", "'source'", "'ready'", 'data-source', 'scrollIntoView', 'DOMParser']) expect(PREVIEW_SCRIPT).toContain(word);
  });

  it('is wired in the bundled extension to the server’s requests', () => {
    const bundle = readFileSync(join(REPO, 'vscode-extension', 'dist', 'extension.cjs'), 'utf8');
    for (const request of ['infog/preview', 'infog/previewSection', 'infog/previewSource', 'infog.preview']) expect(bundle).toContain(request);
  });
});
