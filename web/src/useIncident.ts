import { useCallback, useEffect, useRef, useState } from "react";
import type { Abilities, EventEnvelope, OrgNode, StatusDoc } from "./api.js";
import { ApiError, api, followIncident } from "./api.js";

const REFRESH_MS = 150;

export type IncidentView = {
  doc: StatusDoc | null;
  org: OrgNode | null;
  can: Abilities | null;
  /** Every event so far, oldest first; grows in place, so read it together with `version`. */
  events: readonly EventEnvelope[];
  version: number;
  connected: boolean;
  error: string | null;
};

/**
 * Keeps one incident live: the event stream appends to the timeline, and after each burst the
 * snapshot, the tree and the caller's abilities are re-read (at most every REFRESH_MS).
 */
export function useIncident(ref: string): IncidentView {
  const [doc, setDoc] = useState<StatusDoc | null>(null);
  const [org, setOrg] = useState<OrgNode | null>(null);
  const [can, setCan] = useState<Abilities | null>(null);
  const [version, setVersion] = useState(0);
  const [connected, setConnected] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const events = useRef<EventEnvelope[]>([]);
  const refresh = useCallback(async () => {
    const [d, o, a] = await Promise.all([
      api<StatusDoc>("GET", `/incidents/${ref}`),
      api<{ root: OrgNode }>("GET", `/incidents/${ref}/org`),
      api<Abilities>("GET", `/incidents/${ref}/abilities`),
    ]);
    setDoc(d);
    setOrg(o.root);
    setCan(a);
  }, [ref]);
  useEffect(() => {
    events.current = [];
    setVersion(0);
    let timer: ReturnType<typeof setTimeout> | null = null;
    const load = (): void => {
      timer = null;
      refresh().catch((e: unknown) => {
        setError(e instanceof ApiError ? e.message : "Cannot load the incident.");
      });
    };
    load();
    const stop = followIncident(
      ref,
      (batch) => {
        const known = events.current.at(-1)?.seq ?? 0;
        events.current.push(...batch.filter((e) => e.seq > known));
        setVersion((v) => v + 1);
        timer ??= setTimeout(load, REFRESH_MS);
      },
      setConnected,
    );
    return () => {
      stop();
      if (timer) clearTimeout(timer);
    };
  }, [ref, refresh]);
  return { doc, org, can, events: events.current, version, connected, error };
}

/** A clock that ticks every second, for countdowns and staleness. */
export function useNow(): number {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const tick = setInterval(() => {
      setNow(Date.now());
    }, 1000);
    return () => {
      clearInterval(tick);
    };
  }, []);
  return now;
}
