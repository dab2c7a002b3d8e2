// `npm run bench`: performance as ratios against baselines measured in the same process on the
// same machine (medians after warm-up), so the figures survive hardware changes.
//   --json           one JSON object with exactly the keys of RESULT_KEYS
//   --quick          fewer runs (finishes well within two minutes)
//   --compare        compare with test/bench/baseline.json; exit 1 on a regression over 25 %
//   --save-baseline  write the results as the new baseline
//   --only g1,g2     only these groups: check (front end, check, schema baselines), due, cold, rss,
//                    pdf, format, lsp, preview
// Results and the machine they were measured on are recorded in docs/performance.md.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import { checkSource, parse, rootSpec, type Host } from '../../compiler/src/index.ts';
import { buildCalendar, dueInstant, expandHolidays } from '../../compiler/src/calendar/index.ts';
import { generateContract, generateJson } from './generate.ts';
import { median, ratio, time } from './measure.ts';
import { toPlain, zodOfDocument } from './yaml-equivalent.ts';
import { extraMeasurements } from './extra.ts';

const REPO = join(import.meta.dirname, '..', '..');
const args = new Set(process.argv.slice(2));
const quick = args.has('--quick');
/** `--only check,pdf,lsp`: measure only these groups of keys (the others print as null). */
const GROUPS = ['check', 'due', 'cold', 'rss', 'pdf', 'format', 'lsp', 'preview'] as const;
type Group = (typeof GROUPS)[number];
const onlyArg = process.argv.indexOf('--only');
const only = onlyArg >= 0 ? new Set((process.argv[onlyArg + 1] ?? '').split(',').filter((g): g is Group => (GROUPS as readonly string[]).includes(g))) : undefined;
const RUNS = quick ? 5 : 11;
const log = (s: string): void => {
  if (!args.has('--json')) process.stdout.write(`${s}\n`);
};

export const RESULT_KEYS = [
  'frontEndVsJsonParse', 'checkVsJsonParse', 'checkVsYamlZod', 'checkVsJsonZod', 'pdfVsPdfmake', 'formatVsParse', 'cliColdStartVsNode',
  'lspKeystrokeP95Ms', 'lspCompletionP95Ms', 'previewUpdateMs', 'dueDatesPerSecond', 'peakRssMb',
] as const;
type Key = (typeof RESULT_KEYS)[number];
/** Direction of "better" per key: ratios, latencies and memory go down; throughput goes up. */
const HIGHER_IS_BETTER: ReadonlySet<Key> = new Set(['dueDatesPerSecond']);

const benchHost: Host = { readFile: () => undefined, today: () => '2026-11-23' };
const round = (x: number, d = 2): number => Number(x.toFixed(d));

function frontEndAndCheck(): Partial<Record<Key, number>> {
  const text = generateContract(10_000);
  const bytes = Buffer.byteLength(text);
  const json = generateJson(bytes);
  const source = { path: 'bench.infog', text };
  const front = ratio(() => parse(source), () => JSON.parse(json), RUNS);
  log(`10,000 lines (${(bytes / 1024).toFixed(0)} KiB): lex+parse+AST ${front.subjectMs.toFixed(1)} ms vs JSON.parse ${front.baselineMs.toFixed(2)} ms → ${front.ratio.toFixed(1)}×`);
  const check = ratio(() => checkSource(source, benchHost), () => JSON.parse(json), RUNS);
  log(`full check ${check.subjectMs.toFixed(1)} ms → ${check.ratio.toFixed(1)}× JSON.parse`);
  return { frontEndVsJsonParse: round(front.ratio), checkVsJsonParse: round(check.ratio), ...againstSchemaValidation(source) };
}

/**
 * The check against what a user would otherwise run: the same contract's facts as a YAML document
 * (or JSON), parsed, then validated by a zod schema of the same vocabulary (yaml-equivalent.ts). The
 * documents are not the same size as the contract, so the ratios compare time per byte; parsing and
 * validation are also timed apart, to show which part dominates the baseline.
 */
