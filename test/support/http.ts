import type { TestServer } from "./runtime.js";

export type Reply = {
  status: number;
  body: Record<string, unknown> & {
    events?: { type: string; seq: number; actorRoles: string[]; data: Record<string, unknown> }[];
  };
  headers: Record<string, unknown>;
};

/** Sends one request through Fastify's inject (no socket) and parses the JSON answer. */
export async function call(
  server: TestServer,
  token: string | null,
  method: string,
  url: string,
  body?: unknown,
): Promise<Reply> {
  const response = await server.app.inject({
    method: method as "GET",
    url,
    headers: {
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(body === undefined ? {} : { "content-type": "application/json" }),
    },
    ...(body === undefined ? {} : { payload: typeof body === "string" ? body : JSON.stringify(body) }),
  });
  let parsed: Record<string, unknown>;
  try {
    parsed = JSON.parse(response.body) as Record<string, unknown>;
  } catch {
    parsed = { text: response.body };
  }
  return { status: response.statusCode, body: parsed, headers: response.headers };
}

/** Waits until a condition holds (what a durable consumer does happens soon after the commit). */
export async function until(what: () => boolean | Promise<boolean>, ms = 15_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await what())) {
    if (Date.now() > deadline) throw new Error("timed out waiting");
    await new Promise((r) => setTimeout(r, 25));
  }
}
