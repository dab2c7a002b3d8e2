// The engine of `infog push` (docs/helpdesk.md "Applying an export"): replays an import plan against a
// helpdesk's REST API so that applying it twice changes nothing. For each object of the plan it finds
// the object the tool already has (by the name the export gives it, which starts with the contract
// reference), compares, and creates it, updates it, or leaves it; a dry run (the default) only reads.
//
// The engine and the tool adapters (`<vendor>/push.ts`) do no I/O of their own: every request goes
// through the `HelpdeskApi` the caller gives (the CLI's is `fetch`; the tests use a fake server on
// loopback). Push never deletes: an object the contract no longer has stays in the tool.
//
// Decisions:
// - Existing objects are compared on the fields the plan sets only (a subset comparison): fields the
//   tool adds, or an admin filled in, are not differences. Scalars compare loosely (`"4"` = 4, true = 1),
//   arrays as multisets (tools return them in their own order).
// - What the export leaves to the admin (an organisation condition, the companies of a Freshdesk policy,
//   a Zendesk filter) is kept on update: each adapter merges the tool's current value in.
// - In a dry run, an object that would be created has no id yet: requests that need it are not sent,
//   and what hangs under it (a new calendar's time slots) would be created too.

export interface HttpRequest {
  readonly method: 'GET' | 'POST' | 'PUT';
  /** Path and query, appended to the tool's base URL. */
  readonly path: string;
  readonly headers?: Readonly<Record<string, string>>;
  /** A JSON body. */
  readonly json?: unknown;
  /** A form body (application/x-www-form-urlencoded), for iTop's rest.php. */
  readonly form?: Readonly<Record<string, string>>;
}

export interface HttpResponse {
  readonly status: number;
  /** The parsed JSON body, the text when it is not JSON, null when empty. */
  readonly body: unknown;
}

/** Sends one request; rejects only when the tool cannot be reached (network, timeout). */
export interface HelpdeskApi {
  send(request: HttpRequest): Promise<HttpResponse>;
}

export type Outcome = 'create' | 'update' | 'unchanged';

export interface PushAction {
  readonly outcome: Outcome;
  /** What the object is, for messages: `priority`, `calendar`, `sla`, `segment`… (see the CLI's labels). */
  readonly kind: string;
  readonly name: string;
  /** Fields that differ, for an update. */
  readonly differences: readonly string[];
}

export interface PushFailure {
  /** `unreachable`: no answer; `refused`: an HTTP error or an error the tool reports in its body. */
  readonly kind: 'unreachable' | 'refused';
  readonly message: string;
  readonly status?: number;
  /** The step that failed. */
  readonly action?: { readonly outcome: Outcome | 'read'; readonly kind: string; readonly name: string };
}

export interface PushReport {
  readonly tool: string;
  readonly apply: boolean;
  readonly actions: readonly PushAction[];
  readonly failure?: PushFailure;
}

export interface PushAdapter<P = unknown> {
  readonly tool: string;
  /** Environment variables the adapter reads: credentials (required unless listed as optional). */
  readonly credentials: readonly string[];
  readonly optionalCredentials?: readonly string[];
  /** Sets the authentication headers from `ctx.credentials` (GLPI opens a session). */
  open(ctx: PushContext): Promise<void>;
  run(plan: P, ctx: PushContext): Promise<void>;
  /** Ends a session (GLPI killSession); its failure is ignored. */
  close?(ctx: PushContext): Promise<void>;
}

/** The id of an object created in a dry run: it has none yet. */
export class Pending {
  readonly ref: string;
  constructor(ref: string) {
    this.ref = ref;
  }
}
export type Id = string | number | Pending;

/** A failed step; caught by `runPush`, never by the caller. */
export class PushError extends Error {
  readonly failure: PushFailure;
  constructor(failure: PushFailure) {
    super(failure.message);
    this.failure = failure;
  }
}

/** Short text of an error body for a message (the tools answer JSON, HTML or plain text). */
function describeBody(body: unknown): string {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  return (text ?? '').replace(/\s+/g, ' ').slice(0, 300);
}

