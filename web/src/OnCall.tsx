import { useCallback, useEffect, useState } from "react";
import type { Answer } from "../../src/contract/client.js";
import type { Me } from "./api.js";
import { api } from "./api.js";
import type { ScheduleForm as Form } from "./logic/oncall.js";
import { blankLayer, formOf, zoned } from "./logic/oncall.js";
import { ScheduleForm } from "./oncall/ScheduleForm.js";
import { ScheduleView } from "./oncall/ScheduleView.js";

type OnCallRow = Answer<"/api/v1/schedules", "get">["schedules"][number];

function Now({ row }: { row: OnCallRow }) {
  return (
    <tr>
      <td>
        <a href={`#/on-call/${row.schedule}`}>{row.name}</a>
      </td>
      <td>{row.now ? <strong>{row.now.person}</strong> : <span className="muted">nobody</span>}</td>
      <td>{row.now ? zoned(row.now.end, row.timeZone) : ""}</td>
      <td>{row.next?.person ?? ""}</td>
      <td>{row.next ? zoned(row.next.start, row.timeZone) : ""}</td>
    </tr>
  );
}

/** Your own calendar feed: every shift you have on any schedule. */
function MyCalendar({ me }: { me: Me }) {
  const [url, setUrl] = useState<string | null>(null);
  if (url) {
    return (
      <p>
        Your shifts on every schedule: <code aria-label="Your calendar feed address">{url}</code>
      </p>
    );
  }
  return (
    <button
      className="link"
      onClick={() => {
        void api<{ url: string }>("GET", `/users/${me.handle}/calendar`).then((f) => {
          setUrl(f.url.startsWith("/") ? `${location.origin}${f.url}` : f.url);
        });
      }}
    >
      My calendar feed
    </button>
  );
}

/**
 * On call: who is on call now and next on every schedule; one schedule's shifts, overrides and
 * calendar feed; admins write schedules.
 */
export function OnCall({ me, selected }: { me: Me; selected: string | null }) {
  const [rows, setRows] = useState<OnCallRow[] | null>(null);
  const [editing, setEditing] = useState<Form | null>(null);
  const [version, setVersion] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const load = useCallback(async () => {
    setRows((await api<{ schedules: OnCallRow[] }>("GET", "/schedules")).schedules);
  }, []);
  useEffect(() => {
    void load().catch(() => {
      setError("Could not load the schedules; reload the page.");
    });
    const every = setInterval(() => {
      void load().catch(() => undefined);
    }, 60_000);
    return () => {
      clearInterval(every);
    };
  }, [load]);
  return (
    <main>
      <header className="bar">
        <a href="#/">← Incidents</a>
        <h1>On call</h1>
        <MyCalendar me={me} />
      </header>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <table className="board" aria-label="Who is on call">
        <thead>
          <tr>
            <th>Schedule</th>
            <th>On call now</th>
            <th>Until</th>
            <th>Next</th>
            <th>From</th>
          </tr>
        </thead>
        <tbody>
          {(rows ?? []).map((r) => (
            <Now key={r.schedule} row={r} />
          ))}
        </tbody>
      </table>
      {rows?.length === 0 && (
        <p className="muted">
          No schedules yet.{me.isAdmin ? " Add one below." : " An admin adds them."} Teams' escalation lists
          can then name a schedule: whoever is on call when a page goes out is asked.
        </p>
      )}
      {me.isAdmin && !editing && (
        <button
          onClick={() => {
            setEditing({
              slug: "",
              name: "",
              timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
              layers: [blankLayer(new Date(), 0)],
            });
          }}
        >
          New schedule
        </button>
      )}
      {editing && (
        <ScheduleForm
          key={editing.slug || "new"}
          initial={editing}
          saved={(slug) => {
            setEditing(null);
            setVersion(version + 1);
            location.hash = `#/on-call/${slug}`;
            void load();
          }}
          cancel={() => {
            setEditing(null);
          }}
        />
      )}
      {selected && !editing && (
        <ScheduleView
          key={`${selected}-${String(version)}`}
          slug={selected}
          me={me}
          edit={(s) => {
            setEditing(formOf(s));
          }}
        />
      )}
    </main>
  );
}
