// Freshdesk API v2 SLA policy (POST /api/v2/sla_policies), written from the Freshdesk API reference
// (developers.freshdesk.com/api/#sla_policies) and the Freshworks SDK models SlaPolicy / SlaTarget:
// `sla_target.priority_1` (Low) … `priority_4` (Urgent), times in SECONDS.
import { z } from 'zod';
import { importSchema, requestSchema } from '../envelope.ts';

export const freshdeskTargetSchema = z.strictObject({
  respond_within: z.int().positive(),
  resolve_within: z.int().positive(),
  business_hours: z.boolean(),
  escalation_enabled: z.boolean(),
});

export const freshdeskPolicySchema = z.strictObject({
  name: z.string().min(1),
  description: z.string(),
  active: z.boolean(),
  is_default: z.boolean(),
  applicable_to: z.strictObject({ company_ids: z.array(z.int().positive()) }),
  sla_target: z.strictObject({ priority_4: freshdeskTargetSchema, priority_3: freshdeskTargetSchema, priority_2: freshdeskTargetSchema, priority_1: freshdeskTargetSchema }),
});

export const freshdeskImportSchema = importSchema('Freshdesk', requestSchema('POST', '/api/v2/sla_policies', freshdeskPolicySchema));
export type FreshdeskImport = z.infer<typeof freshdeskImportSchema>;
export type FreshdeskTarget = z.infer<typeof freshdeskTargetSchema>;
