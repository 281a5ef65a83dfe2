import type { CapabilityDomain } from "../../../domain/capability.js";
import { roleLabel } from "../../../domain/roles.js";
import type { DrillCommand, DrillEvent, InjectRecord } from "./model.js";
import { RUN_ENDED_MARK } from "./model.js";

type Domain = CapabilityDomain<DrillCommand, DrillEvent>;

/** Folds drill events into state: which injects have arrived (so each arrives once). */
export const foldDrills: Domain["fold"] = {
  "drill.injected": (s, e) => {
    s.drillInjected.push(e.data.inject);
  },
  "drill.ended": (s) => {
    s.drillInjected.push(RUN_ENDED_MARK);
  },
};

/** "Priya (facilities) → Tech Lead", "you arrive", "the alerts fire": who the inject is from and for. */
function heading(r: InjectRecord): string {
  const to = r.person ? `@${r.person}` : r.to ? roleLabel(r.to) : null;
  if (r.from && to) return `${r.from} → ${to}`;
  if (r.from) return r.from;
  if (to) return `for ${to}`;
  return r.action === "alert" ? "alert" : r.title;
}

/** One line per drill event, marked DRILL wherever it is shown or sent. */
export const describeDrills: Domain["describe"] = {
  "drill.injected": (e) => {
    const r = e.data;
    const extra = r.incident ? ` (INC-${String(r.incident.number)} ${r.incident.name})` : "";
    return `DRILL inject · ${heading(r)}: ${r.text}${extra}`;
  },
  "drill.ended": (e) => `DRILL run ended: ${e.data.reason}`,
};
