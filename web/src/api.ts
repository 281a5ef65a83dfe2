import type { EventEnvelope, StatusDoc } from "../../src/domain/index.js";
import type { z } from "zod";
import type { IncidentListOut } from "../../src/http/responses.js";

export type Problem = { code: string; detail: string; field?: string };

/** A failed API call, carrying the server's problem+json. */
export class ApiError extends Error {
  constructor(
    readonly problem: Problem,
    readonly status: number,
  ) {
    super(problem.detail);
  }
}

const TOKEN_KEY = "muster.token";

export const token = {
  get: (): string | null => localStorage.getItem(TOKEN_KEY),
  set: (value: string): void => {
    localStorage.setItem(TOKEN_KEY, value);
  },
  clear: (): void => {
    localStorage.removeItem(TOKEN_KEY);
  },
};

/** Calls the API with the stored token; problem+json answers become ApiError. */
export async function api<T>(method: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(`/api/v1${path}`, {
    method,
    headers: {
      authorization: `Bearer ${token.get() ?? ""}`,
      ...(body === undefined ? {} : { "content-type": "application/json" }),
    },
    body: body === undefined ? null : JSON.stringify(body),
  });
  const text = await response.text();
  const json: unknown = text ? JSON.parse(text) : null;
  if (!response.ok) throw new ApiError(json as Problem, response.status);
  return json as T;
}

export type Me = { handle: string; displayName: string; isAdmin: boolean };
/** An incident in the list, typed by the same schema the API answers with. */
export type IncidentSummary = z.infer<typeof IncidentListOut>["incidents"][number];
export type { EventEnvelope, StatusDoc };

/**
 * Follows an incident's Server-Sent Events with fetch (EventSource cannot send a bearer
 * token), resuming from the last seq after a drop. Returns a function that stops it.
 */
export function followIncident(
  ref: string,
  onEvents: (events: EventEnvelope[]) => void,
  after = 0,
): () => void {
  let last = after;
  let stopped = false;
  const controller = new AbortController();
  const run = async (): Promise<void> => {
    while (!stopped) {
      try {
        const response = await fetch(`/api/v1/incidents/${ref}/stream`, {
          headers: { authorization: `Bearer ${token.get() ?? ""}`, "last-event-id": String(last) },
          signal: controller.signal,
        });
        const reader = (response.body as ReadableStream<Uint8Array>).getReader();
        const decoder = new TextDecoder();
        let buffer = "";
        for (;;) {
          const { value, done } = await reader.read();
          if (done) break;
          buffer += decoder.decode(value, { stream: true });
          const batch: EventEnvelope[] = [];
          let cut: number;
          while ((cut = buffer.indexOf("\n\n")) >= 0) {
            const block = buffer.slice(0, cut);
            buffer = buffer.slice(cut + 2);
            const data = block.split("\n").find((l) => l.startsWith("data: "));
            if (data) {
              const event = JSON.parse(data.slice(6)) as EventEnvelope;
              last = event.seq;
              batch.push(event);
            }
          }
          if (batch.length) onEvents(batch);
        }
      } catch {
        if (stopped) return;
      }
      await new Promise((r) => setTimeout(r, 1000));
    }
  };
  void run();
  return () => {
    stopped = true;
    controller.abort();
  };
}
