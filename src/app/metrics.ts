import { monitorEventLoopDelay } from "node:perf_hooks";
import type { Histogram, Meter, ObservableGauge } from "@opentelemetry/api";
import { PrometheusExporter, PrometheusSerializer } from "@opentelemetry/exporter-prometheus";
import { resourceFromAttributes } from "@opentelemetry/resources";
import { MeterProvider } from "@opentelemetry/sdk-metrics";
import type { ConsumerHealth } from "../storage/consumers.js";

/** What the gauges read at scrape time (each read is one cheap aggregate query, or memory). */
export type MetricSources = {
  consumers: () => Promise<ConsumerHealth[]>;
  outbox: () => Promise<{ channel: string; status: string; n: number }[]>;
  timersDue: () => Promise<number>;
  incidents: () => Promise<{ status: string; severity: string; kind: string; n: number }[]>;
};

const LATENCY_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
const BATCH_BUCKETS = [1, 2, 4, 8, 16, 32, 64, 128, 256];

/**
 * Muster's metrics in the Prometheus text format, with the OpenTelemetry SDK (kept by the CNCF;
 * prom-client has had no release since 2024). Counters and histograms are recorded as things
 * happen; gauges (consumer lag, outbox backlog, timers due, streams, incidents) are read when
 * Prometheus scrapes, so an idle server does no work for them.
 */
export class Metrics {
  private readonly exporter = new PrometheusExporter({ preventServerStart: true });
  private readonly provider = new MeterProvider({
    readers: [this.exporter],
    resource: resourceFromAttributes({ "service.name": "muster" }),
  });
  private readonly serializer = new PrometheusSerializer();
  private readonly loopDelay = monitorEventLoopDelay({ resolution: 20 });
  private readonly http: Histogram;
  private readonly commitSeconds: Histogram;
  private readonly commitSize: Histogram;
  private readonly meter: Meter;
  /** Set by the HTTP adapter, which holds the streams. */
  private streams: () => number = () => 0;

  constructor() {
    this.meter = this.provider.getMeter("muster");
    this.http = this.meter.createHistogram("muster_http_request_duration_seconds", {
      description: "HTTP requests by route pattern, method and status, in seconds (live streams excluded)",
      advice: { explicitBucketBoundaries: LATENCY_BUCKETS },
    });
    this.commitSeconds = this.meter.createHistogram("muster_commit_duration_seconds", {
      description: "Group commits: time from taking a batch to its transaction's end",
      advice: { explicitBucketBoundaries: LATENCY_BUCKETS },
    });
    this.commitSize = this.meter.createHistogram("muster_commit_batch_commands", {
      description: "Commands per group commit",
      advice: { explicitBucketBoundaries: BATCH_BUCKETS },
    });
    this.loopDelay.enable();
  }

  /** Where the number of open live streams comes from. */
  countStreams(count: () => number): void {
    this.streams = count;
  }

  /** One HTTP request answered. */
  request(method: string, route: string, status: number, seconds: number): void {
    this.http.record(seconds, { method, route, status: String(status) });
  }

  /** One group commit, held (`ok`) or failed. */
  commit(commands: number, seconds: number, ok: boolean): void {
    const outcome = ok ? "committed" : "failed";
    this.commitSeconds.record(seconds, { outcome });
    this.commitSize.record(commands, { outcome });
  }

  /** Reads the gauges from these sources at every scrape. */
  observe(sources: MetricSources): void {
    const gauge = (name: string, description: string): ObservableGauge =>
      this.meter.createObservableGauge(name, { description });
    const lag = gauge(
      "muster_consumer_lag_events",
      "Events committed that a durable consumer has not handled",
    );
    const failures = gauge("muster_consumer_failures", "Failures in a row of a durable consumer");
    const outbox = gauge("muster_outbox_deliveries", "Deliveries waiting (pending) or given up on (failed)");
    const timers = gauge("muster_timers_due", "Timers past due and not fired yet");
    const streams = gauge("muster_sse_connections", "Live streams open on this instance");
    const incidents = gauge("muster_incidents", "Incidents by status, severity and kind");
    const rss = gauge("muster_process_resident_memory_bytes", "Resident memory of this process");
    const heap = gauge("muster_process_heap_used_bytes", "V8 heap in use");
    const loop = gauge(
      "muster_event_loop_delay_p99_seconds",
      "99th percentile event-loop delay since the last scrape",
    );
    const handles = gauge("muster_process_active_handles", "Active libuv handles (sockets, timers, files)");
    this.meter.addBatchObservableCallback(
      async (result) => {
        await this.read(result, sources, { lag, failures, outbox, timers, streams, incidents });
        const memory = process.memoryUsage();
        result.observe(rss, memory.rss);
        result.observe(heap, memory.heapUsed);
        result.observe(loop, this.loopDelay.percentile(99) / 1e9);
        this.loopDelay.reset();
        result.observe(handles, process.getActiveResourcesInfo().length);
      },
      [lag, failures, outbox, timers, streams, incidents, rss, heap, loop, handles],
    );
  }

  private async read(
    result: { observe: (g: ObservableGauge, v: number, a?: Record<string, string>) => void },
    sources: MetricSources,
    g: Record<"lag" | "failures" | "outbox" | "timers" | "streams" | "incidents", ObservableGauge>,
  ): Promise<void> {
    const [consumers, outbox, due, incidents] = await Promise.all([
      sources.consumers(),
      sources.outbox(),
      sources.timersDue(),
      sources.incidents(),
    ]);
    for (const c of consumers) {
      result.observe(g.lag, c.eventsBehind, { consumer: c.name });
      result.observe(g.failures, c.failures, { consumer: c.name });
    }
    for (const o of outbox) result.observe(g.outbox, o.n, { channel: o.channel, status: o.status });
    result.observe(g.timers, due);
    result.observe(g.streams, this.streams());
    for (const i of incidents) {
      result.observe(g.incidents, i.n, { status: i.status, severity: i.severity, kind: i.kind });
    }
  }

  /** The current figures in the Prometheus text exposition format. */
  async scrape(): Promise<string> {
    const { resourceMetrics, errors } = await this.exporter.collect();
    if (errors.length > 0) throw new AggregateError(errors, "some metrics could not be read");
    return this.serializer.serialize(resourceMetrics);
  }

  /** Stops the event-loop monitor and the meter provider. */
  async close(): Promise<void> {
    this.loopDelay.disable();
    await this.provider.shutdown();
  }
}
