import { spawnSync } from 'node:child_process';
import { unzipSync } from 'fflate';
import { renderDocx } from '../../compiler/src/backends/docx/index.ts';
import type { ContractDocument } from '../../compiler/src/backends/document/index.ts';
import { loadFonts } from '../pdf/helpers.ts';

// Shared by the Word tests: the parts of a .docx as text, and LibreOffice (Debian
// `libreoffice-writer-nogui`, installed by .ci/run; an oracle, see test/helpers/oracle.ts).

export async function docxOf(doc: ContractDocument): Promise<Uint8Array> {
  return renderDocx(doc, { fonts: loadFonts() });
}

/** The package's parts by name, XML parts decoded. */
export function parts(bytes: Uint8Array): { names: string[]; xml: (name: string) => string } {
  const files = unzipSync(bytes);
  return { names: Object.keys(files), xml: (name) => new TextDecoder().decode(files[name] ?? new Uint8Array()) };
}

function findSoffice(): string | undefined {
  for (const bin of ['/usr/bin/soffice', 'soffice', 'libreoffice']) {
    const probe = spawnSync(bin, ['--version'], { encoding: 'utf8', timeout: 60_000 });
    if (probe.status === 0 && /LibreOffice/u.test(probe.stdout)) return bin;
  }
  return undefined;
}

export const SOFFICE = findSoffice();
