// Fault rules set through /_sandbox/faults: the next matching requests fail, stall or lose their connection.
import { badRequest, GraphError } from "./http";

/** A rule as posted to `/_sandbox/faults`. */
export interface FaultRule {
  /** HTTP method to match (any when absent). */
  method?: string;
  /** Regular expression tested against the path, e.g. `^/v1.0/me/events$`. */
  path: string;
  /** Status to answer; 0 drops the connection; absent with `delayMs` only slows the real answer. */
  status?: number;
  /** Seconds for the Retry-After header. */
  retryAfter?: number;
  /** How many matching requests fail; forever when absent. */
  times?: number;
  /** Milliseconds to wait before answering. */
  delayMs?: number;
  /** Overrides Graph's error code for the status. */
  code?: string;
  /** Overrides the error message. */
  message?: string;
  /**
   * Handle the request first (its effects stay), then fail the answer: a gateway timing out or a
   * connection lost after the mailbox committed. Default false: fail before handling.
   */
  after?: boolean;
}

/** What a matching rule tells the server to do with one request. */
export interface FaultAction {
  delayMs: number;
  /** undefined: answer normally after the delay. */
  status?: number;
  error?: GraphError;
  dropConnection: boolean;
  /** Run the request before failing its answer. */
  after: boolean;
}

/** The code Graph answers each fault status with. */
const CODES: Record<number, [string, string]> = {
  400: ["BadRequest", "The request is invalid."],
  401: ["InvalidAuthenticationToken", "Access token has expired or is not yet valid."],
  403: ["Authorization_RequestDenied", "Insufficient privileges to complete the operation."],
  404: ["ErrorItemNotFound", "The specified object was not found in the store."],
  409: [
    "ErrorIrresolvableConflict",
    "The change key passed in the request does not match the current change key for the item.",
  ],
  412: [
    "ErrorIrresolvableConflict",
    "The send or update operation could not be performed because the change key passed in the request does not match the current change key for the item.",
  ],
  429: ["TooManyRequests", "Too many requests. Please try again later."],
  500: ["InternalServerError", "An internal server error occurred."],
  502: ["BadGateway", "The gateway did not get a valid response."],
  503: ["ServiceUnavailable", "The service is temporarily unavailable. Please try again later."],
  504: ["GatewayTimeout", "The request timed out at the gateway."],
};

interface ActiveRule extends FaultRule {
  pattern: RegExp;
  remaining: number;
}

/** The current fault rules, consumed in order. */
export class Faults {
  private rules: ActiveRule[] = [];

  /** Adds rules after checking them; a bad rule is a 400 naming its field. */
  add(body: unknown): number {
    const rules = (body as { rules?: unknown } | null)?.rules;
    if (!Array.isArray(rules)) throw badRequest('Expected {"rules": [...]}.');
    const parsed = rules.map((raw: unknown, i): ActiveRule => {
      const rule = raw as FaultRule;
      if (typeof rule !== "object" || rule === null)
        throw badRequest(`rules[${i}] must be an object.`);
      if (typeof rule.path !== "string") throw badRequest(`rules[${i}].path is missing.`);
      let pattern: RegExp;
      try {
        pattern = new RegExp(rule.path);
      } catch {
        throw badRequest(`rules[${i}].path is not a valid regular expression.`);
      }
      if (
        rule.status !== undefined &&
        (!Number.isInteger(rule.status) ||
          (rule.status !== 0 && (rule.status < 100 || rule.status > 599)))
      ) {
        throw badRequest(`rules[${i}].status must be 0 or an HTTP status.`);
      }
      if (rule.after !== undefined && typeof rule.after !== "boolean") {
        throw badRequest(`rules[${i}].after must be true or false.`);
      }
      if (rule.status === undefined && rule.delayMs === undefined) {
        throw badRequest(`rules[${i}] needs a status or a delayMs.`);
      }
      for (const key of ["retryAfter", "times", "delayMs"] as const) {
        const v = rule[key];
        if (v !== undefined && (typeof v !== "number" || v < 0)) {
          throw badRequest(`rules[${i}].${key} must be a non-negative number.`);
        }
      }
      return { ...rule, pattern, remaining: rule.times ?? Number.POSITIVE_INFINITY };
    });
    this.rules.push(...parsed);
    return this.rules.length;
  }

  /** Removes every rule. */
  clear(): void {
    this.rules = [];
  }

  /** The rules still active, as posted. */
  list(): FaultRule[] {
    return this.rules.map(({ pattern: _p, remaining, ...rule }) => ({
      ...rule,
      ...(Number.isFinite(remaining) ? { times: remaining } : {}),
    }));
  }

  /** Consumes the first rule matching this request, if any. */
  take(method: string, path: string): FaultAction | undefined {
    const rule = this.rules.find(
      (r) =>
        r.remaining > 0 &&
        (!r.method || r.method.toUpperCase() === method.toUpperCase()) &&
        r.pattern.test(path),
    );
    if (!rule) return undefined;
    rule.remaining--;
    this.rules = this.rules.filter((r) => r.remaining > 0);
    const delayMs = rule.delayMs ?? 0;
    const after = rule.after === true;
    if (rule.status === undefined) return { delayMs, dropConnection: false, after };
    if (rule.status === 0) return { delayMs, status: 0, dropConnection: true, after };
    const [code, message] = CODES[rule.status] ?? [
      "UnknownError",
      `Simulated failure ${rule.status}.`,
    ];
    const headers: Record<string, string> = {};
    if (rule.retryAfter !== undefined) headers["Retry-After"] = String(rule.retryAfter);
    return {
      delayMs,
      status: rule.status,
      dropConnection: false,
      after,
      error: new GraphError(rule.status, rule.code ?? code, rule.message ?? message, headers),
    };
  }
}
