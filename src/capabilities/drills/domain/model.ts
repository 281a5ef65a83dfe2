import type { Handle } from "../../../domain/events.js";
import type { RoleKey } from "../../../domain/roles.js";
import type { InjectAction } from "./scenario.js";

/** The handle a running drill acts as: its injects are the drill's, never a person's. */
export const DRILL_ACTOR = "drill";

/** An inject as the record keeps it: what arrived, from whom in the cast, for whom. */
export type InjectRecord = {
  /** The inject's id in the scenario (ad-hoc ones get `adhoc-N`). */
  inject: string;
  title: string;
  action: InjectAction["type"];
  /** The cast member it comes from, by name (null: the situation itself). */
  from: string | null;
  /** The role it is for (a finding for the Tech Lead, the IC who drops out). */
  to: RoleKey | null;
  /** The participant it is for (the one who arrives, the one who drops out). */
  person: Handle | null;
  text: string;
  adhoc: boolean;
  /** The second incident a `second-incident` inject opened. */
  incident?: { id: string; number: number; name: string } | undefined;
};

/** The commands of the drills capability (only a drill run's poller sends them). */
export type DrillCommand =
  | {
      type: "drill-inject";
      record: InjectRecord;
      /** The alert group an `alert` inject attaches (built by the runner: ids and times). */
      alerts?: { id: string; at: string; labels: Record<string, string>; count: number } | undefined;
    }
  | { type: "drill-end"; reason: string };

/** The events of the drills capability. */
export type DrillEvent =
  { type: "drill.injected"; data: InjectRecord } | { type: "drill.ended"; data: { reason: string } };

export const DRILL_EVENT_TYPES = [
  "drill.injected",
  "drill.ended",
] as const satisfies readonly DrillEvent["type"][];

/** How the record marks that the drill's run ended (beside the injects that arrived; never an inject id). */
export const RUN_ENDED_MARK = "(ended)";
