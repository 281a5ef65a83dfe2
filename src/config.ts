import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import ipaddr from "ipaddr.js";
import { z } from "zod";
import type { DomainConfig } from "./domain/index.js";
import { defaultDomainConfig } from "./domain/index.js";
import type { PostmortemConfig } from "./capabilities/postmortems/domain/index.js";
import { defaultPostmortemConfig } from "./capabilities/postmortems/domain/index.js";
import type { SlackConfig } from "./capabilities/chat/slack/app.js";
import type { MattermostConfig } from "./capabilities/chat/mattermost/app.js";
import { CHAT_ENV, mattermostConfig, slackConfig } from "./capabilities/chat/config.js";

/** Everything the server reads from its environment (and the optional config file). */
export type ServerConfig = {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  adminToken: string | undefined;
  logLevel: string;
  /** SMTP server for email notifications, e.g. smtp://user:pass@mail.example.com:587 (unset: no email). */
  smtpUrl?: string | undefined;
  mailFrom?: string | undefined;
  domain: DomainConfig;
  /** How long the postmortem's steps may take after the end (defaults: the reference's 3 working days, 7 and 14 days). */
  postmortem?: PostmortemConfig | undefined;
  /** Where people reach this server, for links in messages sent outside (issues, emails). */
  publicUrl?: string | undefined;
  /** The public status page's branding (its address is MUSTER_PUBLIC_URL). */
  statusPage?: { title: string; logoUrl: string | null; accent: string } | undefined;
  /** Follow-ups synced to GitHub Issues (unset: no tracker). */
  github?: GitHubConfig | undefined;
  /** The Slack app (unset: no Slack). */
  slack?: SlackConfig | undefined;
  /** The Mattermost app (unset: no Mattermost). */
  mattermost?: MattermostConfig | undefined;
  /** A request (headers and body) must arrive within this; slow clients are cut off. */
  requestTimeoutSeconds?: number | undefined;
  /** Open connections at most (live streams included); more are refused by the OS backlog. */
  maxConnections?: number | undefined;
  /** One structured log line per request. */
  accessLog?: boolean | undefined;
  /** Live streams one person may hold open on one instance. */
  streamsPerUser?: number | undefined;
  /** Resolved alert groups quiet for longer than this are deleted with their alerts (default 90 days). */
  alertRetentionDays?: number | undefined;
  /** Addresses (CIDRs) webhooks may reach besides the public internet, e.g. an internal receiver. */
  outboundAllow?: string[] | undefined;
  /** Behind a reverse proxy: trust X-Forwarded-For from it (true, a hop count, or addresses). */
  trustProxy?: boolean | number | string[] | undefined;
  /** How long a browser stays signed in (default 7 days). */
  sessionHours?: number | undefined;
  /** The bearer token Prometheus scrapes /metrics with. */
  metricsToken?: string | undefined;
  /** Single sign-on through an OpenID Connect provider (unset: token sign-in only). */
  oidc?: OidcConfig | undefined;
};

/** An OpenID Connect provider people sign in with (authorization code flow with PKCE). */
export type OidcConfig = {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Where the provider sends people back: `<public URL>/api/v1/auth/oidc/callback`. */
  redirectUrl: string;
  scopes: string;
  /** The sign-in button's words. */
  label: string;
  /** The ID token (or userinfo) claim that lists a person's groups. */
  groupsClaim: string;
  /** Groups that give a role (the highest wins), applied at every sign-in when any is configured. */
  roleGroups: Partial<Record<"admin" | "member" | "viewer" | "stakeholder", string[]>>;
  /** Groups that put a person at the end of a team's escalation list (never taken off by sign-in). */
  teamGroups: Record<string, string[]>;
  /** The role of someone provisioned at first sign-in whose groups give none. */
  defaultRole: "member" | "viewer" | "stakeholder";
  /** Seconds to add to this server's clock when checking tokens (a provider whose clock is off). */
  clockSkewSeconds: number;
};

