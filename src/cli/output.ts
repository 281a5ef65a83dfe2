import type { EventEnvelope, StatusDoc } from "../domain/index.js";
import { describeEvent } from "../domain/index.js";
import type { Connection } from "./client.js";

export type Out = { json: (value: unknown) => void; line: (text: string) => void };
export type Conn = () => Connection;
export type CommandResult = StatusDoc & { events: EventEnvelope[] };

export const inc = (ref: string) => `/api/v1/incidents/${encodeURIComponent(ref)}`;

/** Prints a command's result: its events as lines, or the whole answer with --json. */
export function report(out: Out, json: boolean, result: CommandResult): void {
  if (json) {
    out.json(result);
    return;
  }
  for (const e of result.events) out.line(`#${result.number} ${describeEvent(e)}`);
}

export function list(value: string): string[] {
  return value
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Sends a command and returns the status doc plus its events. */
export type Post = (path: string, body: unknown, method?: string) => Promise<CommandResult>;
