import { useVirtualizer } from "@tanstack/react-virtual";
import { useEffect, useMemo, useRef, useState } from "react";
import type { EventEnvelope } from "../api.js";
import { Person } from "../badges.js";
import type { ObjectNames, TimelineFilter } from "../logic/timeline.js";
import { FILTERS, describeAction, objectNames, stillFollowing, timelineRows } from "../logic/timeline.js";

/** One event: time, actor with role badges, and what happened in words (objects by name). */
export function EventLine({ e, names }: { e: EventEnvelope; names?: ObjectNames }) {
  const { lead, rest } = describeAction(e, names);
  return (
    <>
      <time dateTime={e.at}>{new Date(e.at).toLocaleTimeString()}</time>{" "}
      {lead ? (
        <>
          <Person handle={e.actor} roles={e.actorRoles} />
          <span className="what">{rest}</span>
        </>
      ) : (
        <span className="what">
          {rest} <span className="muted">· by</span> <Person handle={e.actor} roles={e.actorRoles} />
        </span>
      )}
    </>
  );
}

/** A run of channel messages under "Everything": how many, the last one's start, and a way to read them. */
function ChatRun({ count, last, show }: { count: number; last: EventEnvelope; show: () => void }) {
  const text = last.type === "message.posted" ? last.data.text : "";
  return (
    <>
      <time dateTime={last.at}>{new Date(last.at).toLocaleTimeString()}</time>{" "}
      <button className="link" onClick={show}>
        {count === 1 ? "1 channel message" : `${String(count)} channel messages`}
      </button>
      <span className="muted">
        {" "}
        · last from {last.actor}: {text.length > 80 ? `${text.slice(0, 79)}…` : text}
      </span>
    </>
  );
}

/**
 * Every event, filterable, grouped by day, and virtualised: only the rows in view are in the
 * DOM, so a 50,000-event incident scrolls like a short one. Follows the end unless scrolled up.
 */
export function Timeline({ events, version }: { events: readonly EventEnvelope[]; version: number }) {
  const [filter, setFilter] = useState<TimelineFilter>("all");
  const rows = useMemo(
    () => timelineRows(events, filter),
    // The events array grows in place; `version` says when.
    [events, version, filter],
  );
  // The same Map, updated in place as the log grows (the rows above re-render the lines).
  const names = objectNames(events);
  const scroller = useRef<HTMLDivElement>(null);
  const following = useRef(true);
  const lastTop = useRef(0);
  const virtual = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: (i) => (rows[i]?.kind === "day" ? 32 : 26),
    overscan: 20,
  });
  useEffect(() => {
    if (following.current && rows.length > 0) virtual.scrollToIndex(rows.length - 1, { align: "end" });
  }, [rows.length, virtual]);
  return (
    <section className="panel timeline" aria-label="Timeline">
      <h2>Timeline</h2>
      <div role="radiogroup" aria-label="Show" className="filters">
        {FILTERS.map(([value, label]) => (
          <label key={value} className={filter === value ? "chosen" : ""}>
            <input
              type="radio"
              name="timeline-filter"
              value={value}
              checked={filter === value}
              onChange={() => {
                setFilter(value);
              }}
            />
            {label}
          </label>
        ))}
        <span className="muted">
          {rows.reduce((n, r) => n + (r.kind === "event" ? 1 : r.kind === "chat" ? r.count : 0), 0)} events
        </span>
      </div>
      <div
        ref={scroller}
        className="timeline-scroll"
        tabIndex={0}
        aria-label="Timeline events"
        onScroll={(e) => {
          following.current = stillFollowing(e.currentTarget, following.current, lastTop.current);
          lastTop.current = e.currentTarget.scrollTop;
        }}
      >
        <ol style={{ height: virtual.getTotalSize(), position: "relative" }}>
          {virtual.getVirtualItems().map((item) => {
            const row = rows[item.index];
            if (!row) return null;
            return (
              <li
                key={item.key}
                data-index={item.index}
                ref={virtual.measureElement}
                className={
                  row.kind === "day"
                    ? "day"
                    : row.kind === "chat"
                      ? "event event-chat"
                      : `event event-${row.event.type.split(".")[0] ?? ""}`
                }
                style={{
                  position: "absolute",
                  top: 0,
                  left: 0,
                  right: 0,
                  transform: `translateY(${String(item.start)}px)`,
                }}
              >
                {row.kind === "day" ? (
                  <h3>{row.day}</h3>
                ) : row.kind === "chat" ? (
                  <ChatRun
                    count={row.count}
                    last={row.last}
                    show={() => {
                      setFilter("chat");
                    }}
                  />
                ) : (
                  <EventLine e={row.event} names={names} />
                )}
              </li>
            );
          })}
        </ol>
      </div>
    </section>
  );
}