export interface Existing {
  readonly id: string | number;
  /** The tool's current value, in the shape of the plan's body (adapters reshape what they read). */
  readonly current: unknown;
}

export interface EnsureStep {
  readonly kind: string;
  readonly name: string;
  /** The plan's `ref`: later requests use the id under it. */
  readonly ref?: string | undefined;
  readonly existing: Existing | undefined;
  /** The body to compare with `existing.current` (and to send). */
  readonly desired: unknown;
  create(): Promise<string | number>;
  update(id: string | number): Promise<void>;
}

export class PushContext {
  readonly api: HelpdeskApi;
  readonly apply: boolean;
  /** The environment variables the adapter declared, read by the caller. */
  readonly credentials: Readonly<Record<string, string>>;
  /** Headers of every request (authentication), set by the adapter's `open`. */
  headers: Record<string, string> = {};
  readonly ids = new Map<string, Id>();
  readonly actions: PushAction[] = [];
  private readonly lists = new Map<string, Promise<unknown[]>>();

  constructor(api: HelpdeskApi, apply: boolean, credentials: Readonly<Record<string, string>> = {}) {
    this.api = api;
    this.apply = apply;
    this.credentials = credentials;
  }

  /** Sends a request; an HTTP error status is a refusal, no answer is `unreachable`. */
  async call(request: HttpRequest, step?: PushFailure['action']): Promise<unknown> {
    let response: HttpResponse;
    try {
      response = await this.api.send({ ...request, headers: { ...this.headers, ...request.headers } });
    } catch (e) {
      throw new PushError({ kind: 'unreachable', message: e instanceof Error ? e.message : String(e), ...(step ? { action: step } : {}) });
    }
    if (response.status >= 400 || response.status < 200) {
      throw new PushError({ kind: 'refused', status: response.status, message: describeBody(response.body), ...(step ? { action: step } : {}) });
    }
    return response.body;
  }

  /** A GET whose result is cached for the run (lists of existing objects). */
  list(path: string, read: () => Promise<unknown[]>): Promise<unknown[]> {
    let cached = this.lists.get(path);
    if (!cached) {
      cached = read();
      this.lists.set(path, cached);
    }
    return cached;
  }

  /**
   * Replaces every `"$ref:<ref>"` (a whole string) and every `$ref:<ref>` inside a path with the id
   * the tool gave. `pending`: some reference is to an object a dry run would create, or is unknown.
   */
  resolve<T>(value: T): { value: T; pending: boolean } {
    let pending = false;
    const id = (ref: string): Id | undefined => {
      const found = this.ids.get(ref);
      if (found === undefined || found instanceof Pending) pending = true;
      return found;
    };
    const walk = (v: unknown): unknown => {
      if (typeof v === 'string') {
        const whole = /^\$ref:([A-Za-z0-9:_.-]+)$/u.exec(v);
        if (whole) {
          const found = id(whole[1] ?? '');
          return found === undefined || found instanceof Pending ? v : found;
        }
        return v.replace(/\$ref:([A-Za-z0-9:_.-]+)/gu, (m, ref: string) => {
          const found = id(ref);
          return found === undefined || found instanceof Pending ? m : String(found);
        });
      }
      if (Array.isArray(v)) return v.map(walk);
      if (typeof v === 'object' && v !== null) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
      return v;
    };
    return { value: walk(value) as T, pending };
  }

  /** Creates, updates or leaves one object, records the action and the id under its ref. */
  async ensure(step: EnsureStep): Promise<Id> {
    const label = { kind: step.kind, name: step.name };
    let id: Id;
    if (!step.existing) {
      this.actions.push({ outcome: 'create', ...label, differences: [] });
      id = this.apply ? await step.create() : new Pending(step.ref ?? step.name);
    } else {
      const differences = differencesOf(step.desired, step.existing.current);
      this.actions.push({ outcome: differences.length === 0 ? 'unchanged' : 'update', ...label, differences });
      if (differences.length > 0 && this.apply) await step.update(step.existing.id);
      id = step.existing.id;
    }
    if (step.ref !== undefined) this.ids.set(step.ref, id);
    return id;
  }
}

