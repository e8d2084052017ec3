// A meeting lookup that failed because Microsoft 365 was busy looks again by itself; one that
// failed for good waits for the user.
import { render, screen } from "@testing-library/react";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { I18nProvider } from "../../src/app/i18n/I18nProvider";
import { loadFeatureMessages } from "../../src/app/i18n/messages";
import type { GraphReason } from "../../src/domain/graphReason";
import { LookupFailed } from "../../src/ui/meeting/LookupFailed";
// Its jsdom set-up (ResizeObserver, which MessageBar needs).
import "../support/renderApp";

beforeAll(() => loadFeatureMessages());

function show(reason: GraphReason) {
  const onRetry = vi.fn();
  render(
    <I18nProvider locale="en">
      <LookupFailed reason={reason} onRetry={onRetry} />
    </I18nProvider>,
  );
  return onRetry;
}

describe("a failed meeting lookup", () => {
  it("looks again on its own after a busy Microsoft 365, no sooner than Retry-After", async () => {
    vi.useFakeTimers();
    try {
      const onRetry = show({ kind: "throttled", retryAfterMs: 5_000 });
      expect(screen.getByRole("button", { name: "Try again" })).toBeTruthy();
      vi.advanceTimersByTime(4_900);
      expect(onRetry).not.toHaveBeenCalled();
      vi.advanceTimersByTime(200);
      expect(onRetry).toHaveBeenCalledTimes(1);
    } finally {
      vi.useRealTimers();
    }
  });

  it("waits for the user when the meeting is gone", () => {
    vi.useFakeTimers();
    try {
      const onRetry = show({ kind: "not-found" });
      vi.advanceTimersByTime(60_000);
      expect(onRetry).not.toHaveBeenCalled();
    } finally {
      vi.useRealTimers();
    }
  });
});
