import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { call } from "../support/http.js";
import type { TestServer } from "../support/runtime.js";
import { ENGINES, startTestServer } from "../support/runtime.js";

describe.each(ENGINES)("channel discipline through the API on %s", (engine) => {
  let s: TestServer;
  let ann: string;
  let tom: string;
  let vic: string;

  beforeAll(async () => {
    s = await startTestServer(engine);
    ann = await s.user("ann");
    tom = await s.user("tom");
    vic = await s.user("vic");
  });
  afterAll(async () => s.close());

  it("quiets the channel, sidelines a spectator who then asks for and gets the floor, and pins a message", async () => {
    const d = await call(s, ann, "POST", "/api/v1/incidents", { synopsis: "Login outage", severity: "SEV2" });
    const ref = `/api/v1/incidents/${String(d.body.number)}`;
    await call(s, ann, "POST", `${ref}/responders`, { person: "tom" });
    await call(s, ann, "POST", `${ref}/responders/tom/assignment`, {});
    expect((await call(s, tom, "PUT", `${ref}/channel/quiet`, { on: true })).status).toBe(403);
    const quiet = await call(s, ann, "PUT", `${ref}/channel/quiet`, { on: true });
    expect(quiet.body).toMatchObject({ channel: { quiet: true, quietBy: "ann" } });
    expect((await call(s, ann, "PUT", `${ref}/channel/quiet`, { on: "yes" })).status).toBe(422);

    const aside = await call(s, vic, "POST", `${ref}/messages`, { text: "is SSO affected too?" });
    expect(aside.status).toBe(201);
    expect(aside.body.events).toMatchObject([{ type: "channel.sidelined", data: { why: "quiet" } }]);
    expect((await call(s, vic, "GET", `${ref}/abilities`)).body).toMatchObject({ postsTo: "side-thread" });
    await call(s, vic, "POST", `${ref}/channel/requests`, { text: "I run the SSO proxy" });
    const granted = await call(s, ann, "POST", `${ref}/channel/speakers`, { person: "vic" });
    expect(granted.body).toMatchObject({ channel: { speakers: ["vic"], requests: [] } });
    const spoken = await call(s, vic, "POST", `${ref}/messages`, { text: "SSO proxy is healthy" });
    expect(spoken.body.events).toMatchObject([{ type: "message.posted" }]);

    const posted = await call(s, tom, "POST", `${ref}/messages`, { text: "rollback plan: https://wiki/rb" });
    const seq = (posted.body.events as { seq: number }[])[0]!.seq;
    expect((await call(s, tom, "PUT", `${ref}/channel/pins/${String(seq)}`)).status).toBe(403);
    const pinned = await call(s, ann, "PUT", `${ref}/channel/pins/${String(seq)}`);
    expect(pinned.body).toMatchObject({
      channel: { pinned: [{ seq, author: "tom", text: "rollback plan: https://wiki/rb" }] },
    });
    const notMessage = await call(s, ann, "PUT", `${ref}/channel/pins/1`);
    expect(notMessage.body).toMatchObject({ code: "CHANNEL_STATE", field: "seq" });
    expect((await call(s, ann, "PUT", `${ref}/channel/pins/abc`)).status).toBe(422);
    expect((await call(s, ann, "DELETE", `${ref}/channel/pins/${String(seq)}`)).body).toMatchObject({
      channel: { pinned: [] },
    });
  });
});
