import type { EventEnvelope } from "./events.js";
import { grant, handOver, revoke } from "./evolve.js";
import { COMMANDER } from "./roles.js";
import type { IncidentState } from "./state.js";
import { commanderOf, holdersOf, isActiveResponder } from "./state.js";

type CommandEvent = Extract<
  EventEnvelope,
  {
    type:
      | "command.assumed"
      | "command.successor-designated"
      | "command.stepped-away"
      | "command.resumed"
      | "command.return-due";
  }
>;

/** Folds the events of command continuity: assuming command, a successor, stepping away and back. */
export function applyCommand(s: IncidentState, e: CommandEvent): void {
  switch (e.type) {
    case "command.assumed": {
      // An offer of command made by the one who is gone no longer stands.
      for (const t of Object.values(s.transfers)) if (t.role === COMMANDER) delete s.transfers[t.id];
      if (holdersOf(s, "deputy").includes(e.data.to)) revoke(s, "deputy", e.data.to, e.at);
      handOver(s, COMMANDER, e.data.from, e.data.to, e.actor, e.at, "assume");
      if (s.successor === e.data.to) s.successor = null;
      s.away = null;
      return;
    }
    case "command.successor-designated":
      s.successor = e.data.person;
      return;
    case "command.stepped-away": {
      for (const t of Object.values(s.transfers)) if (t.role === COMMANDER) delete s.transfers[t.id];
      const wasDeputy = holdersOf(s, "deputy").includes(e.data.to);
      if (wasDeputy) revoke(s, "deputy", e.data.to, e.at);
      handOver(s, COMMANDER, e.data.from, e.data.to, e.actor, e.at, "transfer");
      const { from, to, until, notes } = e.data;
      s.away = { commander: from, acting: to, until, notes, reminded: false, actingWasDeputy: wasDeputy };
      return;
    }
    case "command.resumed": {
      const acting = e.data.from;
      const wasDeputy = s.away?.actingWasDeputy ?? false;
      handOver(s, COMMANDER, commanderOf(s), e.data.to, e.actor, e.at, "transfer");
      // A Deputy who acted is Deputy again, if nobody has taken that role meanwhile.
      const back = acting !== null && acting !== e.data.to && isActiveResponder(s, acting);
      if (wasDeputy && back && holdersOf(s, "deputy").length === 0) {
        grant(s, "deputy", acting, e.actor, e.at, "transfer");
      }
      s.away = null;
      return;
    }
    case "command.return-due":
      if (s.away) s.away.reminded = true;
      return;
  }
}
