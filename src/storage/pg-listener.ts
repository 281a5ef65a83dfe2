import pg from "pg";
import type { EventBus } from "../app/event-bus.js";
import { EVENTS_CHANNEL } from "./postgres-writer.js";

/**
 * Fans out appends made by other server instances: each commit NOTIFYs "id:seq", and the
 * bus of every instance fetches from the log what it has not delivered yet.
 */
export async function listenForEvents(connectionString: string, bus: EventBus): Promise<() => Promise<void>> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  client.on("notification", (msg) => {
    const [incidentId, seqText] = (msg.payload ?? "").split(":");
    const seq = Number(seqText);
    if (incidentId && Number.isInteger(seq)) bus.announce(incidentId, seq);
  });
  await client.query(`listen ${EVENTS_CHANNEL}`);
  return () => client.end();
}
