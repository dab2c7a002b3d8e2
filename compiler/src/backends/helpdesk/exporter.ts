// The shape of one helpdesk exporter: build the tool's payload from the SLA document (reporting every
// loss on the context), then render it. The payload is what the tool's zod schema validates.
import type { z } from 'zod';
import type { ExportContext } from './common.ts';

export const VENDORS = ['zammad', 'glpi', 'itop', 'freshdesk', 'zendesk', 'znuny', 'rt', 'openslo'] as const;
export type VendorId = (typeof VENDORS)[number];

export interface Exporter<P = unknown> {
  readonly id: VendorId;
  /** The tool's name, as diagnostics say it. */
  readonly tool: string;
  /** File extension without the dot: `json` for JSON payloads. */
  readonly extension: string;
  /** The payload's schema, written from the vendor's documentation. */
  readonly schema: z.ZodType<P>;
  build(ctx: ExportContext): P;
  render(payload: P, ctx: ExportContext): string;
}

/** Keeps the payload type of an exporter literal while storing it in a registry of `Exporter`. */
export function defineExporter<P>(e: Exporter<P>): Exporter<P> {
  return e;
}
