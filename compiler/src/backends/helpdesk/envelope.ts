// The JSON exports are import plans: the ordered API requests that create the objects, each with a
// `ref` the later requests use where the tool expects the id of an object created before
// (`"$ref:calendar:business"`). An importer sends them in order and substitutes each `$ref:<id>` with
// the id the tool returned for that request. Tools that reference by name (iTop) need no refs.
import { z } from 'zod';

export const REF = z.string().regex(/^\$ref:[A-Za-z0-9:_.-]+$/u);
/** An id the tool returns, or the reference to the request that creates it. */
export const idOrRef = z.union([z.int().positive(), REF]);

export function requestSchema<M extends string, P extends string, B extends z.ZodType>(method: M, path: P, body: B) {
  return z.strictObject({ ref: z.string().regex(/^[A-Za-z0-9:_.-]+$/u).optional(), method: z.literal(method), path: z.literal(path), body });
}

export function importSchema<T extends z.ZodType>(tool: string, request: T) {
  return z.strictObject({
    format: z.literal('infog-helpdesk-import'),
    tool: z.string().refine((t) => t === tool, `tool is ${tool}`),
    contract: z.string().min(1),
    source: z.string().min(1),
    notes: z.array(z.string()),
    requests: z.array(request),
  }).superRefine((plan, ctx) => {
    // Every reference names an earlier request: the plan can be replayed in order.
    const seen = new Set<string>();
    plan.requests.forEach((r, i) => {
      const rec = r as { ref?: string; body: unknown };
      for (const m of JSON.stringify(rec.body).matchAll(/"\$ref:([^"]+)"/gu)) {
        if (!seen.has(m[1] ?? '')) ctx.addIssue({ code: 'custom', path: ['requests', i], message: `reference to ${m[1]} before it is created` });
      }
      if (rec.ref !== undefined) seen.add(rec.ref);
    });
  });
}

export interface ImportPlan<R> {
  format: 'infog-helpdesk-import';
  tool: string;
  contract: string;
  source: string;
  notes: string[];
  requests: R[];
}
