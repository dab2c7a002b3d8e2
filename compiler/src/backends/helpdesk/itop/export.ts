// iTop: `core/create` operations for the SLTs and the SLA that links them; docs/helpdesk.md "iTop".
// - Priority rank 1..4 → SLT priority 1 (critical) … 4 (low); ranks beyond 4 are lost (IG7012).
// - Per priority and per request type (incident, service_request): an SLT `tto` ← first response and
//   an SLT `ttr` ← resolution, in hours when the minutes are whole hours, else minutes.
// - One SLA for the contract, owned by the provider organisation (by name), linking every SLT.
// - Core iTop counts in wall-clock time: a business-hours calendar needs the "SLA considering business
//   hours" extension (IG7006), whose data model the export does not write.
import * as codes from '../../../diagnostics/codes/helpdesk.ts';
import { headerLines, isAroundTheClock, objectName, pointer, planHeader, planPriorities, reportDocumentLosses, toJson, usedCalendars, type Chosen } from '../common.ts';
import { defineExporter } from '../exporter.ts';
import { itopImportSchema, type ItopImport, type ItopOperation } from './schema.ts';

const REQUEST_TYPES = ['incident', 'service_request'] as const;

function value(c: Chosen): { value: number; unit: 'hours' | 'minutes' } {
  return c.minutes % 60 === 0 ? { value: c.minutes / 60, unit: 'hours' } : { value: c.minutes, unit: 'minutes' };
}

export const itopExporter = defineExporter<ItopImport>({
  id: 'itop',
  tool: 'iTop',
  extension: 'json',
  schema: itopImportSchema,
  build(ctx) {
    const { doc } = ctx;
    reportDocumentLosses(ctx);
    const plans = planPriorities(ctx, { update: false, maxPriorities: 4 });
    for (const name of usedCalendars(doc, plans)) {
      const cal = doc.calendars[name];
      if (cal && !isAroundTheClock(cal)) {
        ctx.report(codes.businessHoursNeedExtension, { calendars: [name] }, pointer('calendars', name), `Calendar "${name}" (${cal.timezone}, ${cal.holidays.length} holidays) needs the "SLA considering business hours" extension.`);
      }
    }
    const comment = `infog ${doc.contract.reference}`;
    const operations: ItopOperation[] = [];
    const sltNames: string[] = [];
    for (const p of plans) {
      for (const requestType of REQUEST_TYPES) {
        const rows: ['tto' | 'ttr', Chosen | undefined][] = [['tto', p.firstResponse], ['ttr', p.resolution]];
        for (const [metric, chosen] of rows) {
          if (!chosen) continue;
          const v = value(chosen);
          // Named without the duration, so that `infog push` updates an SLT in place when the target changes.
          const name = objectName(doc, p.priority.id, requestType, metric.toUpperCase());
          sltNames.push(name);
          operations.push({
            operation: 'core/create', comment, class: 'SLT', output_fields: 'id,friendlyname',
            fields: { name, priority: String(p.priority.rank) as '1' | '2' | '3' | '4', request_type: requestType, metric, ...v },
          });
        }
      }
    }
    operations.push({
      operation: 'core/create', comment, class: 'SLA', output_fields: 'id,friendlyname',
      fields: {
        name: objectName(doc, doc.contract.title),
        description: headerLines(ctx).join('\n'),
        org_id: { name: doc.contract.provider.name },
        slts_list: sltNames.map((name) => ({ slt_id: { name } })),
      },
    });
    return { ...planHeader(ctx), operations };
  },
  render: (payload) => toJson(payload),
});
