// `infog push` end to end (docs/helpdesk.md "Applying an export"): the built CLI replays the flagship's
// import plans against a fake helpdesk on loopback (fake-helpdesk.ts) that records every request. No
// network beyond 127.0.0.1. What is proven, per REST tool:
// - a dry run (the default) only reads: not one write;
// - --apply creates every object, wiring the ids the tool returned into later requests;
// - a second --apply writes nothing (idempotent), and so does a dry run after it;
// - a changed plan updates exactly the changed object, keeping what the admin set;
// - missing credentials, a wrong token, an unreachable tool and a file that is no plan are clear errors.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportOne, type VendorId } from '../../compiler/src/backends/helpdesk/index.ts';
import { runPush as runPushCommand } from '../../compiler/src/cli/commands/push.ts';
import type { SlaDocument } from '../../compiler/src/backends/sla/schema.ts';
import { REPO } from '../helpers/host.ts';
import { CREDENTIALS, FakeHelpdesk } from './fake-helpdesk.ts';

const BIN = join(REPO, 'compiler', 'bin', 'infog.js');
const DIR = mkdtempSync(join(tmpdir(), 'infog-push-'));
const FLAGSHIP_SLA = JSON.parse(readFileSync(join(REPO, 'examples', 'cabinet-dupont.sla.json'), 'utf8')) as SlaDocument;

const ENV: Record<string, string> = {
  ZAMMAD_TOKEN: CREDENTIALS.zammadToken,
  GLPI_USER_TOKEN: CREDENTIALS.glpiUserToken,
  GLPI_APP_TOKEN: CREDENTIALS.glpiAppToken,
  ITOP_USER: CREDENTIALS.itopUser,
  ITOP_PASSWORD: CREDENTIALS.itopPassword,
  FRESHDESK_API_KEY: CREDENTIALS.freshdeskKey,
  ZENDESK_EMAIL: CREDENTIALS.zendeskEmail,
  ZENDESK_API_TOKEN: CREDENTIALS.zendeskToken,
};

