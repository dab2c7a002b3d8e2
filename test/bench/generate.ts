// A generator of realistic contracts of a given size, for the benchmark: the flagship's parties and
// term, then an inventory and SLA priorities repeated with varied names and values, as a large MSP
// contract covering many sites would be. Deterministic for a given line count.

const SITE_CITIES = ['Lyon', 'Villeurbanne', 'Grenoble', 'Annecy', 'Chambéry', 'Valence', 'Mâcon', 'Bourg-en-Bresse'];

export function generateContract(lines: number): string {
  const out: string[] = [
    '// Contrat généré pour le banc d’essai — structure réaliste, valeurs variées.',
    'contract "Infogérance multi-sites" {',
    '  reference "BENCH-0001"',
    '  kind infogerance',
    '  law FR',
    '  language fr',
    '  party provider ns {',
    '    name "Network Service SARL"',
    '    legal_form "SARL"',
    '    share_capital 10000 EUR',
    '    siret "50196734300028"',
    '    vat "FR30501967343"',
    '    signatory "Jean Martin" { capacity "Gérant" }',
    '  }',
    '  term {',
    '    signature 2026-12-15',
    '    effective 2027-01-01',
    '    initial 36 months',
    '    renewal tacit { period 12 months; notice 3 months }',
    '  }',
  ];
  for (let i = 0; ; i++) {
    const city = SITE_CITIES[i % SITE_CITIES.length] ?? 'Lyon';
    const site = [
      `  // Site ${i + 1} — ${city}`,
      `  site s${i} {`,
      `    address "${(i % 90) + 1} avenue Jean Jaurès, 69007 ${city}"`,
      `    region FR-69`,
      `    hours h${i} { days mon..fri; time 08:00-12:00, 14:00-18:00; timezone "Europe/Paris"; holidays FR }`,
      `    equipment desktops_${i} { kind desktop; count ${10 + (i % 40)}; label "Postes ${city}" }`,
      `    equipment srv_${i} { kind server; label "SRV-${String(i).padStart(4, '0')}" }`,
      `    priority P${(i % 4) + 1}_${i} "Incident site ${i}" {`,
      `      criteria """`,
      `        Production arrêtée pour les utilisateurs du site,`,
      `        aucun contournement disponible.`,
      `        """`,
      `      response ${15 + (i % 4) * 15} min`,
      `      restore ${4 + (i % 4) * 4} business_hours`,
      `      resolve ${2 + (i % 3)} business_days`,
      `    }`,
      `    fee ${(1450 + i).toFixed(2)} EUR per month excl_vat`,
      `    availability ${99 + (i % 10) / 10}%`,
      `    contacts phone, email, portal`,
      `  }`,
    ];
    if (out.length + site.length + 1 > lines) break;
    out.push(...site);
  }
  // Complete blocks only, then comments up to the exact size and the closing brace.
  while (out.length < lines - 1) out.push('  // —');
  out.push('}');
  return `${out.join('\n')}\n`;
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
