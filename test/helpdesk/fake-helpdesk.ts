// A fake helpdesk on loopback for the `infog push` tests: one HTTP server that answers the calls infog
// makes to Zammad, GLPI, iTop, Freshdesk and Zendesk, keeps the objects in memory and records every
// request. It follows the same vendor documentation as the exporters (docs/helpdesk.md sources): it
// checks what infog sends (authentication, paths, bodies) and lets the tests count writes. It is no
// substitute for a real instance: where a real tool normalises values differently, only a real instance
// would tell.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Recorded {
  readonly method: string;
  readonly path: string;
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
  readonly body: unknown;
}

type Obj = Record<string, unknown> & { id: number };

export interface Credentials {
  readonly zammadToken: string;
  readonly glpiUserToken: string;
  readonly glpiAppToken: string;
  readonly itopUser: string;
  readonly itopPassword: string;
  readonly freshdeskKey: string;
  readonly zendeskEmail: string;
  readonly zendeskToken: string;
}

export const CREDENTIALS: Credentials = {
  zammadToken: 'zammad-secret', glpiUserToken: 'glpi-user', glpiAppToken: 'glpi-app', itopUser: 'admin', itopPassword: 'itop-secret',
  freshdeskKey: 'fd-key', zendeskEmail: 'ops@example.test', zendeskToken: 'zd-token',
};

