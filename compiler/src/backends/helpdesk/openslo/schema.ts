// OpenSLO v1, written from the OpenSLO specification (OpenSLO/OpenSLO README, `apiVersion: openslo/v1`):
// `metadata.name` RFC 1123 (≤ 63 chars, lowercase, `-`), SLO `spec.description` ≤ 1050 chars,
// `timeWindow` exactly one item (calendar-aligned: `duration` + `calendar {startTime, timeZone}` +
// `isRolling: false`), `budgetingMethod` Occurrences | Timeslices | RatioTimeslices, `objectives[]`
// with `target` in [0, 1). Durations use `m h d w M Q Y`.
import { z } from 'zod';

const NAME = z.string().max(63).regex(/^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/u);
const metadata = z.strictObject({ name: NAME, displayName: z.string().optional(), annotations: z.record(z.string(), z.string()).optional() });

export const opensloServiceSchema = z.strictObject({
  apiVersion: z.literal('openslo/v1'),
  kind: z.literal('Service'),
  metadata,
  spec: z.strictObject({ description: z.string().max(1050) }),
});

export const opensloSloSchema = z.strictObject({
  apiVersion: z.literal('openslo/v1'),
  kind: z.literal('SLO'),
  metadata,
  spec: z.strictObject({
    description: z.string().max(1050),
    service: NAME,
    indicatorRef: NAME,
    timeWindow: z.tuple([z.strictObject({
      duration: z.string().regex(/^[1-9][0-9]*[mhdwMQY]$/u),
      isRolling: z.literal(false),
      calendar: z.strictObject({ startTime: z.string().regex(/^[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}$/u), timeZone: z.string().min(1) }),
    })]),
    budgetingMethod: z.enum(['Occurrences', 'Timeslices', 'RatioTimeslices']),
    objectives: z.array(z.strictObject({ displayName: z.string(), target: z.number().gte(0).lt(1) })).min(1),
  }),
});

export const opensloExportSchema = z.array(z.union([opensloServiceSchema, opensloSloSchema]));
export type OpensloExport = z.infer<typeof opensloExportSchema>;
export type OpensloDocument = OpensloExport[number];
