import type { Handle } from "../../../domain/events.js";
import type { DrillCommand, InjectRecord } from "./model.js";
import type { Run, RunInject } from "./run.js";

/** The alert group an `alert` inject attaches. */
export type InjectAlerts = NonNullable<Extract<DrillCommand, { type: "drill-inject" }>["alerts"]>;

/**
 * What an inject puts on the record: who in the cast it is from (by name), the role and the
 * participant it is for (the one who plays the arriving slot; the holder of the role who drops
 * out, as the caller found them), its text, and for an alert the group it attaches.
 */
export function injectRecord(
  run: Run,
  inject: RunInject,
  holder: Handle | null,
  at: string,
): { record: InjectRecord; alerts: InjectAlerts | undefined } {
  const a = inject.do;
  const cast = (id: string) => run.scenario.cast.find((c) => c.id === id)?.name ?? id;
  const person = a.type === "arrival" ? (run.slots[a.slot] ?? null) : a.type === "drop-out" ? holder : null;
  const record: InjectRecord = {
    inject: inject.id,
    title: inject.title,
    action: a.type,
    from: "from" in a ? cast(a.from) : null,
    to: a.type === "finding" ? a.to : a.type === "drop-out" ? a.role : null,
    person,
    text: a.type === "alert" ? a.title : a.text,
    adhoc: inject.adhoc,
  };
  const alerts =
    a.type === "alert"
      ? { id: `drill-${run.id.slice(0, 8)}-${inject.id}`, at, labels: a.labels, count: a.count }
      : undefined;
  return { record, alerts };
}
