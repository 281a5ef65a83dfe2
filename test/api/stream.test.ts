import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { call } from "../support/http.js";
import type { TestServer } from "../support/runtime.js";
import { ENGINES, startTestServer } from "../support/runtime.js";

type Frame = { id: number; event: string; data: { seq: number; type: string } };

/** Opens an SSE connection and collects frames until `count` arrived. */
async function collect(url: string, token: string, count: number, lastEventId?: number): Promise<Frame[]> {
  const controller = new AbortController();
  const response = await fetch(url, {
    headers: {
      authorization: `Bearer ${token}`,
      ...(lastEventId === undefined ? {} : { "last-event-id": String(lastEventId) }),
    },
    signal: controller.signal,
  });
  expect(response.headers.get("content-type")).toContain("text/event-stream");
  const frames: Frame[] = [];
  const reader = (response.body as ReadableStream<Uint8Array>).getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  const deadline = Date.now() + 10_000;
  while (frames.length < count && Date.now() < deadline) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += decoder.decode(value, { stream: true });
    let cut: number;
    while ((cut = buffer.indexOf("\n\n")) >= 0) {
      const block = buffer.slice(0, cut);
      buffer = buffer.slice(cut + 2);
      const fields = Object.fromEntries(
        block
          .split("\n")
          .filter((l) => !l.startsWith(":"))
          .map((l) => [l.slice(0, l.indexOf(":")), l.slice(l.indexOf(":") + 2)]),
      );
      if (fields.data) {
        frames.push({
          id: Number(fields.id),
          event: String(fields.event),
          data: JSON.parse(String(fields.data)) as Frame["data"],
        });
      }
    }
  }
  controller.abort();
  return frames;
}

describe.each(ENGINES)("live stream on %s", (engine) => {
  let s: TestServer;
  let base: string;
  let ann: string;

  beforeAll(async () => {
    s = await startTestServer(engine);
    ann = await s.user("ann");
    await s.app.listen({ port: 0, host: "127.0.0.1" });
    const address = s.app.server.address();
    base = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
  });
  afterAll(async () => s.close());

  it("replays the backlog, then delivers new events live, and resumes from Last-Event-ID", async () => {
    const d = await call(s, ann, "POST", "/api/v1/incidents", { synopsis: "stream me" });
    const ref = `/api/v1/incidents/${String(d.body.number)}`;
    const declared = d.body.events?.length ?? 0;
    await call(s, ann, "POST", `${ref}/log`, { text: "one" });
    const total = declared + 3;
    const pending = collect(`${base}${ref}/stream`, ann, total);
    await new Promise((r) => setTimeout(r, 200));
    await call(s, ann, "POST", `${ref}/log`, { text: "two" });
    await call(s, ann, "POST", `${ref}/log`, { text: "three" });
    const frames = await pending;
    expect(frames.map((f) => f.id)).toEqual(Array.from({ length: total }, (_, i) => i + 1));
    expect(frames[0]?.event).toBe("incident.declared");
    expect(frames[total - 1]?.data.type).toBe("log.entry");
    const resumed = await collect(`${base}${ref}/stream`, ann, 2, total - 2);
    expect(resumed.map((f) => f.id)).toEqual([total - 1, total]);
  });
});
