// OpenSLO v1: one Service and one SLO per availability objective; docs/helpdesk.md "OpenSLO".
// - `target` = objective / 100; the window is the calendar month/quarter/year (`1M`, `1Q`, `1Y`),
//   calendar-aligned from the contract's effective date, in the zone of the contract's first calendar;
//   `budgetingMethod: Occurrences` (good minutes over all minutes; no invented time-slice target).
// - The SLI is referenced (`indicatorRef: <service>-availability`), not defined: monitoring owns it.
// - Exclusions (planned maintenance…) travel as the annotation `infog.dev/excludes`.
// - OpenSLO carries no ticket target (IG7015), quota, penalty or escalation (IG7001/7002/7011).
import * as codes from '../../../diagnostics/codes/helpdesk.ts';
import { headerLines, pointer, reportDocumentLosses } from '../common.ts';
import { defineExporter } from '../exporter.ts';
import { toYaml, type YamlValue } from '../yaml.ts';
import { opensloExportSchema, type OpensloDocument, type OpensloExport } from './schema.ts';

/** RFC 1123 label: lowercase ASCII letters, digits and `-`, at most 63 characters. */
export function rfc1123(text: string, max = 63): string {
  const ascii = text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return (ascii.slice(0, max).replace(/-+$/g, '') || 'x');
}

const DURATION = { calendar_month: '1M', calendar_quarter: '1Q', calendar_year: '1Y' } as const;

export const opensloExporter = defineExporter<OpensloExport>({
  id: 'openslo',
  tool: 'OpenSLO',
  extension: 'yaml',
  schema: opensloExportSchema,
  build(ctx) {
    const { doc } = ctx;
    if (doc.availability.length === 0) {
      ctx.report(codes.noAvailability, {}, pointer('availability'), 'No availability objective in the contract.');
    }
    const targets = doc.priorities.reduce((n, p) => n + Object.keys(p.targets).length, 0);
    if (targets > 0) {
      ctx.report(codes.ticketTargetsNotInSlo, { count: targets }, pointer('priorities'), `${targets} ticket target(s) not exported: they belong to the helpdesk exports.`);
    }
    reportDocumentLosses(ctx, { availability: true, pauses: true });
    const zone = Object.values(doc.calendars)[0]?.timezone ?? 'UTC';
    const prefix = rfc1123(doc.contract.reference, 30);
    const out: OpensloDocument[] = [];
    const services = new Set<string>();
    doc.availability.forEach((a, i) => {
      const service = rfc1123(`${prefix}-${a.service}`, 50);
      if (!services.has(service)) {
        services.add(service);
        out.push({ apiVersion: 'openslo/v1', kind: 'Service', metadata: { name: service, displayName: a.service }, spec: { description: `${a.service} (${doc.contract.reference}, ${doc.contract.client.name})` } });
      }
      out.push({
        apiVersion: 'openslo/v1',
        kind: 'SLO',
        metadata: {
          name: rfc1123(`${service}-availability-${i + 1}`),
          displayName: `${a.service}: ${a.objective} %`,
          annotations: {
            'infog.dev/contract': doc.contract.reference,
            'infog.dev/source': `${doc.contract.source.file} sha256:${doc.contract.source.sha256}`,
            'infog.dev/excludes': a.excludes.join(','),
          },
        },
        spec: {
          description: `Contractual availability of ${a.service}: ${a.objective} % per ${a.window.replace('calendar_', '')}${a.excludes.length > 0 ? `, excluding ${a.excludes.join(', ')}` : ''}.`.slice(0, 1050),
          service,
          indicatorRef: rfc1123(`${service}-availability`),
          timeWindow: [{ duration: DURATION[a.window], isRolling: false, calendar: { startTime: `${doc.contract.effective} 00:00:00`, timeZone: zone } }],
          budgetingMethod: 'Occurrences',
          objectives: [{ displayName: 'contract', target: Math.round(a.objective * 1000) / 100_000 }],
        },
      });
    });
    return out;
  },
  render(payload, ctx) {
    const header = headerLines(ctx).map((l) => `# ${l}`).join('\n');
    const docs = payload.map((d) => `---\n${toYaml(d as unknown as YamlValue)}`).join('');
    return `${header}\n${docs}`;
  },
});
