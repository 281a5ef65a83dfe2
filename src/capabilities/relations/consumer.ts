import type { Consumer } from "../../app/consumers.js";
import type { Muster } from "../../app/muster.js";
import type { Command, EventEnvelope } from "../../domain/index.js";
import { DomainError } from "../../domain/index.js";
import type { Log } from "../../log.js";
import type { ReadStore } from "../../storage/read-store.js";
import type { IncidentRef } from "./domain/index.js";
import { INVERSE, childSummary } from "./domain/index.js";

const SYSTEM = { handle: "muster", isAdmin: true };
const KEY_ENTRIES = 50;

/**
 * The other side of every relation: it mirrors links, moves a merged duplicate's people and
 * audience into the incident it duplicates, and keeps each umbrella's roll-up of its children
 * current. Every command it sends is idempotent in the domain (a repeated run records nothing),
 * as at-least-once delivery requires.
 */
export function relationsConsumer(muster: Muster, reads: ReadStore, log: Log): Consumer {
  // Which umbrella each incident is under, learned from the state once and then from events.
  const parents = new Map<string, string | null>();

  async function send(incidentId: string, command: Command): Promise<void> {
    try {
      await muster.execute(SYSTEM, incidentId, command);
    } catch (error) {
      // A rule refusing (the other incident ended or vanished) will refuse again: note it and go on.
      if (!(error instanceof DomainError)) throw error;
      log.warn({ incidentId, command: command.type, code: error.code }, "relation not carried over");
    }
  }

  async function keyEntries(incidentId: string): Promise<{ seq: number; at: string; text: string }[]> {
    const events = await reads.eventsUntil(incidentId, {});
    return events
      .flatMap((e) => {
        if (e.type === "log.entry" && e.data.key) return [{ seq: e.seq, at: e.at, text: e.data.text }];
        if (e.type === "decision.recorded") {
          return [{ seq: e.seq, at: e.at, text: `Decision: ${e.data.decision}` }];
        }
        return [];
      })
      .slice(-KEY_ENTRIES);
  }

  async function carry(incidentId: string, source: IncidentRef, e: EventEnvelope): Promise<void> {
    switch (e.type) {
      case "relation.linked":
        if (!e.data.mirrored) {
          await send(e.data.incident.id, { type: "mirror-link", source, kind: INVERSE[e.data.kind] });
        }
        return;
      case "relation.unlinked":
        if (!e.data.mirrored) await send(e.data.incident.id, { type: "mirror-link", source, kind: null });
        return;
      case "relation.merged":
        await send(e.data.into.id, {
          type: "absorb-duplicate",
          source,
          responders: e.data.responders,
          audience: e.data.audience,
          keyEntries: await keyEntries(incidentId),
        });
        return;
      case "umbrella.attached":
        parents.set(incidentId, e.data.umbrella.id);
        return;
      case "umbrella.detached": {
        parents.set(incidentId, null);
        const state = await reads.currentState(incidentId);
        if (state) {
          await send(e.data.umbrella.id, {
            type: "track-child",
            summary: childSummary(state),
            attached: false,
          });
        }
        return;
      }
      default:
        return;
    }
  }

  return {
    name: "relations",
    async handle(incidentId, events) {
      let parent = parents.get(incidentId);
      let state = undefined as Awaited<ReturnType<ReadStore["currentState"]>>;
      if (parent === undefined) {
        state = await reads.currentState(incidentId);
        parent = state?.relations.parent?.id ?? null;
        parents.set(incidentId, parent);
      }
      const relational = events.some((e) => e.type.startsWith("relation.") || e.type.startsWith("umbrella."));
      if (relational) {
        state ??= await reads.currentState(incidentId);
        if (!state) return;
        const source = { id: state.id, number: state.number, name: state.name };
        for (const e of events) await carry(incidentId, source, e);
      }
      // One roll-up per run of a child's events, from its state now (the umbrella keeps the newest).
      const umbrella = parents.get(incidentId);
      if (umbrella) {
        state ??= await reads.currentState(incidentId);
        if (state) {
          await send(umbrella, { type: "track-child", summary: childSummary(state), attached: true });
        }
      }
    },
  };
}
