// Fault rules set through /_sandbox/faults: the next matching requests (or a seeded-random share of
// them) fail, stall or lose their connection.
import { badRequest, GraphError } from "./http";
import { mulberry32 } from "./tenants/random";

/** A rule as posted to `/_sandbox/faults`. */
export interface FaultRule {
  /** HTTP method to match (any when absent). */
  method?: string;
  /** Regular expression tested against the path, e.g. `^/v1.0/me/events$`. */
  path: string;
  /**
   * Status to answer; 0 drops the connection; absent with `delayMs` only slows the real answer.
   * A list (e.g. `[429, 503, 504, 0]`) picks one per failure with the rule's seeded generator;
   * repeat an entry to make it likelier.
   */
  status?: number | number[];
  /** Seconds for the Retry-After header (with a status list: only on the 429s it picks). */
  retryAfter?: number;
  /** How many matching requests fail (with `rate`: how many failures); forever when absent. */
  times?: number;
  /**
   * Share of matching requests that fail, 0–1, drawn from a generator seeded with `seed`, so one
   * seed gives the same sequence of failures for the same sequence of requests. A request the
   * draw spares goes on to the next rule. Absent: every matching request fails.
   */
  rate?: number;
  /** Integer seed of the generator behind `rate` and a status list (0 when absent). */
  seed?: number;
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
  /** The rule's own generator: rules never share draws, so adding one leaves the others' sequence. */
  random: () => number;
}

/** Re-exported where the chaos tests have always found it; a failing run replays from its seed. */
export { mulberry32 };

const isFaultStatus = (status: unknown): boolean =>
  Number.isInteger(status) &&
  (status === 0 || ((status as number) >= 100 && (status as number) <= 599));

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
      if (Array.isArray(rule.status)) {
        if (rule.status.length === 0 || !rule.status.every(isFaultStatus)) {
          throw badRequest(`rules[${i}].status must list 0 or HTTP statuses.`);
        }
      } else if (rule.status !== undefined && !isFaultStatus(rule.status)) {
        throw badRequest(`rules[${i}].status must be 0 or an HTTP status.`);
      }
      if (
        rule.rate !== undefined &&
        (typeof rule.rate !== "number" || !(rule.rate >= 0 && rule.rate <= 1))
      ) {
        throw badRequest(`rules[${i}].rate must be a number from 0 to 1.`);
      }
      if (rule.seed !== undefined && !Number.isInteger(rule.seed)) {
        throw badRequest(`rules[${i}].seed must be an integer.`);
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
      return {
        ...rule,
        pattern,
        remaining: rule.times ?? Number.POSITIVE_INFINITY,
        random: mulberry32(rule.seed ?? 0),
      };
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
    return this.rules.map(({ pattern: _p, random: _r, remaining, ...rule }) => ({
      ...rule,
      ...(Number.isFinite(remaining) ? { times: remaining } : {}),
    }));
  }

  /**
   * Consumes the first rule that takes this request, if any. A rule with `rate` takes a matching
   * request only when its draw says so; otherwise the next rules are asked.
   */
  take(method: string, path: string): FaultAction | undefined {
    const rule = this.rules.find(
      (r) =>
        r.remaining > 0 &&
        (!r.method || r.method.toUpperCase() === method.toUpperCase()) &&
        r.pattern.test(path) &&
        (r.rate === undefined || r.random() < r.rate),
    );
    if (!rule) return undefined;
    rule.remaining--;
    this.rules = this.rules.filter((r) => r.remaining > 0);
    const delayMs = rule.delayMs ?? 0;
    const after = rule.after === true;
    const status = Array.isArray(rule.status)
      ? rule.status[Math.floor(rule.random() * rule.status.length)]
      : rule.status;
    if (status === undefined) return { delayMs, dropConnection: false, after };
    if (status === 0) return { delayMs, status: 0, dropConnection: true, after };
    const [code, message] = CODES[status] ?? ["UnknownError", `Simulated failure ${status}.`];
    const headers: Record<string, string> = {};
    // A list mixes kinds of failure; Graph sends Retry-After with its throttling answers.
    const retryAfterApplies = !Array.isArray(rule.status) || status === 429;
    if (rule.retryAfter !== undefined && retryAfterApplies) {
      headers["Retry-After"] = String(rule.retryAfter);
    }
    return {
      delayMs,
      status,
      dropConnection: false,
      after,
      error: new GraphError(status, rule.code ?? code, rule.message ?? message, headers),
    };
  }
}
