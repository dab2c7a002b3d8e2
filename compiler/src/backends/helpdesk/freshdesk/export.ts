// Freshdesk: one SLA policy; docs/helpdesk.md "Freshdesk".
// - Rank 1 → priority_4 (Urgent), 2 → priority_3 (High), 3 → priority_2 (Medium), 4 → priority_1 (Low);
//   ranks beyond 4 are lost (IG7012). Freshdesk wants all four: a level the contract does not use gets
//   the targets of the least urgent contract priority (noted in the description).
// - respond_within ← first response, resolve_within ← resolution, in seconds; `business_hours` true
//   unless the priority's calendar is open around the clock. A priority missing one of the two targets
//   uses the other one for both (noted): Freshdesk requires both.
// - The API cannot create business hours or holidays (IG7004): they are entered in the UI and come
//   from the ticket's group. `applicable_to.company_ids` is left empty for the admin to fill.
import * as codes from '../../../diagnostics/codes/helpdesk.ts';
import { headerLines, isAroundTheClock, objectName, pointer, planHeader, planPriorities, reportDocumentLosses, toJson, usedCalendars, type PriorityPlan } from '../common.ts';
import { defineExporter } from '../exporter.ts';
import { freshdeskImportSchema, type FreshdeskImport, type FreshdeskTarget } from './schema.ts';

const LEVELS = ['priority_4', 'priority_3', 'priority_2', 'priority_1'] as const;
const LEVEL_NAMES = { priority_4: 'Urgent', priority_3: 'High', priority_2: 'Medium', priority_1: 'Low' } as const;

export const freshdeskExporter = defineExporter<FreshdeskImport>({
  id: 'freshdesk',
  tool: 'Freshdesk',
  extension: 'json',
  schema: freshdeskImportSchema,
  build(ctx) {
    const { doc } = ctx;
    reportDocumentLosses(ctx);
    const plans = planPriorities(ctx, { update: false, maxPriorities: 4 });
    for (const name of usedCalendars(doc, plans)) {
      const cal = doc.calendars[name];
      if (cal && !isAroundTheClock(cal)) {
        ctx.report(codes.calendarNotByApi, { calendars: [name], holidays: [String(cal.holidays.length)] }, pointer('calendars', name), `Business hours "${name}" (${cal.timezone}) and ${cal.holidays.length} holidays to enter in the Freshdesk UI.`);
      }
    }
    const extra: string[] = [];
    const target = (p: PriorityPlan): FreshdeskTarget => {
      const respond = p.firstResponse ?? p.resolution;
      const resolve = p.resolution ?? p.firstResponse;
      if (!p.firstResponse || !p.resolution) extra.push(`${p.priority.id} states one of response/resolution only; Freshdesk uses it for both.`);
      const cal = doc.calendars[p.calendar];
      return {
        respond_within: (respond?.minutes ?? 0) * 60,
        resolve_within: (resolve?.minutes ?? 0) * 60,
        business_hours: !(cal && isAroundTheClock(cal)),
        escalation_enabled: false,
      };
    };
    const last = plans[plans.length - 1];
    const entries = LEVELS.map((level, i) => {
      const p = plans[i] ?? last;
      if (!plans[i] && last) extra.push(`Freshdesk ${LEVEL_NAMES[level]} has no contract priority: it gets ${last.priority.id}'s targets.`);
      if (!p) throw new Error('an SLA document has at least one priority');
      return [level, target(p)] as const;
    });
    const description = [
      ...headerLines(ctx),
      ...extra,
      ...plans.map((p, i) => `Freshdesk ${LEVEL_NAMES[LEVELS[i] ?? 'priority_1']} = ${p.priority.id} ${p.priority.label.en}: ${p.priority.criteria.en}`),
    ].join('\n');
    return {
      ...planHeader(ctx),
      requests: [{
        method: 'POST',
        path: '/api/v2/sla_policies',
        body: {
          name: objectName(doc, doc.contract.client.name),
          description,
          active: true,
          is_default: false,
          applicable_to: { company_ids: [] },
          sla_target: Object.fromEntries(entries) as FreshdeskImport['requests'][number]['body']['sla_target'],
        },
      }],
    };
  },
  render: (payload) => toJson(payload),
});
