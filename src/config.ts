import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import type { DomainConfig } from "./domain/index.js";
import { defaultDomainConfig } from "./domain/index.js";
import type { PostmortemConfig } from "./capabilities/postmortems/domain/index.js";
import { defaultPostmortemConfig } from "./capabilities/postmortems/domain/index.js";

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
};

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
  const keys = [
    "PORT",
    "HOST",
    "MUSTER_DATA_DIR",
    "DATABASE_URL",
    "MUSTER_ADMIN_TOKEN",
    "MUSTER_LOG_LEVEL",
    "MUSTER_SPAN_OF_CONTROL",
    "MUSTER_DEFAULT_SEVERITY",
    "SMTP_URL",
    "MUSTER_MAIL_FROM",
  ];
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
    },
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
