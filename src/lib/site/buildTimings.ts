/**
 * Where build time goes, for `npm run bench`. With BUILD_TIMINGS=1 each integration logs one line per step,
 * `timing: <label> <ms> ms (<calls> calls)`, which the bench parses; without it nothing is logged or kept.
 * Steps timed inside page rendering (QR codes) add up across pages in a store on `globalThis`, because the pages
 * run from Astro's bundle, a different copy of this module from the one the integrations import.
 */
export const TIMINGS_ENABLED = process.env.BUILD_TIMINGS === "1";

/** The prefix the bench looks for in the build's output. */
export const TIMING_PREFIX = "timing:";

interface Total {
  ms: number;
  calls: number;
}

const store = (): Map<string, Total> => ((globalThis as { __buildTimings?: Map<string, Total> }).__buildTimings ??= new Map());

/** Adds `ms` to the step `label`. */
export function addTiming(label: string, ms: number): void {
  if (!TIMINGS_ENABLED) return;
  const total = store().get(label) ?? { ms: 0, calls: 0 };
  total.ms += ms;
  total.calls += 1;
  store().set(label, total);
}

/** Runs `fn`, adding its time to `label` (when it returns a promise, until it settles). */
export function timed<T>(label: string, fn: () => T): T {
  if (!TIMINGS_ENABLED) return fn();
  const start = performance.now();
  const result = fn();
  if (result instanceof Promise) return result.finally(() => addTiming(label, performance.now() - start)) as T;
  addTiming(label, performance.now() - start);
  return result;
}

/** The timing line for one step. */
export function timingLine(label: string, { ms, calls }: Total): string {
  return `${TIMING_PREFIX} ${label} ${ms.toFixed(1)} ms (${calls} calls)`;
}

/** Every step timed so far, as lines, and forgets them. */
export function takeTimings(): string[] {
  const lines = [...store()].map(([label, total]) => timingLine(label, total));
  store().clear();
  return lines;
}

/** Parses timing lines out of a build's output: milliseconds and calls per step, summed where a step repeats. */
export function parseTimings(output: string): Map<string, Total> {
  const totals = new Map<string, Total>();
  for (const [, label, ms, calls] of output.matchAll(/timing: (\S+) ([\d.]+) ms \((\d+) calls\)/g)) {
    const total = totals.get(label) ?? { ms: 0, calls: 0 };
    totals.set(label, { ms: total.ms + Number(ms), calls: total.calls + Number(calls) });
  }
  return totals;
}
