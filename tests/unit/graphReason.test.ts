// What the UI will say when Graph refuses: each failure maps to one reason the user can act on.
import { describe, expect, it } from "vitest";
import { graphReasonOf } from "../../src/domain/graphReason";

const failure = (status: number, code: string, message = "") => ({ status, code, message });

describe("graphReasonOf", () => {
  it("names the missing permission when the caller knows which read was refused", () => {
    expect(
      graphReasonOf(
        failure(403, "Authorization_RequestDenied", "Insufficient privileges"),
        "User.Read.All",
      ),
    ).toEqual({
      kind: "consent-required",
      permission: "User.Read.All",
    });
  });

  it("reads the permission out of Graph's message when the caller does not know it", () => {
    const reason = graphReasonOf(
      failure(
        403,
        "ErrorAccessDenied",
        "Access is denied. Check credentials: Calendars.ReadWrite required.",
      ),
    );
    expect(reason).toEqual({ kind: "consent-required", permission: "Calendars.ReadWrite" });
  });

  it("treats a 401 that survived the client's token refresh as signed out", () => {
    expect(graphReasonOf(failure(401, "InvalidAuthenticationToken")).kind).toBe("signed-out");
  });

  it("keeps Retry-After so the UI can say when to try again", () => {
    expect(graphReasonOf({ ...failure(429, "TooManyRequests"), retryAfterMs: 3000 })).toEqual({
      kind: "throttled",
      retryAfterMs: 3000,
    });
    expect(graphReasonOf(failure(503, "ServiceUnavailable"))).toEqual({
      kind: "throttled",
      retryAfterMs: null,
    });
  });

  it("maps offline, not found, conflicts and size", () => {
    expect(graphReasonOf(failure(0, "offline")).kind).toBe("offline");
    expect(graphReasonOf(failure(404, "ErrorItemNotFound")).kind).toBe("not-found");
    expect(graphReasonOf(failure(400, "Request_ResourceNotFound")).kind).toBe("not-found");
    expect(graphReasonOf(failure(412, "ErrorIrresolvableConflict")).kind).toBe("conflict");
    expect(graphReasonOf(failure(409, "ErrorFolderExists")).kind).toBe("conflict");
    expect(graphReasonOf(failure(413, "RequestEntityTooLarge")).kind).toBe("too-large");
  });

  it("keeps status and code of anything else for the error report", () => {
    expect(graphReasonOf(failure(400, "Request_UnsupportedQuery"))).toEqual({
      kind: "unknown",
      status: 400,
      code: "Request_UnsupportedQuery",
    });
  });
});
