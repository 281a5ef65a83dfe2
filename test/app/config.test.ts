import { describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.js";

const NO_FILE = { MUSTER_CONFIG: "/nonexistent/muster.config.json" };

describe("configuration from the environment", () => {
  it("reads the postmortem schedule and the public URL by their documented names", () => {
    const c = loadConfig({
      ...NO_FILE,
      MUSTER_POSTMORTEM_DRAFT_WORKING_DAYS: "2",
      MUSTER_POSTMORTEM_REVIEW_DAYS: "5",
      MUSTER_POSTMORTEM_PUBLISH_DAYS: "10",
      MUSTER_PUBLIC_URL: "https://muster.example.com/",
    });
    expect(c.postmortem).toEqual({ draftWorkingDays: 2, reviewDays: 5, publishDays: 10 });
    expect(c.publicUrl).toBe("https://muster.example.com");
    expect(c.github).toBeUndefined();
  });

  it("sets up GitHub sync from its three names, with GitHub's API and every follow-up by default", () => {
    const c = loadConfig({
      ...NO_FILE,
      MUSTER_GITHUB_TOKEN: "ghp_x",
      MUSTER_GITHUB_REPOSITORY: "acme/ops",
      MUSTER_GITHUB_WEBHOOK_SECRET: "0123456789abcdef",
    });
    expect(c.github).toEqual({
      token: "ghp_x",
      repository: "acme/ops",
      webhookSecret: "0123456789abcdef",
      apiUrl: "https://api.github.com",
      sync: "all",
    });
  });

  it("refuses a partial or malformed GitHub setup, naming what is wrong", () => {
    expect(() => loadConfig({ ...NO_FILE, MUSTER_GITHUB_TOKEN: "ghp_x" })).toThrow(
      /MUSTER_GITHUB_REPOSITORY/,
    );
    expect(() =>
      loadConfig({
        ...NO_FILE,
        MUSTER_GITHUB_TOKEN: "x",
        MUSTER_GITHUB_REPOSITORY: "acme",
        MUSTER_GITHUB_WEBHOOK_SECRET: "0123456789abcdef",
      }),
    ).toThrow(/owner\/name/);
    expect(() =>
      loadConfig({
        ...NO_FILE,
        MUSTER_GITHUB_TOKEN: "x",
        MUSTER_GITHUB_REPOSITORY: "a/b",
        MUSTER_GITHUB_WEBHOOK_SECRET: "short",
      }),
    ).toThrow(/16 characters/);
    expect(() => loadConfig({ ...NO_FILE, MUSTER_GITHUB_SYNC: "sometimes" })).toThrow(/MUSTER_GITHUB_SYNC/);
    expect(() => loadConfig({ ...NO_FILE, MUSTER_PUBLIC_URL: "javascript:alert(1)" })).toThrow(
      /MUSTER_PUBLIC_URL/,
    );
  });

  it("reads the limits, the outbound allow-list and the proxy trust by their documented names", () => {
    const c = loadConfig({
      ...NO_FILE,
      MUSTER_REQUEST_TIMEOUT_SECONDS: "20",
      MUSTER_MAX_CONNECTIONS: "500",
      MUSTER_OUTBOUND_ALLOW: "10.1.2.0/24, fd00::/8,192.168.1.5",
      MUSTER_TRUST_PROXY: "1",
    });
    expect(c).toMatchObject({
      requestTimeoutSeconds: 20,
      maxConnections: 500,
      outboundAllow: ["10.1.2.0/24", "fd00::/8", "192.168.1.5"],
      trustProxy: 1,
    });
    const d = loadConfig(NO_FILE);
    expect(d).toMatchObject({
      requestTimeoutSeconds: 30,
      maxConnections: 10_000,
      streamsPerUser: 50,
      outboundAllow: [],
      trustProxy: false,
    });
    expect(loadConfig({ ...NO_FILE, MUSTER_TRUST_PROXY: "10.0.0.1,10.0.0.2" }).trustProxy).toEqual([
      "10.0.0.1",
      "10.0.0.2",
    ]);
    expect(() => loadConfig({ ...NO_FILE, MUSTER_OUTBOUND_ALLOW: "intranet" })).toThrow(
      /MUSTER_OUTBOUND_ALLOW/,
    );
  });
});