/** GitHub Issues as the follow-ups' tracker. */
export type GitHubConfig = {
  token: string;
  /** "owner/name" of the repository issues are opened in. */
  repository: string;
  /** Shared with the repository's webhook; deliveries are verified with it. */
  webhookSecret: string;
  /** The REST API's base (GitHub Enterprise Server, or a test server). */
  apiUrl: string;
  /** "all": every follow-up of an open incident gets an issue; "on-request": only when asked. */
  sync: "all" | "on-request";
  /** How long to wait for GitHub before giving up and retrying (default 15 s). */
  timeoutMs?: number;
};

/** `name=group,group;name=group`: which groups map to which role or team. */
function groupMap(key: string, example: string) {
  return z
    .string()
    .regex(/^\s*[\w-]+\s*=\s*[^;=]+(;\s*[\w-]+\s*=\s*[^;=]+)*;?\s*$/, `${key} looks like ${example}`)
    .optional();
}

function parseGroupMap(value: string | undefined): Record<string, string[]> {
  const map: Record<string, string[]> = {};
  for (const part of (value ?? "").split(";")) {
    const [name, groups] = part.split("=");
    if (!name?.trim() || !groups) continue;
    map[name.trim()] = groups
      .split(",")
      .map((g) => g.trim())
      .filter(Boolean);
  }
  return map;
}