const basic = (user: string, password: string): string => `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;

export class FakeHelpdesk {
  readonly requests: Recorded[] = [];
  /** Objects per collection key (`zammad:/api/v1/slas`, `glpi:Calendar`, `itop:SLT`, …). */
  readonly store = new Map<string, Obj[]>();
  private nextId = 1;
  private server: Server | undefined;
  url = '';

  async start(): Promise<string> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    const { port } = this.server.address() as AddressInfo;
    this.url = `http://127.0.0.1:${port}`;
    return this.url;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }

  /** Requests other than reads: what a dry run and an idempotent second run must not send. */
  writes(): Recorded[] {
    return this.requests.filter((r) => r.method !== 'GET' && !(r.path.startsWith('/webservices/rest.php') && ['core/get'].includes(String((r.body as { json_data?: { operation?: string } }).json_data?.operation))));
  }

  clearLog(): void {
    this.requests.length = 0;
  }

  objects(key: string): Obj[] {
    let list = this.store.get(key);
    if (!list) {
      list = [];
      this.store.set(key, list);
    }
    return list;
  }

  private add(key: string, fields: Record<string, unknown>): Obj {
    const o: Obj = { ...fields, id: this.nextId++ };
    this.objects(key).push(o);
    return o;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const url = new URL(req.url ?? '/', 'http://x');
    let body: unknown = raw === '' ? null : raw;
    if ((req.headers['content-type'] ?? '').startsWith('application/x-www-form-urlencoded')) {
      const form = Object.fromEntries(new URLSearchParams(raw));
      body = { ...form, json_data: form['json_data'] ? JSON.parse(form['json_data']) : undefined };
    } else if (raw !== '') {
      try { body = JSON.parse(raw); } catch { /* keep the text */ }
    }
    this.requests.push({ method: req.method ?? '', path: `${url.pathname}${url.search}`, headers: req.headers, body });
    const send = (status: number, payload: unknown): void => {
      res.writeHead(status, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify(payload));
    };
    try {
      const path = url.pathname;
      if (path.startsWith('/api/v1/')) return this.zammad(req, path, body, send);
      if (path.startsWith('/apirest.php/')) return this.glpi(req, url, body, send);
      if (path === '/webservices/rest.php') return this.itop(body, send);
      if (path.startsWith('/api/v2/sla_policies')) return this.freshdesk(req, path, url, body, send);
      if (path.startsWith('/api/v2/')) return this.zendesk(req, path, body, send);
      send(404, { error: `no route ${path}` });
    } catch (e) {
      send(500, { error: String(e) });
    }
  }

  // ---- Zammad: token auth; GET list (paged), POST, PUT /<id> -----------------------------------------
  private zammad(req: IncomingMessage, path: string, body: unknown, send: (s: number, p: unknown) => void): void {
    if (req.headers['authorization'] !== `Token token=${CREDENTIALS.zammadToken}`) return send(401, { error: 'authentication failed' });
    const m = /^\/api\/v1\/(ticket_priorities|calendars|slas)(?:\/(\d+))?$/u.exec(path);
    if (!m) return send(404, { error: 'no route' });
    const list = this.objects(`zammad:${m[1]}`);
    if (req.method === 'GET') return send(200, list);
    if (req.method === 'POST') {
      const b = body as Record<string, unknown>;
      if (list.some((o) => o.name === b['name'])) return send(422, { error: 'Name already exists!' });
      // Zammad keeps ids inside conditions as strings and stores a 23:59 end as 24:00.
      const stored = JSON.parse(JSON.stringify(b).replaceAll('"23:59"', '"24:00"')) as Record<string, unknown>;
      return send(201, this.add(`zammad:${m[1]}`, stored));
    }
    if (req.method === 'PUT') {
      const o = list.find((x) => x.id === Number(m[2]));
      if (!o) return send(404, { error: 'not found' });
      Object.assign(o, JSON.parse(JSON.stringify(body).replaceAll('"23:59"', '"24:00"')));
      return send(200, o);
    }
    send(405, {});
  }

  // ---- GLPI: initSession, killSession, GET items (searchText contains) and sub items, POST, PUT -------
  private glpiSession = '';
  private glpi(req: IncomingMessage, url: URL, body: unknown, send: (s: number, p: unknown) => void): void {
    const path = url.pathname.replace(/^\/apirest\.php\//u, '').replace(/\/$/u, '');
    if (req.headers['app-token'] !== CREDENTIALS.glpiAppToken) return send(400, ['ERROR_APP_TOKEN_PARAMETERS_MISSING', 'missing App-Token']);
    if (path === 'initSession') {
      if (req.headers['authorization'] !== `user_token ${CREDENTIALS.glpiUserToken}`) return send(401, ['ERROR_GLPI_LOGIN_USER_TOKEN', 'invalid user_token']);
      this.glpiSession = `session-${this.nextId++}`;
      return send(200, { session_token: this.glpiSession });
    }
    if (req.headers['session-token'] !== this.glpiSession || this.glpiSession === '') return send(401, ['ERROR_SESSION_TOKEN_INVALID', 'session']);
    if (path === 'killSession') {
      this.glpiSession = '';
      return send(200, {});
    }
    const parts = path.split('/');
    if (req.method === 'GET' && parts.length === 3 && parts[0] === 'Calendar') {
      const items = this.objects(`glpi:${parts[2] ?? ''}`).filter((o) => String(o['calendars_id']) === parts[1]);
      return items.length === 0 ? send(400, ['ERROR_RANGE_EXCEED_TOTAL', 'range']) : send(200, items);
    }
    const itemtype = parts[0] ?? '';
    const list = this.objects(`glpi:${itemtype}`);
    if (req.method === 'GET' && parts.length === 1) {
      const text = url.searchParams.get('searchText[name]');
      const items = list.filter((o) => text === null || String(o['name']).includes(text));
      return items.length === 0 ? send(400, ['ERROR_RANGE_EXCEED_TOTAL', 'range']) : send(200, items);
    }
    const input = (body as { input?: Record<string, unknown> } | null)?.input;
    if (!input) return send(400, ['ERROR_BAD_ARRAY', 'input']);
    if (req.method === 'POST' && parts.length === 1) return send(201, { id: this.add(`glpi:${itemtype}`, input).id, message: '' });
    if (req.method === 'PUT' && parts.length === 2) {
      const o = list.find((x) => x.id === Number(parts[1]));
      if (!o) return send(404, ['ERROR_ITEM_NOT_FOUND', 'not found']);
      Object.assign(o, input);
      return send(200, [{ [String(o.id)]: true, message: '' }]);
    }
    send(400, ['ERROR_METHOD_NOT_ALLOWED', path]);
  }

  // ---- iTop: rest.php with auth_user / auth_pwd / json_data; core/get, core/create, core/update -------
  private itop(body: unknown, send: (s: number, p: unknown) => void): void {
    const b = body as { auth_user?: string; auth_pwd?: string; json_data?: Record<string, unknown> };
    if (b.auth_user !== CREDENTIALS.itopUser || b.auth_pwd !== CREDENTIALS.itopPassword) return send(200, { code: 1, message: 'Error: Invalid login' });
    const op = b.json_data ?? {};
    const cls = String(op['class']);
    const list = this.objects(`itop:${cls}`);
    const answer = (o: Obj): Record<string, unknown> => ({ [`${cls}::${o.id}`]: { code: 0, message: '', class: cls, key: String(o.id), fields: this.itopFields(o) } });
    /** iTop resolves `{ name }` external keys and link sets when it stores them. */
    const store = (fields: Record<string, unknown>): Record<string, unknown> => {
      const out: Record<string, unknown> = { ...fields };
      const org = fields['org_id'];
      if (typeof org === 'object' && org !== null) {
        out['org_id'] = 99;
        out['org_id_friendlyname'] = (org as { name: string }).name;
      }
      const links = fields['slts_list'];
      if (Array.isArray(links)) {
        out['slts_list'] = links.map((l: { slt_id: { name: string } }) => {
          const slt = this.objects('itop:SLT').find((s) => s['name'] === l.slt_id.name);
          return { slt_id: slt?.id ?? 0, slt_id_friendlyname: l.slt_id.name };
        });
      }
      return out;
    };
    switch (op['operation']) {
      case 'core/get': {
        const name = (op['key'] as { name?: string } | undefined)?.name;
        const found = list.filter((o) => o['name'] === name);
        return send(200, { code: 0, message: `Found: ${found.length}`, objects: found.length === 0 ? null : Object.assign({}, ...found.map(answer)) });
      }
      case 'core/create': {
        const fields = op['fields'] as Record<string, unknown>;
        if (list.some((o) => o['name'] === fields['name'])) return send(200, { code: 100, message: 'duplicate name' });
        return send(200, { code: 0, message: '', objects: answer(this.add(`itop:${cls}`, store(fields))) });
      }
      case 'core/update': {
        const o = list.find((x) => String(x.id) === String(op['key']));
        if (!o) return send(200, { code: 100, message: 'no such object' });
        Object.assign(o, store(op['fields'] as Record<string, unknown>));
        return send(200, { code: 0, message: '', objects: answer(o) });
      }
      default:
        return send(200, { code: 2, message: 'unknown operation' });
    }
  }

  private itopFields(o: Obj): Record<string, unknown> {
    const { id: _id, ...fields } = o;
    return fields;
  }

  // ---- Freshdesk: basic auth (key:X); GET list (paged), POST, PUT /<id> -------------------------------
  private freshdesk(req: IncomingMessage, path: string, url: URL, body: unknown, send: (s: number, p: unknown) => void): void {
    if (req.headers['authorization'] !== basic(CREDENTIALS.freshdeskKey, 'X')) return send(401, { code: 'invalid_credentials' });
    const list = this.objects('freshdesk:sla_policies');
    const m = /^\/api\/v2\/sla_policies(?:\/(\d+))?$/u.exec(path);
    if (req.method === 'GET') {
      const page = Number(url.searchParams.get('page') ?? '1');
      const per = Number(url.searchParams.get('per_page') ?? '30');
      return send(200, list.slice((page - 1) * per, page * per));
    }
    if (req.method === 'POST' && !m?.[1]) return send(201, this.add('freshdesk:sla_policies', body as Record<string, unknown>));
    if (req.method === 'PUT' && m?.[1]) {
      const o = list.find((x) => x.id === Number(m[1]));
      if (!o) return send(404, {});
      Object.assign(o, body);
      return send(200, o);
    }
    send(405, {});
  }

  // ---- Zendesk: basic auth (email/token:token); schedules, workweek, holidays, SLA policies -----------
  private zendesk(req: IncomingMessage, path: string, body: unknown, send: (s: number, p: unknown) => void): void {
    if (req.headers['authorization'] !== basic(`${CREDENTIALS.zendeskEmail}/token`, CREDENTIALS.zendeskToken)) return send(401, { error: "Couldn't authenticate you" });
    const b = body as Record<string, Record<string, unknown>>;
    const schedules = this.objects('zendesk:schedules');
    let m = /^\/api\/v2\/business_hours\/schedules(?:\/(\d+))?$/u.exec(path);
    if (m) {
      if (req.method === 'GET' && !m[1]) return send(200, { schedules });
      if (req.method === 'POST' && !m[1]) return send(201, { schedule: this.add('zendesk:schedules', { ...b['schedule'], intervals: [] }) });
      const s = schedules.find((x) => x.id === Number(m?.[1]));
      if (req.method === 'PUT' && s) {
        Object.assign(s, b['schedule']);
        return send(200, { schedule: s });
      }
      return send(404, {});
    }
    m = /^\/api\/v2\/business_hours\/schedules\/(\d+)\/workweek$/u.exec(path);
    if (m && req.method === 'PUT') {
      const s = schedules.find((x) => x.id === Number(m?.[1]));
      if (!s) return send(404, {});
      s['intervals'] = b['workweek']?.['intervals'];
      return send(200, { workweek: b['workweek'] });
    }
    m = /^\/api\/v2\/business_hours\/schedules\/(\d+)\/holidays(?:\/(\d+))?$/u.exec(path);
    if (m) {
      const key = `zendesk:holidays:${m[1] ?? ''}`;
      if (!schedules.some((x) => x.id === Number(m?.[1]))) return send(404, {});
      if (req.method === 'GET' && !m[2]) return send(200, { holidays: this.objects(key) });
      if (req.method === 'POST' && !m[2]) return send(201, { holiday: this.add(key, b['holiday'] ?? {}) });
      const h = this.objects(key).find((x) => x.id === Number(m?.[2]));
      if (req.method === 'PUT' && h) {
        Object.assign(h, b['holiday']);
        return send(200, { holiday: h });
      }
      return send(404, {});
    }
    m = /^\/api\/v2\/slas\/policies(?:\/(\d+))?$/u.exec(path);
    if (m) {
      const policies = this.objects('zendesk:policies');
      if (req.method === 'GET' && !m[1]) return send(200, { sla_policies: policies });
      if (req.method === 'POST' && !m[1]) return send(201, { sla_policy: this.add('zendesk:policies', b['sla_policy'] ?? {}) });
      const p = policies.find((x) => x.id === Number(m?.[1]));
      if (req.method === 'PUT' && p) {
        Object.assign(p, b['sla_policy']);
        return send(200, { sla_policy: p });
      }
      return send(404, {});
    }
    send(404, {});
  }
}
