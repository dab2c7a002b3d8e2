// iTop REST/JSON `core/create` operations, written from iTop's data model
// (`datamodels/2.x/itop-service-mgmt/datamodel.itop-service-mgmt.xml`: SLT `priority` 1..4,
// `request_type` incident|service_request, `metric` tto|ttr, `value`, `unit` hours|minutes; SLA
// `name`, `description`, `org_id`, `slts_list` of lnkSLAToSLT) and `core/restservices.class.inc.php`
// (external keys as an id, an OQL string or a search object such as `{ "name": … }`).
import { z } from 'zod';

const key = z.union([z.int().positive(), z.string().startsWith('SELECT '), z.strictObject({ name: z.string().min(1) })]);

export const itopSltSchema = z.strictObject({
  name: z.string().min(1),
  priority: z.enum(['1', '2', '3', '4']),
  request_type: z.enum(['incident', 'service_request']),
  metric: z.enum(['tto', 'ttr']),
  value: z.int().positive(),
  unit: z.enum(['hours', 'minutes']),
});

export const itopSlaSchema = z.strictObject({
  name: z.string().min(1),
  description: z.string(),
  org_id: key,
  slts_list: z.array(z.strictObject({ slt_id: key })),
});

const op = <C extends string, F extends z.ZodType>(cls: C, fields: F) =>
  z.strictObject({ operation: z.literal('core/create'), comment: z.string(), class: z.literal(cls), output_fields: z.string(), fields });

export const itopOperationSchema = z.union([op('SLT', itopSltSchema), op('SLA', itopSlaSchema)]);

export const itopImportSchema = z.strictObject({
  format: z.literal('infog-helpdesk-import'),
  tool: z.string().refine((t): boolean => t === 'iTop', 'tool is iTop'),
  contract: z.string().min(1),
  source: z.string().min(1),
  notes: z.array(z.string()),
  /** Each one is the `json_data` of a POST to webservices/rest.php?version=1.3, in order. */
  operations: z.array(itopOperationSchema),
}).superRefine((plan, ctx) => {
  const slts = new Set(plan.operations.flatMap((o) => (o.class === 'SLT' ? [o.fields.name] : [])));
  plan.operations.forEach((o, i) => {
    if (o.class !== 'SLA') return;
    o.fields.slts_list.forEach((l, j) => {
      if (typeof l.slt_id === 'object' && !slts.has(l.slt_id.name)) ctx.addIssue({ code: 'custom', path: ['operations', i, 'fields', 'slts_list', j], message: `unknown SLT ${l.slt_id.name}` });
    });
  });
});
export type ItopImport = z.infer<typeof itopImportSchema>;
export type ItopOperation = z.infer<typeof itopOperationSchema>;
