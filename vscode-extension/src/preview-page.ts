// The preview webview's page (no `vscode` import, so tests load it): a shell with a strict content
// security policy — no network, only its own nonce'd script — into which the contract page the
// language server renders (`infog/preview`, the HTML renderer's page) is swapped on every update,
// keeping the scroll position. The script talks to the extension by messages only:
//   in:  { type: 'update', html: string | null, banner: string | null } · { type: 'reveal', id }
//   out: { type: 'source', source: 'file:start-end' } (a click on a section or a fact) · { type: 'ready' }

/** The script run in the webview; plain ES2020, no dependency. */
export const PREVIEW_SCRIPT = `
const vscode = acquireVsCodeApi();
const page = document.getElementById('page');
const style = document.getElementById('page-style');
const banner = document.getElementById('banner');
function reveal(id, smooth) {
  document.querySelectorAll('section.current').forEach((s) => s.classList.remove('current'));
  const el = id ? document.getElementById(id) : null;
  if (!el) return;
  el.classList.add('current');
  el.scrollIntoView({ block: 'start', behavior: smooth ? 'smooth' : 'auto' });
}
window.addEventListener('message', (event) => {
  const m = event.data || {};
  if (m.type === 'update') {
    banner.textContent = m.banner || '';
    banner.hidden = !m.banner;
    if (typeof m.html === 'string') {
      const y = window.scrollY;
      const current = document.querySelector('section.current');
      const doc = new DOMParser().parseFromString(m.html, 'text/html');
      style.textContent = Array.from(doc.querySelectorAll('style')).map((s) => s.textContent).join('\\n');
      page.replaceChildren(...Array.from(doc.body.childNodes).map((n) => document.importNode(n, true)));
      if (current && current.id) document.getElementById(current.id)?.classList.add('current');
      window.scrollTo(0, y);
    }
  } else if (m.type === 'reveal') reveal(m.id, true);
});
document.addEventListener('click', (event) => {
  const target = event.target instanceof Element ? event.target : null;
  if (!target) return;
  const link = target.closest('a[href^="#"]');
  if (link) {
    event.preventDefault();
    reveal(decodeURIComponent(link.getAttribute('href').slice(1)), true);
    return;
  }
  const holder = target.closest('[data-source]');
  if (holder) vscode.postMessage({ type: 'source', source: holder.getAttribute('data-source') });
});
vscode.postMessage({ type: 'ready' });
`;

const BANNER_CSS = `#banner { position: sticky; top: 0; z-index: 10; margin: 0; padding: .5em 1em; background: #8a1f11; color: #fff; font: 13px/1.4 system-ui, sans-serif; }
#banner[hidden] { display: none; }
#empty { padding: 2em; font: 14px/1.5 system-ui, sans-serif; color: #555; }`;

/** The shell: `nonce` authorises the one script; `cspSource` is the webview's own origin. */
export function previewShell(nonce: string, cspSource: string, waiting: string): string {
  const csp = `default-src 'none'; style-src ${cspSource} 'unsafe-inline'; img-src ${cspSource} data:; font-src ${cspSource}; script-src 'nonce-${nonce}';`;
  return `<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>${BANNER_CSS}</style>
<style id="page-style"></style>
</head>
<body>
<p id="banner" role="status" hidden></p>
<div id="page"><p id="empty">${waiting.replace(/[&<>"]/gu, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c)}</p></div>
<script nonce="${nonce}">${PREVIEW_SCRIPT}</script>
</body>
</html>`;
}
