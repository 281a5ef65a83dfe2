import pg from "pg";
import type { EventBus } from "../app/event-bus.js";
import { EVENTS_CHANNEL } from "./postgres-writer.js";
import type { ReadStore } from "./read-store.js";

/**
 * Fans out appends made by other server instances: each commit NOTIFYs "id:seq", and
 * every instance fetches what its bus has not delivered yet. The bus drops duplicates.
 */
export async function listenForEvents(
  connectionString: string,
  bus: EventBus,
  reads: ReadStore,
): Promise<() => Promise<void>> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  const catchingUp = new Map<string, Promise<void>>();
  const catchUp = async (incidentId: string, seq: number): Promise<void> => {
    while (bus.lastSeq(incidentId) < seq) {
      const events = await reads.timeline(incidentId, bus.lastSeq(incidentId), 1000);
      if (events.length === 0) return;
      bus.publish(incidentId, events);
    }
  };
  client.on("notification", (msg) => {
    const [incidentId, seqText] = (msg.payload ?? "").split(":");
    const seq = Number(seqText);
    if (!incidentId || !Number.isInteger(seq) || bus.lastSeq(incidentId) >= seq) return;
    const previous = catchingUp.get(incidentId) ?? Promise.resolve();
    const next = previous.then(() => catchUp(incidentId, seq)).catch(() => undefined);
    catchingUp.set(incidentId, next);
  });
  await client.query(`listen ${EVENTS_CHANNEL}`);
  return () => client.end();
}
