import { z } from "zod";

/**
 * What the alert sources send, as they send it: Prometheus Alertmanager's `webhook_config`
 * payload (version 4), Grafana's webhook contact point (the same shape, version 1, with more
 * fields, which are ignored), and Muster's documented generic JSON. Each becomes a `Delivery`.
 */

export const SOURCE_KINDS = ["alertmanager", "grafana", "generic"] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** One alert as Muster keeps it. */
export type IncomingAlert = {
  fingerprint: string;
  status: "firing" | "resolved";
  name: string;
  summary: string;
  labels: Record<string, string>;
  annotations: Record<string, string>;
  startsAt: string;
  endsAt: string | null;
  url: string | null;
};

/** One notification from a source: a group of alerts under one key. */
export type Delivery = {
  groupKey: string;
  title: string;
  /** Labels every alert of the group shares. */
  labels: Record<string, string>;
  alerts: IncomingAlert[];
};

export const MAX_ALERTS = 1000;

const Labels = z
  .record(z.string().max(200), z.string().max(1000))
  .refine((l) => Object.keys(l).length <= 100, {
    message: "at most 100 labels",
  });
const Annotations = z
  .record(z.string().max(200), z.string().max(10_000))
  .refine((l) => Object.keys(l).length <= 100, { message: "at most 100 annotations" });
const Status = z.enum(["firing", "resolved"]);
const Time = z.string().max(64);
const Url = z.string().max(2000);

const PrometheusAlert = z.object({
  status: Status,
  labels: Labels,
  annotations: Annotations.default({}),
  startsAt: Time,
  endsAt: Time.optional(),
  generatorURL: Url.optional(),
  fingerprint: z.string().min(1).max(200).optional(),
  // Grafana's extras.
  dashboardURL: Url.optional(),
  panelURL: Url.optional(),
});

/** Alertmanager's and Grafana's webhook body (Grafana adds fields, which pass through unread). */
export const WebhookPayload = z.object({
  version: z.string().max(10),
  groupKey: z.string().min(1).max(2000),
  status: Status,
  receiver: z.string().max(500).optional(),
  groupLabels: Labels.default({}),
  commonLabels: Labels.default({}),
  commonAnnotations: Annotations.default({}),
  externalURL: Url.optional(),
  truncatedAlerts: z.number().int().min(0).optional(),
  alerts: z.array(PrometheusAlert).min(1).max(MAX_ALERTS),
});

/** Muster's generic alert JSON, for anything that can POST but is neither of the above. */
export const GenericPayload = z.strictObject({
  group: z
    .string()
    .min(1)
    .max(500)
    .optional()
    .describe("Alerts with the same group are one group (one incident or page); default: each alert's title"),
  alerts: z
    .array(
      z.strictObject({
        id: z
          .string()
          .min(1)
          .max(200)
          .optional()
          .describe("Stable id of the alert (repeats update it); default: from its title and labels"),
        status: Status.default("firing"),
        title: z.string().min(1).max(500),
        summary: z.string().max(10_000).optional(),
        labels: Labels.default({}),
        startsAt: Time.optional(),
        endsAt: Time.optional(),
        url: Url.optional(),
      }),
    )
    .min(1)
    .max(MAX_ALERTS),
});

/** A field of a payload that is well-formed JSON but not a valid alert. */
export class PayloadFault extends Error {
  constructor(
    readonly field: string,
    detail: string,
  ) {
    super(detail);
  }
}

// Alertmanager writes the zero time for "not ended yet".
const ZERO_TIME = /^0001-01-01/;

function time(value: string | undefined, field: string, fallback: string | null): string | null {
  if (value === undefined || value === "" || ZERO_TIME.test(value)) return fallback;
  const ms = Date.parse(value);
  if (!Number.isFinite(ms)) {
    throw new PayloadFault(field, `${field} must be an RFC 3339 time, e.g. 2026-12-01T10:00:00Z.`);
  }
  return new Date(ms).toISOString();
}

