import type { FastifyReply } from "fastify";

const HEARTBEAT_MS = 15_000;

/**
 * Takes over the response as a Server-Sent Events stream with a heartbeat. Returns a writer;
 * `onClose` runs once when the client goes away.
 */
export function openEventStream(reply: FastifyReply, onClose: () => void): (frame: string) => void {
  reply.hijack();
  const raw = reply.raw;
  raw.writeHead(200, {
    "content-type": "text/event-stream; charset=utf-8",
    "cache-control": "no-cache, no-transform",
    connection: "keep-alive",
    "x-accel-buffering": "no",
  });
  raw.write(": connected\n\n");
  const heartbeat = setInterval(() => raw.write(": keep-alive\n\n"), HEARTBEAT_MS);
  raw.on("close", () => {
    clearInterval(heartbeat);
    onClose();
  });
  return (frame) => raw.write(frame);
}
