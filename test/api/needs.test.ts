import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { call } from "../support/http.js";
import type { TestServer } from "../support/runtime.js";
import { ENGINES, startTestServer } from "../support/runtime.js";

describe.each(ENGINES)("needs from CAN reports through the API on %s", (engine) => {
  let s: TestServer;
  let ann: string;
  let dee: string;
  let tom: string;

  beforeAll(async () => {
    s = await startTestServer(engine);
    ann = await s.user("ann");
    dee = await s.user("dee");
    tom = await s.user("tom");
  });
  afterAll(async () => s.close());

  it("keeps a CAN's need open until answered, links the answer and tells the reporter", async () => {
    const d = await call(s, ann, "POST", "/api/v1/incidents", { synopsis: "Replica lag", severity: "SEV2" });
    const ref = `/api/v1/incidents/${String(d.body.number)}`;
    for (const person of ["dee", "tom"]) {
      await call(s, ann, "POST", `${ref}/responders`, { person });
      await call(s, ann, "POST", `${ref}/responders/${person}/assignment`, {});
    }
    const can = { conditions: "lag 40 s", actions: "throttling writers", needs: "a DBA with replica access" };
    expect((await call(s, tom, "POST", `${ref}/reports`, can)).status).toBe(201);
    const { needs } = (await call(s, dee, "GET", `${ref}/needs`)).body as { needs: { id: string }[] };
    expect(needs).toHaveLength(1);
    const id = needs[0]!.id;
    expect((await call(s, ann, "GET", `${ref}/abilities`)).body).toMatchObject({ answerNeeds: [id] });

    const byDee = await call(s, dee, "POST", `${ref}/needs/${id}/answer`, { answer: "me" });
    expect(byDee.status).toBe(403);
    expect(byDee.body).toMatchObject({ code: "NOT_IN_COMMAND" });
    const empty = await call(s, ann, "POST", `${ref}/needs/${id}/answer`, { answer: "" });
    expect(empty.status).toBe(422);
    expect(empty.body).toMatchObject({ field: "answer" });
    const unknown = await call(s, ann, "POST", `${ref}/needs/nope/answer`, { answer: "x" });
    expect(unknown.status).toBe(404);
    expect(unknown.body).toMatchObject({ code: "NEED_NOT_FOUND", field: "id" });

    const given = await call(s, ann, "POST", `${ref}/needs/${id}/assign`, { assignee: "dee" });
    expect(given.status).toBe(200);
    const answered = await call(s, dee, "POST", `${ref}/needs/${id}/answer`, {
      answer: "Priya (DBA) joins at 10:40",
    });
    expect(answered.status).toBe(200);
    expect(answered.body).toMatchObject({ needs: [] });
    const again = await call(s, ann, "POST", `${ref}/needs/${id}/answer`, { answer: "x" });
    expect(again.body).toMatchObject({ code: "NEED_CLOSED" });
    await s.runtime.deliveries.tick();
    const inbox = (await call(s, tom, "GET", "/api/v1/inbox")).body.items as { body: string }[];
    expect(inbox.map((i) => i.body)).toContainEqual(expect.stringContaining("Priya (DBA) joins at 10:40"));
  });
});
