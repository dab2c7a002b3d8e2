// Generators for the benchmark: realistic contracts of a given size (deterministic for a given line
// count) and JSON documents of the same byte size as the baseline.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const SITE_CITIES = ['Lyon', 'Villeurbanne', 'Grenoble', 'Annecy', 'Chambéry', 'Valence', 'Mâcon', 'Bourg-en-Bresse'];
const FLAGSHIP = readFileSync(join(import.meta.dirname, '..', '..', 'examples', 'cabinet-dupont.infog'), 'utf8');

/** The inventory of one more site of a large multi-site client, as the flagship writes its own. */
function site(i: number): string[] {
  const city = SITE_CITIES[i % SITE_CITIES.length] ?? 'Lyon';
  const n = String(i).padStart(4, '0');
  const pcs = 4 + (i % 12);
  return [
    `    // Site ${i + 1} — ${city}`,
    `    site s${i} {`,
    `      label "Agence de ${city} n° ${i + 1}"`,
    `      address "${(i % 90) + 1} avenue Jean Jaurès, 69007 ${city}"`,
    '      country FR',
    '      region FR-69',
    '    }',
    `    equipment pc_${i} {`,
    '      kind desktop',
    `      count ${pcs}`,
    '      label "Dell OptiPlex 7010"',
    '      os "Windows 11 Professionnel"',
    `      ids ${Array.from({ length: 3 }, (_, k) => `"AG${n}-PC-${k + 1}"`).join(', ')}`,
    `      at s${i}`,
    '    }',
    `    network fw_${i} {`,
    '      kind firewall',
    '      count 1',
    `      label "Stormshield SN210 — agence ${n}"`,
    `      ids "AG${n}-FW"`,
    `      at s${i}`,
    '    }',
  ];
}

/**
 * A realistic contract of exactly `lines` lines that checks without errors: the flagship, whose scope
 * grows by one agency after another (site, workstations, firewall), as a large MSP contract would.
 */
export function generateContract(lines: number): string {
  const head = FLAGSHIP.slice(0, FLAGSHIP.indexOf('  scope {\n') + '  scope {\n'.length).split('\n');
  const tail = FLAGSHIP.slice(FLAGSHIP.indexOf('  scope {\n') + '  scope {\n'.length).split('\n');
  head.pop();
  const out = [...head];
  const budget = lines - tail.length + 1;
  for (let i = 0; ; i++) {
    const block = site(i);
    if (out.length + block.length > budget) break;
    out.push(...block);
  }
  // Pad with comments to the exact size (the tail ends with the final newline).
  while (out.length < budget) out.push('    // —');
  return `${[...out, ...tail].join('\n')}`;
}

/** A JSON document of exactly `bytes` bytes (UTF-8) with a comparable shape: nested objects, strings, numbers. */
export function generateJson(bytes: number): string {
  const item = (i: number): unknown => ({
    site: `s${i}`,
    address: `${(i % 90) + 1} avenue Jean Jaurès, 69007 Lyon`,
    region: 'FR-69',
    hours: { days: ['mon', 'tue', 'wed', 'thu', 'fri'], time: [['08:00', '12:00'], ['14:00', '18:00']], timezone: 'Europe/Paris', holidays: 'FR' },
    equipment: [{ kind: 'desktop', count: 10 + (i % 40) }, { kind: 'server', label: `SRV-${i}` }],
    priority: { id: `P${(i % 4) + 1}`, criteria: 'Production arrêtée pour les utilisateurs du site, aucun contournement disponible.', response: 15, restore: 240, resolve: 1200 },
    fee: { amount: '1450.00', currency: 'EUR' },
  });
  const items: unknown[] = [];
  let text = '{"contract":[]}';
  for (let i = 0; ; i++) {
    items.push(item(i));
    const next = JSON.stringify({ contract: items }, null, 2);
    if (Buffer.byteLength(next) > bytes) break;
    text = next;
  }
  // Trailing whitespace is valid JSON and brings the size to exactly the contract's.
  return text + ' '.repeat(Math.max(0, bytes - Buffer.byteLength(text)));
}
