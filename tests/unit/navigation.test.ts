// The first route from the URL: `?contact=` and `?view=` are a public contract (manifests, links).
import { describe, expect, it } from "vitest";
import { initialRoute, routeToView } from "../../src/app/navigation";

describe("initialRoute", () => {
  it("opens one interview for ?contact=, whatever ?view= says", () => {
    expect(initialRoute("?contact=abc&view=find")).toEqual({ view: "interview", contactId: "abc" });
  });

  it("opens the tab ?view= names", () => {
    expect(initialRoute("?host=teams&view=advisor")).toEqual({ view: "advisor" });
    expect(initialRoute("?view=prep")).toEqual({ view: "prep" });
  });

  it("opens the interview view with no one for ?view=interview alone", () => {
    expect(initialRoute("?view=interview")).toEqual({ view: "interview", contactId: "" });
  });

  it("starts at the surface's first view when no view, or an unknown one, is asked for", () => {
    expect(initialRoute("")).toEqual({ view: "start" });
    expect(initialRoute("?view=nowhere")).toEqual({ view: "start" });
    expect(routeToView(null)).toEqual({ view: "start" });
  });
});
