import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TestProvider } from "../support/oidc.js";
import { freePort } from "../support/postgres.js";
import { cspViolations, tokenFor, useBrowserRig } from "../support/browser.js";

const ADMIN = "browser-signin-admin-token-0123456789";

describe("signing in from Chromium: single sign-on and session cookies", () => {
  let idp: TestProvider;
  let port = 0;
  beforeAll(async () => {
    port = await freePort();
    idp = await TestProvider.start(`http://127.0.0.1:${String(port)}/api/v1/auth/oidc/callback`);
  });
  afterAll(async () => {
    await idp.stop();
  });
  const rig = useBrowserRig(ADMIN, () => ({
    PORT: String(port),
    MUSTER_PUBLIC_URL: `http://127.0.0.1:${String(port)}`,
    MUSTER_OIDC_ISSUER: idp.issuer,
    MUSTER_OIDC_CLIENT_ID: "muster",
    MUSTER_OIDC_CLIENT_SECRET: "muster-secret-0123456789",
    MUSTER_OIDC_SCOPES: "openid email profile groups",
    MUSTER_OIDC_LABEL: "Sign in with Example SSO",
    MUSTER_OIDC_ROLE_GROUPS: "admin=muster-admins;viewer=staff",
  }));

  it("signs in through the provider, keeps no token where scripts can read it, and signs out", async () => {
    const { server, browser } = rig();
    const page = await (await browser.newContext()).newPage();
    await page.goto(`${server.url}/#/people`);
    idp.as({ sub: "v-1", email: "vera@example.com", name: "Vera Viewer", groups: ["staff"] });
    await page.getByRole("link", { name: "Sign in with Example SSO" }).click();
    // Back from the provider, on the page asked for, as a provisioned viewer.
    await page.getByRole("heading", { name: "People" }).waitFor();
    expect(page.url()).toBe(`${server.url}/#/people`);
    await page.getByRole("cell", { name: "vera", exact: true }).waitFor();
    await page.getByRole("cell", { name: "viewer", exact: true }).waitFor();
    expect(await page.evaluate("({ cookie: document.cookie, stored: { ...localStorage } })")).toEqual({
      cookie: "",
      stored: {},
    });
    const cookies = await page.context().cookies();
    expect(cookies.find((c) => c.name === "muster_session")).toMatchObject({
      httpOnly: true,
      sameSite: "Lax",
    });
    await page.getByRole("link", { name: "← Incidents" }).click();
    await page.getByRole("button", { name: "Sign out" }).click();
    await page.getByRole("link", { name: "Sign in with Example SSO" }).waitFor();
    await page.reload();
    await page.getByRole("link", { name: "Sign in with Example SSO" }).waitFor();
    expect((await page.context().cookies()).find((c) => c.name === "muster_session")).toBeUndefined();
    expect(cspViolations()).toEqual([]);
  }, 120_000);

  it("trades a token an older version left in localStorage for a session, and forgets it", async () => {
    const { server, browser } = rig();
    const token = await tokenFor(server.url, ADMIN, "ann");
    const page = await (await browser.newContext()).newPage();
    await page.goto(server.url);
    await page.getByLabel("API token").waitFor();
    await page.evaluate(`localStorage.setItem("muster.token", ${JSON.stringify(token)})`);
    await page.reload();
    await page.getByRole("heading", { name: "Incidents" }).waitFor();
    expect(await page.evaluate(`localStorage.getItem("muster.token")`)).toBeNull();
  }, 120_000);

  it("shows why a sign-in failed", async () => {
    const { server, browser } = rig();
    const page = await (await browser.newContext()).newPage();
    await page.goto(`${server.url}/?signin_error=SIGN_IN_EXPIRED`);
    await page.getByRole("alert").getByText("That sign-in took too long or was already used").waitFor();
    expect(page.url()).toBe(`${server.url}/`);
  }, 120_000);

  it("refuses a change that lacks the session's CSRF token, though the browser sends the cookie", async () => {
    const { server, browser } = rig();
    const token = await tokenFor(server.url, ADMIN, "bob");
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(server.url);
    await page.getByLabel("API token").fill(token);
    await page.getByLabel("API token").press("Enter");
    await page.getByRole("heading", { name: "Incidents" }).waitFor();
    // A same-origin script without the CSRF header stands in for any request the token is missing from.
    const status = await page.evaluate(async () => {
      const r = await fetch("/api/v1/incidents", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ synopsis: "forged", severity: "SEV3" }),
      });
      return r.status;
    });
    expect(status).toBe(403);
  }, 120_000);
});
