/** Summary statistics for the benchmark's and the search tests' timings. */

/** The nearest-rank percentile `p` (0–100); NaN for no values. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted.at(rank) ?? NaN;
}

/** The median, the mean of the two middle values for an even count; NaN for no values. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const upper = sorted.at(mid) ?? NaN;
  return sorted.length % 2 ? upper : ((sorted.at(mid - 1) ?? NaN) + upper) / 2;
}

/** A byte count in KiB with one decimal: "12.3 KiB". */
export function formatKiB(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KiB`;
}
