// `infog push` for GLPI (API v1 `apirest.php`, docs/helpdesk.md "GLPI"). Authentication: a session
// opened with GET initSession (`Authorization: user_token …`, plus `App-Token` when the API client
// requires one) and closed with killSession; every request carries `Session-Token`.
// - Calendars, holidays (name and date), the SLM and SLAs (name and SLM) are found with
//   GET /apirest.php/<itemtype>/?searchText[name]=… (a "contains" search, filtered exactly here), created
//   with POST {input}, updated with PUT /apirest.php/<itemtype>/<id> {input}.
// - A calendar's time slots and holiday links have no name: they are found among the calendar's sub
//   items (GET /apirest.php/Calendar/<id>/CalendarSegment, …/Calendar_Holiday) by their content, and
//   created when missing.
import { arrayFrom, field, idFrom, PushError, type PushAdapter, type PushContext } from '../push-engine.ts';
import type { GlpiImport, GlpiRequest } from './schema.ts';

const RANGE = 'range=0-9999';
const KIND: Readonly<Record<string, string>> = {
  Calendar: 'calendar', CalendarSegment: 'segment', Holiday: 'holiday', Calendar_Holiday: 'holiday-link', SLM: 'slm', SLA: 'sla',
};
const DAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

/** GLPI answers a range past its last item with 400 ERROR_RANGE_EXCEED_TOTAL: no item. */
async function items(ctx: PushContext, path: string, kind: string): Promise<unknown[]> {
  try {
    return arrayFrom(await ctx.call({ method: 'GET', path }, { outcome: 'read', kind, name: path }), path);
  } catch (e) {
    if (e instanceof PushError && e.failure.status === 400 && e.failure.message.includes('ERROR_RANGE_EXCEED_TOTAL')) return [];
    throw e;
  }
}

const named = (ctx: PushContext, itemtype: string, name: string): Promise<unknown[]> => {
  const path = `/apirest.php/${itemtype}/?${RANGE}&searchText[name]=${encodeURIComponent(name)}`;
  return ctx.list(path, () => items(ctx, path, KIND[itemtype] ?? itemtype));
};

const subItems = (ctx: PushContext, calendarId: unknown, itemtype: string): Promise<unknown[]> => {
  const path = `/apirest.php/Calendar/${String(calendarId)}/${itemtype}/?${RANGE}`;
  return ctx.list(path, () => items(ctx, path, KIND[itemtype] ?? itemtype));
};

/** POST {input} answers `{ id }` (or `[{ id, message }]`). */
function createdId(answer: unknown, what: string): string | number {
  return idFrom(field(Array.isArray(answer) ? answer[0] : answer, 'id'), what);
}

const same = (a: unknown, b: unknown): boolean => String(a) === String(b);

async function run(request: GlpiRequest, ctx: PushContext): Promise<void> {
  const itemtype = request.path.replace('/apirest.php/', '');
  const kind = KIND[itemtype] ?? itemtype;
  const { value, pending } = ctx.resolve(request.body);
  const input = value.input as Record<string, unknown>;
  const desired = { input };
  const create = async (): Promise<string | number> => createdId(await ctx.call({ method: 'POST', path: request.path, json: desired }, { outcome: 'create', kind, name: nameOf() }), request.path);
  const update = async (id: string | number): Promise<void> => {
    await ctx.call({ method: 'PUT', path: `${request.path}/${id}`, json: desired }, { outcome: 'update', kind, name: nameOf() });
  };
  function nameOf(): string {
    if (itemtype === 'CalendarSegment') return `${DAYS[Number(input['day'])] ?? String(input['day'])} ${String(input['begin'])}-${String(input['end'])}`;
    if (itemtype === 'Calendar_Holiday') return `${String(input['calendars_id'])} / ${String(input['holidays_id'])}`;
    return String(input['name'] ?? '');
  }
  let existing: unknown;
  if (itemtype === 'CalendarSegment' || itemtype === 'Calendar_Holiday') {
    // A sub item of a calendar that a dry run would create has nothing to find yet.
    const found = pending ? [] : await subItems(ctx, input['calendars_id'], itemtype);
    existing = itemtype === 'CalendarSegment'
      ? found.find((s) => same(field(s, 'day'), input['day']) && same(field(s, 'begin'), input['begin']) && same(field(s, 'end'), input['end']))
      : found.find((l) => same(field(l, 'holidays_id'), input['holidays_id']));
  } else {
    const found = await named(ctx, itemtype, String(input['name']));
    existing = found.find((o) => field(o, 'name') === input['name']
      && (itemtype !== 'Holiday' || same(field(o, 'begin_date'), input['begin_date']))
      && (itemtype !== 'SLA' || same(field(o, 'slms_id'), input['slms_id'])));
  }
  const id = field(existing, 'id');
  await ctx.ensure({
    kind, name: nameOf(), ref: request.ref,
    existing: existing && (typeof id === 'number' || typeof id === 'string') ? { id, current: { input: existing } } : undefined,
    desired, create, update,
  });
}

export const glpiPush: PushAdapter<GlpiImport> = {
  tool: 'GLPI',
  credentials: ['GLPI_USER_TOKEN'],
  optionalCredentials: ['GLPI_APP_TOKEN'],
  async open(ctx) {
    const credentials = ctx.credentials;
    const app = credentials['GLPI_APP_TOKEN'];
    const appHeader: Record<string, string> = app ? { 'App-Token': app } : {};
    const answer = await ctx.call({ method: 'GET', path: '/apirest.php/initSession', headers: { ...appHeader, Authorization: `user_token ${credentials['GLPI_USER_TOKEN'] ?? ''}` } }, { outcome: 'read', kind: 'session', name: 'initSession' });
    const token = field(answer, 'session_token');
    if (typeof token !== 'string' || token === '') throw new PushError({ kind: 'refused', message: 'initSession gave no session_token' });
    ctx.headers = { ...appHeader, 'Session-Token': token };
  },
  async run(plan, ctx) {
    for (const request of plan.requests) await run(request, ctx);
  },
  async close(ctx) {
    await ctx.call({ method: 'GET', path: '/apirest.php/killSession' });
  },
};
