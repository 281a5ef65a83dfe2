import type { Server, ServerResponse } from "node:http";
import type { FastifyReply } from "fastify";
import { HttpProblem } from "./problem.js";

const HEARTBEAT_MS = 15_000;

/** Open streams per HTTP server, so shutdown can end them (keyed by the Node server). */
const openStreams = new WeakMap<Server, Set<ServerResponse>>();
/** Open streams per person, per server: one person cannot hold every socket. */
const perPerson = new WeakMap<Server, Map<string, number>>();

declare module "fastify" {
  interface FastifyInstance {
    /** Live streams one person may hold open on this instance (tabs, screens, scripts). */
    streamsPerPerson: number;
  }
}

/**
 * Takes over the response as a Server-Sent Events stream with a heartbeat. Returns a writer;
 * `onClose` runs once when the client goes away or the server shuts down.
 */
export function openEventStream(
  reply: FastifyReply,
  person: string,
  onClose: () => void,
): (frame: string) => void {
  const server = reply.server.server;
  const counts = perPerson.get(server) ?? new Map<string, number>();
  perPerson.set(server, counts);
  const held = counts.get(person) ?? 0;
  if (held >= reply.server.streamsPerPerson) {
    onClose();
    throw new HttpProblem(
      429,
      "TOO_MANY_STREAMS",
      "Too many live streams",
      `You have ${String(held)} live streams open; close some tabs or scripts first.`,
      undefined,
      5,
    );
  }
  counts.set(person, held + 1);
  reply.hijack();
  const raw = reply.raw;
  raw.writeHead(200, {
    "content-type": "text/event-stream; charset=utf-8",
    "cache-control": "no-cache, no-transform",
    connection: "keep-alive",
    "x-accel-buffering": "no",
  });
  raw.write(": connected\n\n");
  const streams = openStreams.get(server) ?? new Set<ServerResponse>();
  openStreams.set(server, streams);
  streams.add(raw);
  const heartbeat = setInterval(() => raw.write(": keep-alive\n\n"), HEARTBEAT_MS);
  raw.on("close", () => {
    const left = (counts.get(person) ?? 1) - 1;
    if (left > 0) counts.set(person, left);
    else counts.delete(person);
    streams.delete(raw);
    clearInterval(heartbeat);
    onClose();
  });
  return (frame) => raw.write(frame);
}

/** Live streams open on this server right now (for /metrics). */
export function openStreamCount(server: Server): number {
  return openStreams.get(server)?.size ?? 0;
}

/**
 * Ends every open stream of a server: a stream never finishes by itself, so without this a
 * shutting-down server would wait for its viewers forever. Clients reconnect (to another
 * instance, or to this one when it is back) and resume with Last-Event-ID.
 */
export function endEventStreams(server: Server): number {
  const streams = openStreams.get(server);
  if (!streams) return 0;
  const count = streams.size;
  for (const raw of streams) {
    raw.end("event: shutdown\ndata: {}\n\n");
  }
  streams.clear();
  return count;
}