/** A stable 64-bit FNV-1a hash of the alert's identity, when the source gives no fingerprint. */
export function fingerprintOf(name: string, labels: Record<string, string>): string {
  const text = [
    name,
    ...Object.keys(labels)
      .sort()
      .map((k) => `${k}=${labels[k] ?? ""}`),
  ].join("\u0001");
  let hash = 0xcbf29ce484222325n;
  for (let i = 0; i < text.length; i++) {
    hash ^= BigInt(text.charCodeAt(i));
    hash = (hash * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return hash.toString(16).padStart(16, "0");
}

function groupTitle(
  groupLabels: Record<string, string>,
  common: Record<string, string>,
  first: string,
): string {
  const name = groupLabels["alertname"] ?? common["alertname"] ?? first;
  const rest = Object.entries(groupLabels)
    .filter(([k]) => k !== "alertname")
    .map(([k, v]) => `${k}=${v}`);
  const title = rest.length > 0 ? `${name} (${rest.join(", ")})` : name;
  return title.length > 200 ? `${title.slice(0, 199)}…` : title;
}

/** Normalises an Alertmanager or Grafana webhook body (already validated). */
export function fromWebhook(p: z.infer<typeof WebhookPayload>, now: string): Delivery {
  const alerts = p.alerts.map((a, i): IncomingAlert => {
    const field = `alerts.${i}`;
    const name = a.labels["alertname"] ?? p.commonLabels["alertname"] ?? "alert";
    const startsAt = time(a.startsAt, `${field}.startsAt`, now) ?? now;
    return {
      fingerprint: a.fingerprint ?? fingerprintOf(name, a.labels),
      status: a.status,
      name,
      summary:
        a.annotations["summary"] ?? a.annotations["description"] ?? p.commonAnnotations["summary"] ?? name,
      labels: a.labels,
      annotations: a.annotations,
      startsAt,
      endsAt: a.status === "resolved" ? time(a.endsAt, `${field}.endsAt`, now) : null,
      url: a.generatorURL || a.dashboardURL || a.panelURL || null,
    };
  });
  return {
    groupKey: p.groupKey,
    title: groupTitle(p.groupLabels, p.commonLabels, alerts[0]?.name ?? "alerts"),
    labels: p.commonLabels,
    alerts,
  };
}

/** Normalises Muster's generic JSON (already validated); each distinct group becomes one delivery. */
export function fromGeneric(p: z.infer<typeof GenericPayload>, now: string): Delivery[] {
  const groups = new Map<string, IncomingAlert[]>();
  p.alerts.forEach((a, i) => {
    const field = `alerts.${i}`;
    const startsAt = time(a.startsAt, `${field}.startsAt`, now) ?? now;
    const alert: IncomingAlert = {
      fingerprint: a.id ?? fingerprintOf(a.title, a.labels),
      status: a.status,
      name: a.title,
      summary: a.summary ?? a.title,
      labels: a.labels,
      annotations: a.summary ? { summary: a.summary } : {},
      startsAt,
      endsAt: a.status === "resolved" ? time(a.endsAt, `${field}.endsAt`, now) : null,
      url: a.url ?? null,
    };
    const key = p.group ?? a.title;
    groups.set(key, [...(groups.get(key) ?? []), alert]);
  });
  return [...groups].map(([groupKey, alerts]) => ({
    groupKey,
    title: groupKey.length > 200 ? `${groupKey.slice(0, 199)}…` : groupKey,
    labels: commonLabels(alerts),
    alerts,
  }));
}

/** The labels all the alerts share, with the same value. */
export function commonLabels(alerts: IncomingAlert[]): Record<string, string> {
  const [first, ...rest] = alerts;
  if (!first) return {};
  return Object.fromEntries(
    Object.entries(first.labels).filter(([k, v]) => rest.every((a) => a.labels[k] === v)),
  );
}