/** `true` → 1, `false` → 0, numbers and strings as text: how the tools' JSON and ours may differ. */
function scalar(v: unknown): string {
  if (v === true) return '1';
  if (v === false) return '0';
  if (v === null || v === undefined) return '';
  return String(v);
}

/** True when `current` has every field of `desired` with the same value (arrays as multisets). */
export function sameAs(desired: unknown, current: unknown): boolean {
  if (Array.isArray(desired)) {
    if (!Array.isArray(current) || current.length !== desired.length) return false;
    const left = [...current];
    return desired.every((d) => {
      const i = left.findIndex((c) => sameAs(d, c));
      if (i < 0) return false;
      left.splice(i, 1);
      return true;
    });
  }
  if (typeof desired === 'object' && desired !== null) {
    if (typeof current !== 'object' || current === null || Array.isArray(current)) return false;
    const cur = current as Record<string, unknown>;
    return Object.entries(desired).every(([k, v]) => sameAs(v, cur[k]));
  }
  return scalar(desired) === scalar(current);
}

/** The top-level fields (`a.b` one level down) where `current` differs from `desired`. */
export function differencesOf(desired: unknown, current: unknown): string[] {
  if (typeof desired !== 'object' || desired === null || Array.isArray(desired)) return sameAs(desired, current) ? [] : ['(value)'];
  const cur = typeof current === 'object' && current !== null ? (current as Record<string, unknown>) : {};
  return Object.entries(desired).flatMap(([k, v]) => {
    if (sameAs(v, cur[k])) return [];
    if (typeof v === 'object' && v !== null && !Array.isArray(v) && Object.keys(v).length <= 8) {
      const inner = differencesOf(v, cur[k]);
      if (inner.length > 0 && !inner.includes('(value)')) return inner.map((i) => `${k}.${i}`);
    }
    return [k];
  });
}

/**
 * Runs a plan: opens, replays, closes. Never throws: a failure stops the run and is in the report,
 * with the actions done before it.
 */
export async function runPush<P>(adapter: PushAdapter<P>, plan: P, api: HelpdeskApi, credentials: Readonly<Record<string, string>>, apply: boolean): Promise<PushReport> {
  const ctx = new PushContext(api, apply, credentials);
  let failure: PushFailure | undefined;
  let opened = false;
  try {
    await adapter.open(ctx);
    opened = true;
    await adapter.run(plan, ctx);
  } catch (e) {
    failure = e instanceof PushError ? e.failure : { kind: 'refused', message: e instanceof Error ? e.message : String(e) };
  }
  if (opened && adapter.close) {
    try {
      await adapter.close(ctx);
    } catch {
      // Ending a session is a courtesy: the run's outcome does not depend on it.
    }
  }
  return { tool: adapter.tool, apply, actions: ctx.actions, ...(failure ? { failure } : {}) };
}

/** The body of a created object's id, or a refusal (the tool answered without one). */
export function idFrom(value: unknown, what: string): string | number {
  if (typeof value === 'number' || (typeof value === 'string' && value !== '')) return value;
  throw new PushError({ kind: 'refused', message: `no id in the answer to ${what}: ${describeBody(value)}` });
}

/** `Authorization: Basic …` for a user and password (UTF-8, as RFC 7617 recommends). */
export function basicAuth(user: string, password: string): string {
  const bytes = new TextEncoder().encode(`${user}:${password}`);
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return `Basic ${btoa(binary)}`;
}

/** A property of a JSON object, or undefined. */
export function field(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>)[key] : undefined;
}

/** An array answer, or a refusal. */
export function arrayFrom(value: unknown, what: string): unknown[] {
  if (Array.isArray(value)) return value;
  throw new PushError({ kind: 'refused', message: `expected a list from ${what}: ${describeBody(value)}` });
}
