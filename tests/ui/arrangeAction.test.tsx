// An arrange action's states: busy while its work runs, then done, refused as too large, or failed.
import { act, renderHook } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { tooLarge, useAction } from "../../src/app/arrange/action";
import { GraphError } from "../../src/graph/errors";

describe("useAction", () => {
  it("is busy while the work runs, then done with its result", async () => {
    const { result } = renderHook(() => useAction<number>("Calendars.ReadWrite"));
    expect(result.current[0]).toEqual({ status: "idle" });
    let finish: (value: number) => void = () => undefined;
    let running: Promise<void> = Promise.resolve();
    act(() => {
      running = result.current[1](
        () => new Promise((resolve) => (finish = (n) => resolve({ status: "done", result: n }))),
      );
    });
    expect(result.current[0]).toEqual({ status: "busy" });
    await act(async () => {
      finish(42);
      await running;
    });
    expect(result.current[0]).toEqual({ status: "done", result: 42 });
  });

  it("says too large when the work says so, and why a throw failed, naming the permission", async () => {
    const { result } = renderHook(() => useAction<number>("Calendars.ReadWrite"));
    await act(() => result.current[1](async () => tooLarge));
    expect(result.current[0]).toEqual({ status: "error", reason: { kind: "too-large" } });
    const denied = new GraphError({
      status: 403,
      code: "ErrorAccessDenied",
      message: "",
      requestId: null,
    });
    await act(() =>
      result.current[1](async () => {
        throw denied;
      }),
    );
    expect(result.current[0]).toEqual({
      status: "error",
      reason: { kind: "consent-required", permission: "Calendars.ReadWrite" },
    });
  });
});
