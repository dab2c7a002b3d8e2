// `infog push` for iTop (REST/JSON webservices/rest.php, docs/helpdesk.md "iTop"). Every call is a POST
// of the form fields `auth_user`, `auth_pwd` and `json_data` (an operation); iTop answers HTTP 200 with
// `code` 0, or another code and a `message` on error.
// - SLTs and the SLA are found by name with `core/get` (key `{ "name": … }`), created with the plan's
//   `core/create`, updated with `core/update` on the key found.
// - External keys written `{ "name": … }` compare with the `<field>_friendlyname` iTop returns; the SLA's
//   `slts_list` compares as the set of its SLTs' names.
import { field, idFrom, PushError, type PushAdapter, type PushContext } from '../push-engine.ts';
import type { ItopImport, ItopOperation } from './schema.ts';

const ENDPOINT = '/webservices/rest.php?version=1.3';

async function call(ctx: PushContext, credentials: { user: string; password: string }, operation: object, step: { outcome: 'read' | 'create' | 'update'; kind: string; name: string }): Promise<Record<string, unknown>> {
  const answer = await ctx.call({ method: 'POST', path: ENDPOINT, form: { auth_user: credentials.user, auth_pwd: credentials.password, json_data: JSON.stringify(operation) } }, step);
  const code = field(answer, 'code');
  if (code !== 0) throw new PushError({ kind: 'refused', message: `iTop code ${String(code)}: ${String(field(answer, 'message') ?? '')}`, action: step });
  return (field(answer, 'objects') ?? {}) as Record<string, unknown>;
}

/** The first object of an answer: its key and fields. */
function first(objects: Record<string, unknown>): { key: string | number; fields: Record<string, unknown> } | undefined {
  const o = Object.values(objects)[0];
  const key = field(o, 'key');
  const fields = field(o, 'fields');
  return (typeof key === 'string' || typeof key === 'number') && typeof fields === 'object' && fields !== null ? { key, fields: fields as Record<string, unknown> } : undefined;
}

/** What iTop returns, in the shape of the plan's fields. */
function reshape(desired: Record<string, unknown>, current: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(desired)) {
    if (typeof v === 'object' && v !== null && !Array.isArray(v) && 'name' in v) {
      out[k] = { name: current[`${k}_friendlyname`] ?? current[k.replace(/_id$/u, '_name')] };
    } else if (Array.isArray(v) && Array.isArray(current[k])) {
      // A link set: each link `{ <ext>_id: { name } }` is read from `<ext>_id_friendlyname`.
      out[k] = (current[k] as unknown[]).map((link) => Object.fromEntries(Object.keys((v[0] as object | undefined) ?? {}).map((ext) => [ext, { name: field(link, `${ext}_friendlyname`) }])));
    } else {
      out[k] = current[k];
    }
  }
  return out;
}

async function run(op: ItopOperation, ctx: PushContext, credentials: { user: string; password: string }): Promise<void> {
  const kind = op.class === 'SLT' ? 'slt' : 'sla';
  const name = op.fields.name;
  const found = first(await call(ctx, credentials, { operation: 'core/get', class: op.class, key: { name }, output_fields: '*' }, { outcome: 'read', kind, name }));
  await ctx.ensure({
    kind, name,
    existing: found ? { id: found.key, current: reshape(op.fields, found.fields) } : undefined,
    desired: op.fields,
    create: async () => idFrom(first(await call(ctx, credentials, op, { outcome: 'create', kind, name }))?.key, `core/create ${op.class}`),
    update: async (id) => {
      await call(ctx, credentials, { operation: 'core/update', comment: op.comment, class: op.class, key: id, output_fields: 'id', fields: op.fields }, { outcome: 'update', kind, name });
    },
  });
}

export const itopPush: PushAdapter<ItopImport> = {
  tool: 'iTop',
  credentials: ['ITOP_USER', 'ITOP_PASSWORD'],
  async open(ctx) {
    // iTop authenticates each call with form fields, not headers.
    ctx.headers = {};
  },
  async run(plan, ctx) {
    const credentials = { user: ctx.credentials['ITOP_USER'] ?? '', password: ctx.credentials['ITOP_PASSWORD'] ?? '' };
    for (const op of plan.operations) await run(op, ctx, credentials);
  },
};