function againstSchemaValidation(source: { path: string; text: string }): Partial<Record<Key, number>> {
  const checked = checkSource(source, benchHost);
  if (checked.diagnostics.length > 0 || !checked.model.contract) throw new Error('bench: the generated contract must check clean');
  const plain = { contract: toPlain(checked.model.contract) };
  const yamlText = stringifyYaml(plain);
  const jsonText = JSON.stringify(plain);
  const schema = zodOfDocument(rootSpec);
  for (const [what, doc] of [['YAML', parseYaml(yamlText)], ['JSON', JSON.parse(jsonText)]] as const) {
    const r = schema.safeParse(doc);
    if (!r.success) throw new Error(`bench: the zod schema rejects the ${what} document: ${r.error.issues.slice(0, 3).map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  }
  const size = { infog: Buffer.byteLength(source.text), yaml: Buffer.byteLength(yamlText), json: Buffer.byteLength(jsonText) };
  const validate = (doc: unknown): void => {
    if (!schema.safeParse(doc).success) throw new Error('bench: validation failed');
  };
  const yz = ratio(() => checkSource(source, benchHost), () => validate(parseYaml(yamlText)), RUNS);
  const jz = ratio(() => checkSource(source, benchHost), () => validate(JSON.parse(jsonText)), RUNS);
  const parsedYaml = parseYaml(yamlText) as unknown;
  const yamlParseMs = time(() => parseYaml(yamlText), RUNS);
  const jsonParseMs = time(() => JSON.parse(jsonText), RUNS);
  const zodMs = time(() => validate(parsedYaml), RUNS);
  const mbps = (b: number, ms: number): string => `${(b / 1e6 / (ms / 1000)).toFixed(1)} MB/s`;
  log(`same facts as YAML ${(size.yaml / 1024).toFixed(0)} KiB, JSON ${(size.json / 1024).toFixed(0)} KiB (contract ${(size.infog / 1024).toFixed(0)} KiB); zod accepts both`);
  log(`  check ${yz.subjectMs.toFixed(1)} ms (${mbps(size.infog, yz.subjectMs)}) | yaml.parse ${yamlParseMs.toFixed(1)} ms + zod ${zodMs.toFixed(1)} ms = ${yz.baselineMs.toFixed(1)} ms (${mbps(size.yaml, yz.baselineMs)}) | JSON.parse ${jsonParseMs.toFixed(1)} ms + zod = ${jz.baselineMs.toFixed(1)} ms (${mbps(size.json, jz.baselineMs)})`);
  // Time per byte of the check over time per byte of the baseline.
  const perByte = (r: { ratio: number }, bytes: number): number => r.ratio * (bytes / size.infog);
  log(`  per byte: check is ${perByte(yz, size.yaml).toFixed(2)}× yaml+zod and ${perByte(jz, size.json).toFixed(2)}× JSON+zod`);
  return { checkVsYamlZod: round(perByte(yz, size.yaml)), checkVsJsonZod: round(perByte(jz, size.json)) };
}

function dueDates(): number {
  const { calendar } = buildCalendar({
    timezone: 'Europe/Paris',
    hours: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], ranges: ['08:00-12:00', '14:00-18:00'] }],
    holidays: expandHolidays(['FR'], 2026, 2032).map((h) => h.date),
  });
  if (!calendar) return NaN;
  // Openings spread over 2027–2029, targets up to ten business days (8 h a day here).
  const start = Date.UTC(2027, 0, 1);
  const span = Date.UTC(2030, 0, 1) - start;
  const n = quick ? 100_000 : 400_000;
  const opened = Array.from({ length: n }, (_, i) => start + ((i * 7919 * 60_000) % span));
  const minutes = Array.from({ length: n }, (_, i) => 1 + ((i * 104_729) % 4800));
  for (let i = 0; i < 20_000; i++) dueInstant(calendar, opened[i] ?? 0, minutes[i] ?? 1);
  const samples: number[] = [];
  for (let r = 0; r < 3; r++) {
    const t0 = performance.now();
    for (let i = 0; i < n; i++) dueInstant(calendar, opened[i] ?? 0, minutes[i] ?? 1);
    samples.push(n / ((performance.now() - t0) / 1000));
  }
  const perSecond = median(samples);
  log(`due dates: ${Math.round(perSecond).toLocaleString('en')} per second (targets ≤ 10 business days, FR holidays)`);
  return Math.round(perSecond);
}

function coldStart(): number {
  const node = process.execPath;
  const cli = join(REPO, 'compiler', 'bin', 'infog.js');
  if (!existsSync(join(REPO, 'compiler', 'dist', 'infog.js'))) execFileSync(node, [join(REPO, 'scripts', 'build.mjs')]);
  const runs = quick ? 5 : 15;
  const timeProc = (argv: string[]): number => {
    const t0 = performance.now();
    spawnSync(node, argv, { cwd: REPO, stdio: 'ignore' });
    return performance.now() - t0;
  };
  const c: number[] = [];
  const b: number[] = [];
  timeProc(['-e', '0']);
  timeProc([cli, 'check', 'examples/cabinet-dupont.infog']);
  for (let i = 0; i < runs; i++) {
    c.push(timeProc([cli, 'check', 'examples/cabinet-dupont.infog']));
    b.push(timeProc(['-e', '0']));
  }
  log(`cold start: infog check ${median(c).toFixed(0)} ms vs node -e 0 ${median(b).toFixed(0)} ms`);
  return round(median(c) / median(b));
}

function peakRss(): number {
  const script = `import { checkSource } from ${JSON.stringify(join(REPO, 'compiler', 'src', 'index.ts'))};
import { generateContract } from ${JSON.stringify(join(REPO, 'test', 'bench', 'generate.ts'))};
const text = generateContract(10000);
checkSource({ path: 'bench.infog', text }, { readFile: () => undefined, today: () => '2026-11-23' });
process.stdout.write(String(process.resourceUsage().maxRSS));`;
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
  const mb = Number(out) / 1024;
  log(`peak RSS of a 10,000-line check: ${mb.toFixed(0)} MB`);
  return round(mb, 0);
}

async function main(): Promise<void> {
  log(`node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? '?'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB${quick ? ', quick' : ''}`);
  const result: Record<Key, number | null> = {
    frontEndVsJsonParse: null, checkVsJsonParse: null, checkVsYamlZod: null, checkVsJsonZod: null, pdfVsPdfmake: null, formatVsParse: null,
    cliColdStartVsNode: null, lspKeystrokeP95Ms: null, lspCompletionP95Ms: null, previewUpdateMs: null, dueDatesPerSecond: null, peakRssMb: null,
  };
  const want = (group: Group): boolean => only === undefined || only.has(group);
  if (want('check')) Object.assign(result, frontEndAndCheck());
  if (want('due')) result.dueDatesPerSecond = dueDates();
  if (want('cold')) result.cliColdStartVsNode = coldStart();
  if (want('rss')) result.peakRssMb = peakRss();
  Object.assign(result, await extraMeasurements({ quick, log, pdf: want('pdf'), format: want('format'), lsp: want('lsp'), preview: want('preview') }));
  if (args.has('--json')) process.stdout.write(`${JSON.stringify(result)}\n`);
  const baselinePath = join(import.meta.dirname, 'baseline.json');
  if (args.has('--save-baseline')) writeFileSync(baselinePath, `${JSON.stringify(result, null, 2)}\n`);
  if (args.has('--compare')) process.exitCode = compare(result, JSON.parse(readFileSync(baselinePath, 'utf8')) as Record<Key, number | null>);
}

/** Flags every figure more than 25 % worse than the committed baseline. */
function compare(now: Record<Key, number | null>, base: Record<Key, number | null>): number {
  let regressions = 0;
  for (const key of RESULT_KEYS) {
    const a = now[key];
    const b = base[key];
    if (a === null || b === null || b === undefined) continue;
    const worse = HIGHER_IS_BETTER.has(key) ? a < b / 1.25 : a > b * 1.25;
    process.stderr.write(`${worse ? 'REGRESSION' : 'ok        '} ${key}: ${a} (baseline ${b})\n`);
    if (worse) regressions++;
  }
  return regressions > 0 ? 1 : 0;
}

await main();
