/** Throughput and latency percentiles of one measurement (milliseconds). */
export interface Figures {
  count: number;
  perSecond: number;
  p50: number;
  p95: number;
  p99: number;
}

export function figures(latencies: readonly number[], seconds: number): Figures {
  const sorted = Float64Array.from(latencies).sort();
  const at = (share: number) =>
    Number((sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * share))] ?? 0).toFixed(1));
  return {
    count: sorted.length,
    perSecond: Math.round(sorted.length / seconds),
    p50: at(0.5),
    p95: at(0.95),
    p99: at(0.99),
  };
}