const FileConfig = z
  .object({
    PORT: z.coerce.number().int().min(0).max(65535).optional(),
    HOST: z.string().optional(),
    MUSTER_DATA_DIR: z.string().optional(),
    DATABASE_URL: z.string().optional(),
    MUSTER_ADMIN_TOKEN: z.string().min(16).optional(),
    MUSTER_LOG_LEVEL: z.string().optional(),
    MUSTER_SPAN_OF_CONTROL: z.coerce.number().int().min(2).max(50).optional(),
    MUSTER_DEFAULT_SEVERITY: z.string().optional(),
    SMTP_URL: z
      .string()
      .regex(/^smtps?:\/\//, "SMTP_URL starts with smtp:// or smtps://")
      .optional(),
    MUSTER_MAIL_FROM: z.string().min(3).optional(),
    MUSTER_POSTMORTEM_DRAFT_WORKING_DAYS: z.coerce.number().int().min(1).max(30).optional(),
    MUSTER_POSTMORTEM_REVIEW_DAYS: z.coerce.number().int().min(1).max(90).optional(),
    MUSTER_POSTMORTEM_PUBLISH_DAYS: z.coerce.number().int().min(1).max(180).optional(),
    MUSTER_PUBLIC_URL: z.url({ protocol: /^https?$/ }).optional(),
    MUSTER_STATUS_TITLE: z.string().trim().min(1).max(120).optional(),
    MUSTER_STATUS_LOGO_URL: z.url({ protocol: /^https?$/ }).optional(),
    MUSTER_STATUS_ACCENT: z
      .string()
      .regex(/^#[0-9a-fA-F]{3,8}$/, "MUSTER_STATUS_ACCENT is a hex colour such as #1f6feb")
      .optional(),
    MUSTER_GITHUB_TOKEN: z.string().min(1).optional(),
    MUSTER_GITHUB_REPOSITORY: z
      .string()
      .regex(/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/, "MUSTER_GITHUB_REPOSITORY is owner/name")
      .optional(),
    MUSTER_GITHUB_WEBHOOK_SECRET: z
      .string()
      .min(16, "MUSTER_GITHUB_WEBHOOK_SECRET needs at least 16 characters")
      .optional(),
    MUSTER_GITHUB_API_URL: z.url({ protocol: /^https?$/ }).optional(),
    MUSTER_GITHUB_SYNC: z.enum(["all", "on-request"]).optional(),
    ...CHAT_ENV,
    MUSTER_OUTBOUND_ALLOW: z
      .string()
      .refine(
        (v) => v.split(",").every((c) => ipaddr.isValidCIDR(c.trim()) || ipaddr.isValid(c.trim())),
        "MUSTER_OUTBOUND_ALLOW is addresses or CIDRs separated by commas, e.g. 10.1.2.0/24,fd00::/8",
      )
      .optional(),
    MUSTER_REQUEST_TIMEOUT_SECONDS: z.coerce.number().int().min(1).max(3600).optional(),
    MUSTER_MAX_CONNECTIONS: z.coerce.number().int().min(10).max(1_000_000).optional(),
    MUSTER_MAX_STREAMS_PER_USER: z.coerce.number().int().min(1).max(100_000).optional(),
    MUSTER_ALERT_RETENTION_DAYS: z.coerce.number().int().min(1).max(36_500).optional(),
    MUSTER_ACCESS_LOG: z.enum(["true", "false"]).optional(),
    MUSTER_TRUST_PROXY: z
      .string()
      .regex(
        /^(true|false|\d{1,2}|[0-9a-fA-F.:/]+(,[0-9a-fA-F.:/]+)*)$/,
        "MUSTER_TRUST_PROXY is true, false, a hop count, or addresses/CIDRs separated by commas",
      )
      .optional(),
    MUSTER_METRICS_TOKEN: z.string().min(16, "MUSTER_METRICS_TOKEN needs at least 16 characters").optional(),
    MUSTER_RESTRICTED_GRACE_HOURS: z.coerce.number().int().min(0).max(87600).optional(),
    MUSTER_SESSION_HOURS: z.coerce.number().int().min(1).max(8760).optional(),
    MUSTER_OIDC_ISSUER: z.url({ protocol: /^https?$/ }).optional(),
    MUSTER_OIDC_CLIENT_ID: z.string().min(1).optional(),
    MUSTER_OIDC_CLIENT_SECRET: z.string().min(1).optional(),
    MUSTER_OIDC_REDIRECT_URL: z.url({ protocol: /^https?$/ }).optional(),
    MUSTER_OIDC_SCOPES: z
      .string()
      .regex(/(^|\s)openid(\s|$)/, "MUSTER_OIDC_SCOPES must include openid")
      .optional(),
    MUSTER_OIDC_LABEL: z.string().min(1).max(60).optional(),
    MUSTER_OIDC_GROUPS_CLAIM: z.string().min(1).optional(),
    MUSTER_OIDC_ROLE_GROUPS: groupMap("MUSTER_OIDC_ROLE_GROUPS", "admin=muster-admins;viewer=staff"),
    MUSTER_OIDC_TEAM_GROUPS: groupMap("MUSTER_OIDC_TEAM_GROUPS", "platform=sre-platform,sre-oncall"),
    MUSTER_OIDC_DEFAULT_ROLE: z.enum(["member", "viewer", "stakeholder"]).optional(),
    MUSTER_OIDC_CLOCK_SKEW_SECONDS: z.coerce.number().int().min(-86400).max(86400).optional(),
    severities: z
      .array(z.object({ level: z.string().min(1), definition: z.string(), response: z.string().default("") }))
      .min(1)
      .optional(),
    periodMinutes: z.record(z.string(), z.number().int().min(5).max(10080)).optional(),
    updateCadenceMinutes: z.record(z.string(), z.number().int().min(1).max(10080)).optional(),
    reminderLeadMinutes: z.number().int().min(0).max(120).optional(),
    transferReminderMinutes: z.number().int().min(1).max(240).optional(),
    longShiftHours: z.number().min(0.5).max(48).optional(),
    objectionWindowSeconds: z
      .object({ low: z.number().int().min(0).max(3600), medium: z.number().int().min(0).max(3600) })
      .optional(),
  })
  .strict();

/**
 * Reads configuration: environment variables win over the file named by MUSTER_CONFIG
 * (default ./muster.config.json, if present), which wins over defaults.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const file = env.MUSTER_CONFIG ?? "muster.config.json";
  const fromFile = existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as unknown) : {};
  const pick = (key: string): string | undefined =>
    env[key] !== undefined && env[key] !== "" ? env[key] : undefined;
  // Every upper-case setting may come from the environment; the lower-case ones are file-only.
  const keys = Object.keys(FileConfig.shape).filter((k) => /^[A-Z]/.test(k));
  const merged: Record<string, unknown> = { ...(fromFile as Record<string, unknown>) };
  for (const key of keys) {
    const value = pick(key);
    if (value !== undefined) merged[key] = value;
  }
  const parsed = FileConfig.safeParse(merged);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(
      `Configuration error at ${issue?.path.join(".") ?? "?"}: ${issue?.message ?? "invalid"} (from ${file} or the environment).`,
    );
  }
  const c = parsed.data;
  const github = githubConfig(c, file);
  const slack = slackConfig(c, file);
  const mattermost = mattermostConfig(c, file);
  const severities = c.severities ?? defaultDomainConfig.severities;
  const defaultSeverity =
    c.MUSTER_DEFAULT_SEVERITY ??
    (severities.some((s) => s.level === defaultDomainConfig.defaultSeverity)
      ? defaultDomainConfig.defaultSeverity
      : (severities[0]?.level ?? "SEV1"));
  return {
    port: c.PORT ?? 4000,
    host: c.HOST ?? "0.0.0.0",
    dataDir: path.resolve(c.MUSTER_DATA_DIR ?? "./data"),
    databaseUrl: c.DATABASE_URL,
    adminToken: c.MUSTER_ADMIN_TOKEN,
    logLevel: c.MUSTER_LOG_LEVEL ?? "info",
    smtpUrl: c.SMTP_URL,
    mailFrom: c.MUSTER_MAIL_FROM ?? "Muster <muster@localhost>",
    publicUrl: c.MUSTER_PUBLIC_URL?.replace(/\/+$/, ""),
    statusPage: {
      title: c.MUSTER_STATUS_TITLE ?? "Service status",
      logoUrl: c.MUSTER_STATUS_LOGO_URL ?? null,
      accent: c.MUSTER_STATUS_ACCENT ?? "#1f6feb",
    },
    github,
    slack,
    mattermost,
    outboundAllow: c.MUSTER_OUTBOUND_ALLOW?.split(",").map((x) => x.trim()) ?? [],
    requestTimeoutSeconds: c.MUSTER_REQUEST_TIMEOUT_SECONDS ?? 30,
    maxConnections: c.MUSTER_MAX_CONNECTIONS ?? 10_000,
    streamsPerUser: c.MUSTER_MAX_STREAMS_PER_USER ?? 50,
    alertRetentionDays: c.MUSTER_ALERT_RETENTION_DAYS ?? 90,
    accessLog: c.MUSTER_ACCESS_LOG !== "false",
    trustProxy: trustProxyOf(c.MUSTER_TRUST_PROXY),
    sessionHours: c.MUSTER_SESSION_HOURS ?? 168,
    metricsToken: c.MUSTER_METRICS_TOKEN,
    oidc: oidcConfig(c, file),
    postmortem: {
      draftWorkingDays: c.MUSTER_POSTMORTEM_DRAFT_WORKING_DAYS ?? defaultPostmortemConfig.draftWorkingDays,
      reviewDays: c.MUSTER_POSTMORTEM_REVIEW_DAYS ?? defaultPostmortemConfig.reviewDays,
      publishDays: c.MUSTER_POSTMORTEM_PUBLISH_DAYS ?? defaultPostmortemConfig.publishDays,
    },
    domain: {
      severities,
      defaultSeverity,
      spanOfControlMax: c.MUSTER_SPAN_OF_CONTROL ?? defaultDomainConfig.spanOfControlMax,
      periodMinutes: c.periodMinutes ?? defaultDomainConfig.periodMinutes,
      objectionWindowSeconds: c.objectionWindowSeconds ?? defaultDomainConfig.objectionWindowSeconds,
      updateCadenceMinutes: c.updateCadenceMinutes ?? defaultDomainConfig.updateCadenceMinutes,
      reminderLeadMinutes: c.reminderLeadMinutes ?? defaultDomainConfig.reminderLeadMinutes,
      transferReminderMinutes: c.transferReminderMinutes ?? defaultDomainConfig.transferReminderMinutes,
      longShiftHours: c.longShiftHours ?? defaultDomainConfig.longShiftHours,
      accessGraceHours: c.MUSTER_RESTRICTED_GRACE_HOURS ?? defaultDomainConfig.accessGraceHours,
    },
  };
}

function trustProxyOf(value: string | undefined): boolean | number | string[] {
  if (value === undefined || value === "false") return false;
  if (value === "true") return true;
  if (/^\d{1,2}$/.test(value)) return Number(value);
  return value.split(",");
}

/** GitHub needs its token, repository and webhook secret together; a partial setup is an error. */
function githubConfig(c: z.infer<typeof FileConfig>, file: string): GitHubConfig | undefined {
  const parts = [c.MUSTER_GITHUB_TOKEN, c.MUSTER_GITHUB_REPOSITORY, c.MUSTER_GITHUB_WEBHOOK_SECRET];
  if (parts.every((p) => p === undefined)) return undefined;
  if (!c.MUSTER_GITHUB_TOKEN || !c.MUSTER_GITHUB_REPOSITORY || !c.MUSTER_GITHUB_WEBHOOK_SECRET) {
    throw new Error(
      `Configuration error: GitHub sync needs MUSTER_GITHUB_TOKEN, MUSTER_GITHUB_REPOSITORY and MUSTER_GITHUB_WEBHOOK_SECRET together (from ${file} or the environment).`,
    );
  }
  return {
    token: c.MUSTER_GITHUB_TOKEN,
    repository: c.MUSTER_GITHUB_REPOSITORY,
    webhookSecret: c.MUSTER_GITHUB_WEBHOOK_SECRET,
    apiUrl: (c.MUSTER_GITHUB_API_URL ?? "https://api.github.com").replace(/\/+$/, ""),
    sync: c.MUSTER_GITHUB_SYNC ?? "all",
  };
}

/** Single sign-on needs its issuer, client id and secret together, and somewhere to come back to. */
function oidcConfig(c: z.infer<typeof FileConfig>, file: string): OidcConfig | undefined {
  const parts = [c.MUSTER_OIDC_ISSUER, c.MUSTER_OIDC_CLIENT_ID, c.MUSTER_OIDC_CLIENT_SECRET];
  if (parts.every((p) => p === undefined)) return undefined;
  if (!c.MUSTER_OIDC_ISSUER || !c.MUSTER_OIDC_CLIENT_ID || !c.MUSTER_OIDC_CLIENT_SECRET) {
    throw new Error(
      `Configuration error: single sign-on needs MUSTER_OIDC_ISSUER, MUSTER_OIDC_CLIENT_ID and MUSTER_OIDC_CLIENT_SECRET together (from ${file} or the environment).`,
    );
  }
  const base = c.MUSTER_PUBLIC_URL?.replace(/\/+$/, "");
  const redirectUrl = c.MUSTER_OIDC_REDIRECT_URL ?? (base ? `${base}/api/v1/auth/oidc/callback` : undefined);
  if (!redirectUrl) {
    throw new Error(
      `Configuration error: single sign-on needs MUSTER_PUBLIC_URL (or MUSTER_OIDC_REDIRECT_URL) to tell the provider where to send people back (from ${file} or the environment).`,
    );
  }
  const roleGroups = parseGroupMap(c.MUSTER_OIDC_ROLE_GROUPS);
  const unknown = Object.keys(roleGroups).find(
    (r) => !["admin", "member", "viewer", "stakeholder"].includes(r),
  );
  if (unknown) {
    throw new Error(
      `Configuration error at MUSTER_OIDC_ROLE_GROUPS: "${unknown}" is not a role (admin, member, viewer, stakeholder).`,
    );
  }
  return {
    issuer: c.MUSTER_OIDC_ISSUER,
    clientId: c.MUSTER_OIDC_CLIENT_ID,
    clientSecret: c.MUSTER_OIDC_CLIENT_SECRET,
    redirectUrl,
    scopes: c.MUSTER_OIDC_SCOPES ?? "openid email profile",
    label: c.MUSTER_OIDC_LABEL ?? "Sign in with single sign-on",
    groupsClaim: c.MUSTER_OIDC_GROUPS_CLAIM ?? "groups",
    roleGroups,
    teamGroups: parseGroupMap(c.MUSTER_OIDC_TEAM_GROUPS),
    defaultRole: c.MUSTER_OIDC_DEFAULT_ROLE ?? "member",
    clockSkewSeconds: c.MUSTER_OIDC_CLOCK_SKEW_SECONDS ?? 0,
  };
}

/** A quiet configuration on embedded SQLite in `dataDir` (tools, benchmarks, throwaway runs). */
export function embeddedConfig(dataDir: string): ServerConfig {
  return {
    port: 0,
    host: "127.0.0.1",
    dataDir,
    databaseUrl: undefined,
    adminToken: undefined,
    logLevel: "silent",
    domain: defaultDomainConfig,
  };
}
