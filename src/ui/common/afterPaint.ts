// Work that is not part of the first view waits until that view has painted: on two cores, chunks
// downloaded and parsed alongside the first render slow it down (npm run bench, load).
import { useEffect, useState } from "react";

/**
 * Runs `work` once the frame after now has painted: the animation frame comes before the paint,
 * and a task queued from it runs after. React commits a root.render() in a task of its own before
 * the next frame, so from a page's start-up this is after the first view shows.
 */
export function afterNextPaint(work: () => void): void {
  if (typeof requestAnimationFrame !== "function") {
    setTimeout(work, 0);
    return;
  }
  requestAnimationFrame(() => setTimeout(work, 0));
}

let reportPainted: () => void = () => undefined;
const firstViewPainted = new Promise<void>((resolve) => {
  reportPainted = resolve;
});

/**
 * Resolves once the page's first view has painted (the app reports it with useReportFirstPaint):
 * start-up work that view does not need (sign-in and Graph code, strings for later views) waits.
 */
export function whenFirstViewPainted(): Promise<void> {
  return firstViewPainted;
}

/** Called by the page's root component: reports the frame after its first commit as painted. */
export function useReportFirstPaint(): void {
  useEffect(() => afterNextPaint(reportPainted), []);
}

/** False during a component's first paint, true from the frame after: for what can come later. */
export function useAfterFirstPaint(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    let live = true;
    afterNextPaint(() => {
      if (live) setPainted(true);
    });
    return () => {
      live = false;
    };
  }, []);
  return painted;
}
