// `infog push` for Zammad (REST API v1, docs/helpdesk.md "Zammad"): ticket priorities, calendars and
// SLAs are found by name (the export's names start with the contract reference), created with POST and
// updated with PUT /api/v1/<collection>/<id>. Authentication: `Authorization: Token token=…` (an access
// token with admin.calendar, admin.sla and admin.object permissions).
// - Zammad stores a business-hours end `23:59` as `24:00`: both read as the same.
// - An SLA's condition keeps what the admin added (an organisation condition): the plan's keys win.
import { arrayFrom, field, idFrom, type PushAdapter, type PushContext } from '../push-engine.ts';
import type { ZammadImport } from './schema.ts';

const KIND: Readonly<Record<string, string>> = {
  '/api/v1/ticket_priorities': 'priority',
  '/api/v1/calendars': 'calendar',
  '/api/v1/slas': 'sla',
};
const PAGE = 100;

/** Every object of a collection, page by page. */
async function all(ctx: PushContext, path: string): Promise<unknown[]> {
  const out: unknown[] = [];
  for (let page = 1; page <= 1000; page++) {
    const items = arrayFrom(await ctx.call({ method: 'GET', path: `${path}?page=${page}&per_page=${PAGE}` }, { outcome: 'read', kind: KIND[path] ?? path, name: path }), path);
    out.push(...items);
    if (items.length < PAGE) break;
  }
  return out;
}

/** `24:00` (how Zammad stores an end written `23:59`) read as `23:59`, the plan's spelling. */
function endOfDay(value: unknown): unknown {
  if (value === '24:00') return '23:59';
  if (Array.isArray(value)) return value.map(endOfDay);
  if (typeof value === 'object' && value !== null) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, endOfDay(v)]));
  return value;
}

export const zammadPush: PushAdapter<ZammadImport> = {
  tool: 'Zammad',
  credentials: ['ZAMMAD_TOKEN'],
  async open(ctx) {
    ctx.headers = { Authorization: `Token token=${ctx.credentials['ZAMMAD_TOKEN'] ?? ''}` };
  },
  async run(plan, ctx) {
    for (const request of plan.requests) {
      const kind = KIND[request.path] ?? request.path;
      const { value: body } = ctx.resolve(request.body);
      const name = String(field(body, 'name') ?? '');
      const existing = (await ctx.list(request.path, () => all(ctx, request.path))).find((o) => field(o, 'name') === name);
      const id = field(existing, 'id');
      const current = endOfDay(existing);
      const desired = kind === 'sla' && existing
        ? { ...(body as object), condition: { ...(field(existing, 'condition') as object | undefined), ...(field(body, 'condition') as object) } }
        : body;
      await ctx.ensure({
        kind, name, ref: request.ref,
        existing: existing && (typeof id === 'number' || typeof id === 'string') ? { id, current } : undefined,
        desired,
        create: async () => idFrom(field(await ctx.call({ method: 'POST', path: request.path, json: desired }, { outcome: 'create', kind, name }), 'id'), request.path),
        update: async (oid) => {
          await ctx.call({ method: 'PUT', path: `${request.path}/${oid}`, json: desired }, { outcome: 'update', kind, name });
        },
      });
    }
  },
};
