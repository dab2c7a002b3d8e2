// The tools `infog push` can apply an export to (docs/helpdesk.md "Applying an export"): those whose
// export is a REST import plan. Znuny (a Perl script), Request Tracker (a configuration file) and
// OpenSLO (YAML for the monitoring side) are applied with their own tools, as the docs say.
import type { VendorId } from './exporter.ts';
import { freshdeskPush } from './freshdesk/push.ts';
import { glpiPush } from './glpi/push.ts';
import { itopPush } from './itop/push.ts';
import type { PushAdapter } from './push-engine.ts';
import { zammadPush } from './zammad/push.ts';
import { zendeskPush } from './zendesk/push.ts';

export type { HelpdeskApi, HttpRequest, HttpResponse, Outcome, PushAction, PushAdapter, PushFailure, PushReport } from './push-engine.ts';
export { runPush } from './push-engine.ts';

export const PUSH_ADAPTERS: Readonly<Partial<Record<VendorId, PushAdapter>>> = {
  zammad: zammadPush as PushAdapter,
  glpi: glpiPush as PushAdapter,
  itop: itopPush as PushAdapter,
  freshdesk: freshdeskPush as PushAdapter,
  zendesk: zendeskPush as PushAdapter,
};

/** The environment variable of a tool's base URL: `ZAMMAD_URL`, `GLPI_URL`… */
export function urlVariable(vendor: VendorId): string {
  return `${vendor.toUpperCase()}_URL`;
}
