// `infog push` for Zendesk (Support API v2, docs/helpdesk.md "Zendesk"). Authentication: HTTP Basic
// with `<email>/token` and an API token.
// - Schedules are found by name in GET /api/v2/business_hours/schedules (which also gives each one's
//   intervals), created with POST, renamed or re-zoned with PUT …/schedules/<id>.
// - The workweek is a PUT: sent only when the schedule's intervals differ.
// - Holidays are found by their dates in GET …/schedules/<id>/holidays; their name is updated with PUT.
// - The SLA policy is found by title in GET /api/v2/slas/policies; its `filter` is the admin's (the
//   organisation condition), kept when the policy exists.
import { arrayFrom, basicAuth, field, idFrom, type PushAdapter, type PushContext } from '../push-engine.ts';
import type { ZendeskImport, ZendeskRequest } from './schema.ts';

const SCHEDULES = '/api/v2/business_hours/schedules';
const POLICIES = '/api/v2/slas/policies';

const schedules = (ctx: PushContext): Promise<unknown[]> =>
  ctx.list(SCHEDULES, async () => arrayFrom(field(await ctx.call({ method: 'GET', path: SCHEDULES }, { outcome: 'read', kind: 'schedule', name: SCHEDULES }), 'schedules'), SCHEDULES));

async function run(request: ZendeskRequest, ctx: PushContext): Promise<void> {
  const { value, pending } = ctx.resolve(request);
  const ref = 'ref' in request ? request.ref : undefined;
  const path = value.path;
  if (request.path === SCHEDULES && 'schedule' in value.body) {
    const body = value.body;
    const existing = (await schedules(ctx)).find((s) => field(s, 'name') === body.schedule.name);
    const id = field(existing, 'id');
    await ctx.ensure({
      kind: 'schedule', name: body.schedule.name, ref,
      existing: existing && (typeof id === 'number' || typeof id === 'string') ? { id, current: { schedule: existing } } : undefined,
      desired: body,
      create: async () => idFrom(field(field(await ctx.call({ method: 'POST', path, json: body }, { outcome: 'create', kind: 'schedule', name: body.schedule.name }), 'schedule'), 'id'), path),
      update: async (oid) => {
        await ctx.call({ method: 'PUT', path: `${SCHEDULES}/${oid}`, json: body }, { outcome: 'update', kind: 'schedule', name: body.schedule.name });
      },
    });
    return;
  }
  if ('workweek' in value.body) {
    const body = value.body;
    const scheduleId = /\/schedules\/([^/]+)\/workweek$/u.exec(path)?.[1] ?? '';
    const schedule = pending ? undefined : (await schedules(ctx)).find((s) => String(field(s, 'id')) === scheduleId);
    const name = String(field(schedule, 'name') ?? scheduleId);
    await ctx.ensure({
      kind: 'workweek', name,
      existing: schedule ? { id: scheduleId, current: { workweek: { intervals: field(schedule, 'intervals') } } } : undefined,
      desired: body,
      create: async () => {
        await ctx.call({ method: 'PUT', path, json: body }, { outcome: 'create', kind: 'workweek', name });
        return scheduleId;
      },
      update: async () => {
        await ctx.call({ method: 'PUT', path, json: body }, { outcome: 'update', kind: 'workweek', name });
      },
    });
    return;
  }
  if ('holiday' in value.body) {
    const body = value.body;
    const name = `${body.holiday.start_date} ${body.holiday.name}`;
    const holidays = pending ? [] : await ctx.list(path, async () => arrayFrom(field(await ctx.call({ method: 'GET', path }, { outcome: 'read', kind: 'holiday', name: path }), 'holidays'), path));
    const existing = holidays.find((h) => field(h, 'start_date') === body.holiday.start_date && field(h, 'end_date') === body.holiday.end_date);
    const id = field(existing, 'id');
    await ctx.ensure({
      kind: 'holiday', name,
      existing: existing && (typeof id === 'number' || typeof id === 'string') ? { id, current: { holiday: existing } } : undefined,
      desired: body,
      create: async () => idFrom(field(field(await ctx.call({ method: 'POST', path, json: body }, { outcome: 'create', kind: 'holiday', name }), 'holiday'), 'id'), path),
      update: async (oid) => {
        await ctx.call({ method: 'PUT', path: `${path}/${oid}`, json: body }, { outcome: 'update', kind: 'holiday', name });
      },
    });
    return;
  }
  if ('sla_policy' in value.body) {
    const body = value.body;
    const title = body.sla_policy.title;
    const policies = await ctx.list(POLICIES, async () => arrayFrom(field(await ctx.call({ method: 'GET', path: POLICIES }, { outcome: 'read', kind: 'policy', name: POLICIES }), 'sla_policies'), POLICIES));
    const existing = policies.find((p) => field(p, 'title') === title);
    const id = field(existing, 'id');
    const desired = existing ? { sla_policy: { ...body.sla_policy, filter: field(existing, 'filter') ?? body.sla_policy.filter } } : body;
    await ctx.ensure({
      kind: 'policy', name: title, ref,
      existing: existing && (typeof id === 'number' || typeof id === 'string') ? { id, current: { sla_policy: existing } } : undefined,
      desired,
      create: async () => idFrom(field(field(await ctx.call({ method: 'POST', path: POLICIES, json: desired }, { outcome: 'create', kind: 'policy', name: title }), 'sla_policy'), 'id'), POLICIES),
      update: async (oid) => {
        await ctx.call({ method: 'PUT', path: `${POLICIES}/${oid}`, json: desired }, { outcome: 'update', kind: 'policy', name: title });
      },
    });
  }
}

export const zendeskPush: PushAdapter<ZendeskImport> = {
  tool: 'Zendesk',
  credentials: ['ZENDESK_EMAIL', 'ZENDESK_API_TOKEN'],
  async open(ctx) {
    ctx.headers = { Authorization: basicAuth(`${ctx.credentials['ZENDESK_EMAIL'] ?? ''}/token`, ctx.credentials['ZENDESK_API_TOKEN'] ?? '') };
  },
  async run(plan, ctx) {
    for (const request of plan.requests) await run(request, ctx);
  },
};
