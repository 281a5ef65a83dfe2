import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { defaultDomainConfig } from "../../src/domain/index.js";
import { call } from "../support/http.js";
import type { TestServer } from "../support/runtime.js";
import { ENGINES, startTestServer } from "../support/runtime.js";

/** Whether a person sees the incident: in the list and by number (the two visibility paths). */
async function sees(s: TestServer, token: string, n: number): Promise<boolean> {
  const list = (await call(s, token, "GET", "/api/v1/incidents")).body.incidents as { number: number }[];
  const one = await call(s, token, "GET", `/api/v1/incidents/${String(n)}`);
  expect(list.some((i) => i.number === n)).toBe(one.status === 200);
  return one.status === 200;
}

describe.each(ENGINES)(
  "access to restricted incidents ends after involvement plus a grace period (%s)",
  (engine) => {
    let s: TestServer;
    const t: Record<string, string> = {};
    beforeAll(async () => {
      // No grace at all, so that "after the grace period" is now.
      s = await startTestServer(engine, { domain: { ...defaultDomainConfig, accessGraceHours: 0 } });
      for (const h of ["ann", "bob", "cy", "dee"]) t[h] = await s.user(h);
    });
    afterAll(async () => {
      await s.close();
    });

    async function restricted(): Promise<number> {
      const r = await call(s, t.ann ?? "", "POST", "/api/v1/incidents", {
        synopsis: "Credential leak",
        severity: "SEV1",
        visibility: "restricted",
      });
      expect(r.status).toBe(201);
      return r.body.number as number;
    }

    it("keeps a responder's access while checked in and ends it when released", async () => {
      const n = await restricted();
      const ref = String(n);
      expect(await sees(s, t.bob ?? "", n)).toBe(false);
      await call(s, t.ann ?? "", "POST", `/api/v1/incidents/${ref}/responders`, { person: "bob" });
      expect(await sees(s, t.bob ?? "", n)).toBe(true);
      const released = await call(s, t.ann ?? "", "DELETE", `/api/v1/incidents/${ref}/responders/bob`, {
        reason: "done",
      });
      expect(released.status).toBe(200);
      expect(await sees(s, t.bob ?? "", n)).toBe(false);
      // Their commands fail exactly as for an incident that does not exist.
      const write = await call(s, t.bob ?? "", "POST", `/api/v1/incidents/${ref}/log`, {
        text: "still here?",
      });
      expect(write.status).toBe(404);
      // The declarer keeps it.
      expect(await sees(s, t.ann ?? "", n)).toBe(true);
    });

    it("gives access explicitly until revoked, by the IC only", async () => {
      const n = await restricted();
      const ref = String(n);
      await call(s, t.ann ?? "", "POST", `/api/v1/incidents/${ref}/responders`, { person: "cy" });
      const notIc = await call(s, t.cy ?? "", "POST", `/api/v1/incidents/${ref}/access`, { person: "dee" });
      expect(notIc.body.code).toBe("NOT_IN_COMMAND");
      expect(
        (await call(s, t.ann ?? "", "POST", `/api/v1/incidents/${ref}/access`, { person: "dee" })).status,
      ).toBe(200);
      expect(await sees(s, t.dee ?? "", n)).toBe(true);
      const listed = await call(s, t.ann ?? "", "GET", `/api/v1/incidents/${ref}/access`);
      expect(listed.body.people).toEqual(
        expect.arrayContaining([
          { handle: "dee", until: null, granted: true },
          { handle: "cy", until: null, granted: false },
        ]),
      );
      expect(
        (await call(s, t.ann ?? "", "POST", `/api/v1/incidents/${ref}/access`, { person: "dee" })).body.code,
      ).toBe("ALREADY_GRANTED");
      expect((await call(s, t.ann ?? "", "DELETE", `/api/v1/incidents/${ref}/access/dee`)).status).toBe(200);
      expect(await sees(s, t.dee ?? "", n)).toBe(false);
    });

    it("keeps a paged person's access while the page is open, and not after it is over", async () => {
      const n = await restricted();
      const ref = String(n);
      const page = await call(s, t.ann ?? "", "POST", `/api/v1/incidents/${ref}/dispatches`, {
        person: "dee",
        message: "Need you on the leak",
      });
      expect(page.status).toBe(201);
      expect(await sees(s, t.dee ?? "", n)).toBe(true);
      const id = String(page.body.events?.find((e) => e.type === "dispatch.requested")?.data.id);
      // Answered without checking in: the page is over, and so (with no grace) is the access.
      const ack = await call(s, t.dee ?? "", "POST", `/api/v1/incidents/${ref}/dispatches/${id}/ack`, {
        checkIn: false,
      });
      expect(ack.status).toBe(200);
      expect(await sees(s, t.dee ?? "", n)).toBe(false);
    });

    it("ends everyone's involvement access at the end; the audience and grants stay", async () => {
      const n = await restricted();
      const ref = String(n);
      await call(s, t.ann ?? "", "POST", `/api/v1/incidents/${ref}/responders`, { person: "bob" });
      await call(s, t.ann ?? "", "POST", `/api/v1/incidents/${ref}/access`, { person: "cy" });
      const ended = await call(s, t.ann ?? "", "POST", `/api/v1/incidents/${ref}/status`, {
        status: "ended",
        summary: "rotated",
        confirm: true,
      });
      expect(ended.status).toBe(200);
      expect(await sees(s, t.bob ?? "", n)).toBe(false);
      expect(await sees(s, t.cy ?? "", n)).toBe(true);
      expect(await sees(s, s.adminToken, n)).toBe(true);
    });

    it("refuses grants on an open incident", async () => {
      const r = await call(s, t.ann ?? "", "POST", "/api/v1/incidents", {
        synopsis: "Open one",
        severity: "SEV3",
      });
      const g = await call(s, t.ann ?? "", "POST", `/api/v1/incidents/${String(r.body.number)}/access`, {
        person: "dee",
      });
      expect(g.status).toBe(409);
      expect(g.body.code).toBe("NOT_RESTRICTED");
    });
  },
);

describe("the default grace period", () => {
  it("keeps a released responder's access for the grace period (14 days by default)", async () => {
    const s = await startTestServer("sqlite");
    try {
      const ann = await s.user("ann");
      const bob = await s.user("bob");
      const r = await call(s, ann, "POST", "/api/v1/incidents", {
        synopsis: "Leak",
        severity: "SEV1",
        visibility: "restricted",
      });
      const ref = String(r.body.number);
      await call(s, ann, "POST", `/api/v1/incidents/${ref}/responders`, { person: "bob" });
      await call(s, ann, "DELETE", `/api/v1/incidents/${ref}/responders/bob`, { reason: "done" });
      expect(await sees(s, bob, r.body.number as number)).toBe(true);
      const access = await call(s, ann, "GET", `/api/v1/incidents/${ref}/access`);
      const until = (access.body.people as { handle: string; until: string | null }[]).find(
        (p) => p.handle === "bob",
      )?.until;
      const days = (Date.parse(until ?? "") - Date.now()) / 86_400_000;
      expect(days).toBeGreaterThan(13.9);
      expect(days).toBeLessThanOrEqual(14);
    } finally {
      await s.close();
    }
  });
});
