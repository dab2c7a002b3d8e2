import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { expect, it } from 'vitest';
import { REPO } from '../helpers/host.ts';

// The repository stands alone: every relative link of every committed Markdown file (inline links,
// images, reference definitions, HTML href/src) names a file or folder inside the repository, so a
// clone has everything its documentation points to. Code blocks and code spans are not links.

/** Relative link targets of a Markdown text, with their line numbers. */
export function relativeLinks(markdown: string): { target: string; line: number }[] {
  const lines = markdown.split('\n');
  const out: { target: string; line: number }[] = [];
  let fence: string | undefined;
  lines.forEach((raw, i) => {
    const marker = /^\s*(`{3,}|~{3,})/.exec(raw)?.[1];
    if (marker && (fence === undefined || marker.startsWith(fence))) {
      fence = fence === undefined ? marker : undefined;
      return;
    }
    if (fence !== undefined) return;
    const text = raw.replace(/(`+)[^`]*?\1/g, '');
    const targets = [
      ...[...text.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)].map((m) => m[1]),
      ...[...text.matchAll(/^\s*\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)/g)].map((m) => m[1]),
      ...[...text.matchAll(/\b(?:href|src)="([^"]+)"/g)].map((m) => m[1]),
    ];
    for (const t of targets) {
      if (t === undefined || /^[a-z][a-z0-9+.-]*:/i.test(t) || t.startsWith('#') || t.startsWith('//')) continue;
      out.push({ target: t, line: i + 1 });
    }
  });
  return out;
}

it('finds links, images and references, and skips code and URLs', () => {
  const md = '[a](docs/x.md#h) ![i](img.png "t") `[no](code.md)` [u](https://x.org) [s](#top)\n[ref]: ../out.md\n```\n[no](fenced.md)\n```\n<img src="p.png">';
  expect(relativeLinks(md).map((l) => l.target)).toEqual(['docs/x.md#h', 'img.png', '../out.md', 'p.png']);
});

it('every relative link of every committed .md resolves inside the repository', () => {
  const listed = spawnSync('git', ['ls-files', '-z', '--', '*.md'], { cwd: REPO, encoding: 'utf8' });
  expect(listed.status, listed.stderr).toBe(0);
  const files = listed.stdout.split('\0').filter((f) => f !== '');
  expect(files).toEqual(expect.arrayContaining(['README.md', 'docs/cli.md', 'docs/editors.md', 'docs/ci.md']));
  const broken: string[] = [];
  let count = 0;
  for (const file of files) {
    for (const { target, line } of relativeLinks(readFileSync(join(REPO, file), 'utf8'))) {
      count++;
      const path = decodeURIComponent(target.replace(/[#?].*$/, ''));
      const full = path === '' ? join(REPO, file) : resolve(REPO, dirname(file), path);
      const rel = relative(REPO, full);
      if (rel.startsWith('..') || isAbsolute(rel)) broken.push(`${file}:${line} ${target} (outside the repository)`);
      else if (!existsSync(full)) broken.push(`${file}:${line} ${target} (missing)`);
    }
  }
  expect(broken).toEqual([]);
  expect(count).toBeGreaterThan(20);
});
