import { useEffect, useRef, useState } from "react";
import { describeEvent } from "../../../src/domain/describe.js";
import type { EventEnvelope } from "../api.js";
import { api } from "../api.js";

const KEEP = 40;

/** The response as it happens: the drill incident's latest events, newest first, read as they come. */
export function Watch({ incident }: { incident: number }) {
  const [events, setEvents] = useState<EventEnvelope[]>([]);
  const after = useRef(0);
  useEffect(() => {
    let live = true;
    const read = async () => {
      const page = await api<{ events: EventEnvelope[] }>(
        "GET",
        `/incidents/${String(incident)}/timeline?after=${String(after.current)}&limit=500`,
      );
      if (!live || page.events.length === 0) return;
      after.current = page.events[page.events.length - 1]?.seq ?? after.current;
      setEvents((before) => [...page.events.slice().reverse(), ...before].slice(0, KEEP));
    };
    void read().catch(() => undefined);
    const every = setInterval(() => {
      void read().catch(() => undefined);
    }, 1500);
    return () => {
      live = false;
      clearInterval(every);
    };
  }, [incident]);
  return (
    <section className="panel" aria-label="The response">
      <h3>The response</h3>
      <ol className="watch" aria-live="polite" aria-label="Events, newest first" tabIndex={0}>
        {events.map((e) => (
          <li key={e.seq} className={e.type === "drill.injected" ? "inject" : undefined}>
            <span className="muted">{e.at.slice(11, 19)}</span> {describeEvent(e)}
          </li>
        ))}
      </ol>
    </section>
  );
}
