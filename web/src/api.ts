import type { EventEnvelope, StatusDoc } from "../../src/domain/index.js";
import type { z } from "zod";
import type { IncidentListOut, OrgNodeOut } from "../../src/http/responses.js";
import type { paths } from "../../src/contract/api.js";
import type { Answer, Problem, Schemas } from "../../src/contract/client.js";

export type { Problem };

/** A failed API call, carrying the server's problem+json. */
export class ApiError extends Error {
  constructor(
    readonly problem: Problem,
    readonly status: number,
  ) {
    super(problem.detail);
  }
}

/**
 * The browser is signed in by an HttpOnly session cookie that scripts cannot read; changes carry
 * the session's CSRF token, which the app gets from GET /session (never stored).
 */
let csrfToken = "";

/** Remembers the CSRF token of the session just started or found. */
export function setCsrf(value: string | null): void {
  csrfToken = value ?? "";
}

/** Takes out the token an earlier version kept in localStorage (once), to trade it for a session. */
export function takeLegacyToken(): string | null {
  const value = localStorage.getItem("muster.token");
  localStorage.removeItem("muster.token");
  return value;
}

/** Calls the API with the session cookie; problem+json answers become ApiError. */
export async function api<T>(method: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(`/api/v1${path}`, {
    method,
    headers: {
      ...(method === "GET" ? {} : { "x-csrf-token": csrfToken }),
      ...(body === undefined ? {} : { "content-type": "application/json" }),
    },
    body: body === undefined ? null : JSON.stringify(body),
  });
  const text = await response.text();
  const json: unknown = text ? JSON.parse(text) : null;
  if (!response.ok) throw new ApiError(json as Problem, response.status);
  return json as T;
}

/** Reads a non-JSON representation (the status doc as Markdown, the tree as text). */
export async function apiText(path: string, accept: string): Promise<string> {
  const response = await fetch(`/api/v1${path}`, {
    headers: { accept },
  });
  return response.ok ? response.text() : "";
}

/** The browser's session (GET /session). */
export type Session = Schemas["Session"];
/** The signed-in person (GET /me). */
export type Me = Schemas["User"];
/** A person known to Muster. */
export type User = Schemas["ListedUser"];
/** An incident in the list, typed by the same schema the API answers with. */
export type IncidentSummary = z.infer<typeof IncidentListOut>["incidents"][number];
export type { EventEnvelope, StatusDoc };
export type OrgNode = OrgNodeOut;
/** Runs a command on the open incident; resolves true when the API accepted it. */
export type Act = (method: string, path: string, body?: unknown) => Promise<boolean>;

export type Abilities = Schemas["Abilities"];
export type Config = Schemas["Config"];
/** A pending handover offer with its briefing (GET /incidents/:ref/transfers). */
export type Offer = TransfersBody["transfers"][number];
type TransfersBody =
  paths["/api/v1/incidents/{ref}/transfers"]["get"]["responses"][200]["content"]["application/json"];

/** One in-app notification (GET /inbox). */
export type InboxItem = Answer<"/api/v1/inbox", "get">["items"][number];
/** A team and its escalation list (GET /teams). */
export type Team = Answer<"/api/v1/teams", "get">["teams"][number];

type Frame = { id: string; event: string; data: string };

/**
 * Follows a Server-Sent Events stream with fetch (EventSource cannot send Last-Event-ID on the first connection),
 * reconnecting after a drop with Last-Event-ID so nothing is missed. Returns a stop function.
 */
export function followStream(
  path: string,
  onFrames: (frames: Frame[]) => void,
  lastId = "",
  onStatus: (connected: boolean) => void = () => undefined,
): () => void {
  let last = lastId;
  let stopped = false;
  const controller = new AbortController();
  const run = async (): Promise<void> => {
    while (!stopped) {
      try {
        const response = await fetch(`/api/v1${path}`, {
          headers: last ? { "last-event-id": last } : {},
          signal: controller.signal,
        });
        if (!response.ok || !response.body) throw new Error(`stream answered ${String(response.status)}`);
        onStatus(true);
        const reader = response.body.getReader();
        const decoder = new TextDecoder();
        let buffer = "";
        for (;;) {
          const { value, done } = await reader.read();
          if (done) break;
          buffer += decoder.decode(value, { stream: true });
          const { frames, rest } = parseFrames(buffer);
          buffer = rest;
          const lastFrame = frames.at(-1);
          if (lastFrame?.id) last = lastFrame.id;
          if (frames.length) onFrames(frames);
        }
      } catch {
        if (stopped) return;
      }
      onStatus(false);
      await new Promise((r) => setTimeout(r, 1000));
    }
  };
  void run();
  return () => {
    stopped = true;
    controller.abort();
  };
}

/** Splits complete SSE blocks off a buffer; comments and heartbeats are skipped. */
export function parseFrames(buffer: string): { frames: Frame[]; rest: string } {
  const frames: Frame[] = [];
  let rest = buffer;
  let cut: number;
  while ((cut = rest.indexOf("\n\n")) >= 0) {
    const block = rest.slice(0, cut);
    rest = rest.slice(cut + 2);
    const frame: Frame = { id: "", event: "message", data: "" };
    for (const line of block.split("\n")) {
      if (line.startsWith("id: ")) frame.id = line.slice(4);
      else if (line.startsWith("event: ")) frame.event = line.slice(7);
      else if (line.startsWith("data: ")) frame.data = line.slice(6);
    }
    if (frame.data) frames.push(frame);
  }
  return { frames, rest };
}

/** Follows an incident's events from `after`, resuming by seq. */
export function followIncident(
  ref: string,
  onEvents: (events: EventEnvelope[]) => void,
  onStatus?: (connected: boolean) => void,
): () => void {
  return followStream(
    `/incidents/${ref}/stream`,
    (frames) => {
      onEvents(frames.map((f) => JSON.parse(f.data) as EventEnvelope));
    },
    "",
    onStatus,
  );
}

/** Follows the incident list: each frame is a row to upsert; `ready` ends the first backlog. */
export function followIncidentList(
  status: string,
  onRows: (rows: IncidentSummary[], ready: boolean) => void,
  onStatus?: (connected: boolean) => void,
): () => void {
  return followStream(
    `/incidents/stream?status=${status}`,
    (frames) => {
      const rows = frames
        .filter((f) => f.event === "incident")
        .map((f) => JSON.parse(f.data) as IncidentSummary);
      onRows(
        rows,
        frames.some((f) => f.event === "ready"),
      );
    },
    "",
    onStatus,
  );
}