interface Run {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the built CLI without blocking this process, whose event loop serves the fake helpdesk. */
function infog(args: readonly string[], env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: REPO, env: { PATH: process.env['PATH'] ?? '', LANG: 'C', ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => { stdout += d.toString('utf8'); });
    child.stderr.on('data', (d: Buffer) => { stderr += d.toString('utf8'); });
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

/**
 * The same command in this process (`runPush` of cli/commands/push.ts, real fetch over loopback): most
 * runs go through it, the binary checks the wiring, the environment and the exit statuses.
 */
async function push(args: readonly string[], env: Record<string, string> = {}): Promise<Run> {
  const files = args.slice(1).filter((a, i, rest) => !a.startsWith('--') && rest[i - 1] !== '--url' && rest[i - 1] !== '--locale');
  const at = (flag: string): string | undefined => {
    const i = args.indexOf(flag);
    return i < 0 ? undefined : args[i + 1];
  };
  const r = await runPushCommand(files, { url: at('--url'), apply: args.includes('--apply'), verbose: args.includes('--verbose'), locale: at('--locale') === 'en' ? 'en' : 'fr', env });
  return { status: r.exitCode, stdout: r.stdout, stderr: r.stderr };
}

/** Writes the flagship's export for `vendor`, optionally edited, and returns its path. */
function plan(vendor: VendorId, edit?: (sla: SlaDocument) => void, name = 'cabinet-dupont'): string {
  const doc = structuredClone(FLAGSHIP_SLA);
  edit?.(doc);
  const file = exportOne(doc, vendor, { name }).files[0];
  if (!file) throw new Error('no export');
  const path = join(DIR, file.name);
  writeFileSync(path, file.content);
  return path;
}

const fake = new FakeHelpdesk();
let url = '';
beforeAll(async () => {
  url = await fake.start();
});
afterAll(async () => {
  await fake.stop();
});

/** `N à créer, M à mettre à jour, K inchangés` → [N, M, K] from the summary line. */
function counts(stdout: string): number[] {
  const line = stdout.trimEnd().split('\n').at(-1) ?? '';
  return [...line.matchAll(/(\d+) /g)].slice(0, 3).map((m) => Number(m[1]));
}

const REST: VendorId[] = ['zammad', 'glpi', 'itop', 'freshdesk', 'zendesk'];

describe.each(REST.map((v) => [v]))('infog push to %s', (vendor) => {
  const variable = `${vendor.toUpperCase()}_URL`;
  let objects = 0;

  it('dry run by default: reads, says what it would create, writes nothing', async () => {
    fake.clearLog();
    const r = await infog(['push', plan(vendor)], { ...ENV, [variable]: url });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('simulation : rien n’est écrit');
    expect(r.stdout).toContain('Relancez avec --apply pour écrire.');
    const [create = 0, update = 0, unchanged = 0] = counts(r.stdout);
    expect(create).toBeGreaterThan(0);
    expect([update, unchanged]).toEqual([0, 0]);
    objects = create;
    expect(fake.writes()).toEqual([]);
    expect(fake.requests.length).toBeGreaterThan(0);
  });

  it('--apply creates every object, wiring the ids the tool returned', async () => {
    fake.clearLog();
    const r = await push(['push', plan(vendor), '--apply'], { ...ENV, [variable]: url });
    expect(r.status, r.stderr).toBe(0);
    expect(counts(r.stdout)).toEqual([objects, 0, 0]);
    expect(r.stdout).toContain('application');
    expect(fake.writes().length).toBe(vendor === 'zendesk' ? objects : objects);
    expect(JSON.stringify(fake.writes().map((w) => w.body))).not.toContain('$ref:');
    expect(JSON.stringify(fake.writes().map((w) => w.path))).not.toContain('$ref:');
  });

  it('a second --apply changes nothing (idempotent), nor does a dry run', async () => {
    fake.clearLog();
    const again = await push(['push', plan(vendor), '--apply'], { ...ENV, [variable]: url });
    expect(again.status, again.stderr).toBe(0);
    expect(counts(again.stdout)).toEqual([0, 0, objects]);
    expect(fake.writes()).toEqual([]);
    const dry = await push(['push', plan(vendor)], { ...ENV, [variable]: url });
    expect(counts(dry.stdout)).toEqual([0, 0, objects]);
    expect(fake.writes()).toEqual([]);
  });

  it('a changed target updates that object only', async () => {
    const changed = plan(vendor, (sla) => {
      const p1 = sla.priorities[0];
      if (p1?.targets.response) p1.targets.response = { ...p1.targets.response, minutes: p1.targets.response.minutes + 60 };
    });
    fake.clearLog();
    const dry = await push(['push', changed, '--url', url], ENV);
    expect(dry.status, dry.stderr).toBe(0);
    expect(fake.writes()).toEqual([]);
    const changes = dry.stdout.split('\n').filter((l) => l.includes('à mettre à jour  '));
    const r = await push(['push', changed, '--url', url, '--apply'], ENV);
    expect(r.status, r.stderr).toBe(0);
    const [create = -1, update = -1] = counts(r.stdout);
    expect(create).toBe(0);
    expect(update).toBeGreaterThan(0);
    expect(changes.length).toBe(update);
    expect(fake.writes().length).toBe(update);
  });
});

describe('what each tool receives', () => {
  it('Zammad: SLAs point at the calendar and priority the tool created; the admin’s condition stays', async () => {
    const slas = fake.objects('zammad:slas');
    const priorities = fake.objects('zammad:ticket_priorities');
    const calendars = fake.objects('zammad:calendars');
    expect(slas.length).toBe(4);
    expect(calendars.map((c) => c['name'])).toEqual(['NS-2027-014 business']);
    const p1 = slas.find((s) => String(s['name']).startsWith('01 '));
    expect(p1?.['calendar_id']).toBe(calendars[0]?.id);
    const condition = p1?.['condition'] as Record<string, { value: unknown[] }>;
    expect(condition['ticket.priority_id']?.value).toEqual([priorities.find((p) => String(p['name']).includes('P1'))?.id]);
    // The calendar was stored with 24:00 ends where the plan says 23:59 (none here) and stays unchanged.
    if (p1) p1['condition'] = { ...condition, 'ticket.organization_id': { operator: 'is', value: ['12'] } };
    fake.clearLog();
    const r = await push(['push', plan('zammad'), '--url', url, '--apply'], ENV);
    expect(r.status, r.stderr).toBe(0);
    const changed = plan('zammad', (sla) => {
      const t = sla.priorities[0]?.targets.restore;
      if (t) t.minutes += 30;
    });
    await push(['push', changed, '--url', url, '--apply'], ENV);
    expect(Object.keys((p1?.['condition'] ?? {}) as object).sort()).toEqual(['ticket.organization_id', 'ticket.priority_id']);
  });

  it('GLPI: time slots and holiday links hang under the created calendar, SLAs under the SLM', () => {
    const calendar = fake.objects('glpi:Calendar')[0];
    const segments = fake.objects('glpi:CalendarSegment');
    expect(segments.length).toBe(10);
    expect(new Set(segments.map((s) => s['calendars_id']))).toEqual(new Set([calendar?.id]));
    expect(fake.objects('glpi:Calendar_Holiday').length).toBe(fake.objects('glpi:Holiday').length);
    const slm = fake.objects('glpi:SLM')[0];
    expect(new Set(fake.objects('glpi:SLA').map((s) => s['slms_id']))).toEqual(new Set([slm?.id]));
  });

  it('iTop: the SLA links the SLTs by name', () => {
    const sla = fake.objects('itop:SLA')[0];
    const links = sla?.['slts_list'] as { slt_id: number }[];
    expect(links.length).toBeGreaterThan(0);
    expect(links.every((l) => fake.objects('itop:SLT').some((s) => s.id === l.slt_id))).toBe(true);
  });

  it('Freshdesk: the companies the admin chose stay when the policy is updated', async () => {
    const policy = fake.objects('freshdesk:sla_policies')[0];
    if (!policy) throw new Error('no policy');
    policy['applicable_to'] = { company_ids: [42] };
    const changed = plan('freshdesk', (sla) => {
      const t = sla.priorities[1]?.targets.restore;
      if (t) t.minutes += 60;
    });
    fake.clearLog();
    const r = await push(['push', changed, '--url', url, '--apply', '--locale', 'en'], ENV);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/updated +SLA policy "NS-2027-014 Cabinet Dupont & Associés SELARL" \(.*sla_target\.priority_3\.resolve_within.*\)/);
    expect(policy['applicable_to']).toEqual({ company_ids: [42] });
  });

  it('Zendesk: holidays under the schedule, the workweek set, the filter left to the admin', () => {
    const schedule = fake.objects('zendesk:schedules')[0];
    expect((schedule?.['intervals'] as unknown[]).length).toBe(10);
    expect(fake.objects(`zendesk:holidays:${schedule?.id ?? 0}`).length).toBe(FLAGSHIP_SLA.calendars['business']?.holidays.length);
    expect(fake.objects('zendesk:policies').length).toBe(1);
  });
});

describe('errors of infog push', () => {
  it('needs the address and the credentials, named in the message (exit 2, before any request)', async () => {
    fake.clearLog();
    const noUrl = await infog(['push', plan('zammad')], { ZAMMAD_TOKEN: 'x' });
    expect(noUrl.status).toBe(2);
    expect(noUrl.stderr).toContain('indiquez l’adresse de Zammad (--url ou ZAMMAD_URL)');
    const noToken = await infog(['push', plan('glpi'), '--url', url, '--locale', 'en'], { GLPI_APP_TOKEN: 'x' });
    expect(noToken.status).toBe(2);
    expect(noToken.stderr).toContain('missing environment variable for GLPI: GLPI_USER_TOKEN');
    expect(fake.requests).toEqual([]);
  });

  it('reports a refused token with the HTTP status (exit 1), and writes nothing', async () => {
    fake.clearLog();
    const r = await infog(['push', plan('zammad', undefined, 'other'), '--url', url, '--apply'], { ZAMMAD_TOKEN: 'wrong' });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^infog : Zammad a refusé la requête \(étape : priorité « \/api\/v1\/ticket_priorities »\) : HTTP 401 : /m);
    expect(r.stdout).toContain('Arrêté sur une erreur.');
    expect(fake.writes()).toEqual([]);
    const itop = await infog(['push', plan('itop'), '--url', url, '--locale', 'en'], { ITOP_USER: 'admin', ITOP_PASSWORD: 'wrong' });
    expect(itop.status).toBe(1);
    expect(itop.stderr).toContain('iTop refused the request');
    expect(itop.stderr).toContain('Invalid login');
  });

  it('says when the tool cannot be reached (exit 2)', async () => {
    const closed = new FakeHelpdesk();
    const dead = await closed.start();
    await closed.stop();
    const r = await infog(['push', plan('freshdesk'), '--url', dead], ENV);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`Freshdesk injoignable à ${dead}`);
  });

  it('refuses what is not an import plan it can apply, and a plan that is not valid (exit 2)', async () => {
    const rt = plan('rt');
    const r = await infog(['push', rt, '--url', url], ENV);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('n’est pas du JSON');
    const sla = join(REPO, 'examples', 'cabinet-dupont.sla.json');
    const notPlan = await infog(['push', sla, '--url', url, '--locale', 'en'], ENV);
    expect(notPlan.status).toBe(2);
    expect(notPlan.stderr).toContain('is not an import plan infog can apply (tools: Zammad, GLPI, iTop, Freshdesk, Zendesk)');
    const broken = join(DIR, 'broken.zammad.json');
    const json = JSON.parse(readFileSync(plan('zammad'), 'utf8')) as { requests: { path: string }[] };
    if (json.requests[0]) json.requests[0].path = '/api/v1/users';
    writeFileSync(broken, JSON.stringify(json));
    const invalid = await infog(['push', broken, '--url', url], ENV);
    expect(invalid.status).toBe(2);
    expect(invalid.stderr).toContain('n’est pas valide');
    const none = await infog(['push'], ENV);
    expect(none.status).toBe(2);
  });
});
