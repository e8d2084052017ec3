// The one timekeeper the meeting and the practice run share: the same clock and names in both, the
// sound switch and the "ended" line only where the caller asks for them.
import { render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { createGraphClient } from "../../src/graph/client";
import { createFakeHost } from "../../src/hosts/fake";
import { Timekeeper } from "../../src/ui/common/Timekeeper";
import { STUDENT } from "../support/people";
import { AppProviders, appServices } from "../support/renderApp";

const START = new Date("2026-12-10T15:00:00Z");
const END = new Date("2026-12-10T15:20:00Z");

function renderClock(now: Date, options: { soundSwitch?: boolean; endedLine?: boolean } = {}) {
  // The clock reads nothing from Graph; a client that refuses every request proves it.
  const graph = createGraphClient({
    tokens: { getToken: () => Promise.resolve("unused") },
    transport: () => Promise.reject(new Error("the timekeeper must not call Graph")),
  });
  const services = appServices("http://127.0.0.1:1", {
    graph,
    host: createFakeHost({ kind: "browser", user: { userPrincipalName: STUDENT } }),
    now: () => now,
  });
  return render(
    <AppProviders services={services} route={{ view: "pipeline" }}>
      <Timekeeper start={START} end={END} {...options} />
    </AppProviders>,
  );
}

describe("the shared timekeeper", () => {
  it("in the meeting: elapsed of booked, the nudge, the sound switch, and 'ended' after the overtime", () => {
    const view = renderClock(new Date("2026-12-10T15:16:00Z"));
    const timer = screen.getByRole("timer", { name: "Time elapsed" });
    expect(timer.textContent).toContain("16:00 of 20:00");
    expect(timer.textContent).toContain("4:00 left");
    expect(screen.getByRole("progressbar", { name: "Share of the booked time used" })).toBeTruthy();
    expect(screen.getByRole("status").textContent).toBe(
      "Time to ask who else you should talk to, and thank them.",
    );
    expect(screen.getByRole("switch", { name: "Play a sound at the reminders" })).toBeTruthy();
    view.unmount();

    renderClock(new Date("2026-12-10T16:00:00Z"));
    expect(screen.getByRole("timer", { name: "Time elapsed" }).textContent).toContain(
      "This meeting has ended.",
    );
  });

  it("in the practice run: no sound switch, and past its end it keeps counting the overtime", () => {
    const view = renderClock(new Date("2026-12-10T16:00:00Z"), {
      soundSwitch: false,
      endedLine: false,
    });
    const timer = within(view.container).getByRole("timer", { name: "Time elapsed" });
    expect(timer.textContent).toContain("40:00 over the booked time");
    expect(timer.textContent).not.toContain("ended");
    expect(screen.queryByRole("switch")).toBeNull();
  });
});
