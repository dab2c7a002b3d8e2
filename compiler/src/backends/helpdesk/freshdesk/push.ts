// `infog push` for Freshdesk (API v2, docs/helpdesk.md "Freshdesk"): the SLA policy is found by name in
// GET /api/v2/sla_policies, created with POST and updated with PUT /api/v2/sla_policies/<id>.
// Authentication: HTTP Basic with the API key as user and `X` as password.
// - `applicable_to` (the companies the policy covers) is the admin's to fill in: an existing policy
//   keeps its own.
import { arrayFrom, basicAuth, field, idFrom, type PushAdapter, type PushContext } from '../push-engine.ts';
import type { FreshdeskImport } from './schema.ts';

const PAGE = 100;

async function all(ctx: PushContext, path: string): Promise<unknown[]> {
  const out: unknown[] = [];
  for (let page = 1; page <= 1000; page++) {
    const items = arrayFrom(await ctx.call({ method: 'GET', path: `${path}?page=${page}&per_page=${PAGE}` }, { outcome: 'read', kind: 'policy', name: path }), path);
    out.push(...items);
    if (items.length < PAGE) break;
  }
  return out;
}

export const freshdeskPush: PushAdapter<FreshdeskImport> = {
  tool: 'Freshdesk',
  credentials: ['FRESHDESK_API_KEY'],
  async open(ctx) {
    ctx.headers = { Authorization: basicAuth(ctx.credentials['FRESHDESK_API_KEY'] ?? '', 'X') };
  },
  async run(plan, ctx) {
    for (const request of plan.requests) {
      const body = request.body;
      const existing = (await ctx.list(request.path, () => all(ctx, request.path))).find((o) => field(o, 'name') === body.name);
      const id = field(existing, 'id');
      const desired = existing ? { ...body, applicable_to: field(existing, 'applicable_to') ?? body.applicable_to } : body;
      await ctx.ensure({
        kind: 'policy', name: body.name, ref: request.ref,
        existing: existing && (typeof id === 'number' || typeof id === 'string') ? { id, current: existing } : undefined,
        desired,
        create: async () => idFrom(field(await ctx.call({ method: 'POST', path: request.path, json: desired }, { outcome: 'create', kind: 'policy', name: body.name }), 'id'), request.path),
        update: async (oid) => {
          await ctx.call({ method: 'PUT', path: `${request.path}/${oid}`, json: desired }, { outcome: 'update', kind: 'policy', name: body.name });
        },
      });
    }
  },
};
