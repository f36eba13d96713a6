/** Summaries of timings: the benchmark reports medians and 95th percentiles, never means. */

export function percentile(values: readonly number[], fraction: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const at = Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1));
  return sorted[at] ?? Number.NaN;
}

export const median = (values: readonly number[]): number => percentile(values, 0.5);
export const p95 = (values: readonly number[]): number => percentile(values, 0.95);

/** Milliseconds with a sensible number of digits for a table. */
export function ms(value: number): string {
  if (!Number.isFinite(value)) return "–";
  return value < 1 ? value.toFixed(3) : value < 10 ? value.toFixed(2) : value.toFixed(1);
}

export function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

/** Runs `work` `times` times and returns each run's duration in ms. */
export function timeEach(times: number, work: () => void): number[] {
  const durations: number[] = [];
  for (let i = 0; i < times; i++) {
    const started = performance.now();
    work();
    durations.push(performance.now() - started);
  }
  return durations;
}
