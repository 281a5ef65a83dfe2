import { useCallback, useEffect, useState } from "react";
import type { Me } from "../api.js";
import { ApiError, api } from "../api.js";
import type { Schedule, Shift } from "../logic/oncall.js";
import { byDay, layerSummary, zoned } from "../logic/oncall.js";
import { Field } from "../ui/Field.js";

const HOUR = 3_600_000;

/** A datetime-local input's value (the viewer's own wall clock) as an instant. */
function instant(local: string): string {
  return new Date(local).toISOString();
}

function localInput(ms: number): string {
  const d = new Date(ms - new Date(ms).getTimezoneOffset() * 60_000);
  return d.toISOString().slice(0, 16);
}

function OverrideForm({ slug, done }: { slug: string; done: () => Promise<void> }) {
  const now = Date.now();
  const [o, setO] = useState({
    person: "",
    start: localInput(now),
    end: localInput(now + 8 * HOUR),
    note: "",
  });
  const [error, setError] = useState<{ field: string | undefined; message: string } | null>(null);
  const err = (field: string) => (error && (error.field ?? "person") === field ? error.message : null);
  const submit = async () => {
    try {
      await api("POST", `/schedules/${slug}/overrides`, {
        person: o.person.trim(),
        start: instant(o.start),
        end: instant(o.end),
        ...(o.note.trim() ? { note: o.note.trim() } : {}),
      });
      setError(null);
      setO({ ...o, person: "", note: "" });
      await done();
    } catch (e) {
      setError({
        field: e instanceof ApiError ? e.problem.field : undefined,
        message: e instanceof ApiError ? e.message : "Could not add the override.",
      });
    }
  };
  const input =
    (key: "person" | "start" | "end" | "note", type = "text") =>
    (p: object) => (
      <input
        {...p}
        type={type}
        value={o[key]}
        onChange={(e) => {
          setO({ ...o, [key]: e.target.value });
        }}
      />
    );
  return (
    <form
      className="inline-form dialog"
      aria-label="Add an override"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <Field label="Who covers" error={err("person")}>
        {input("person")}
      </Field>
      <Field label="From (your time)" error={err("start")}>
        {input("start", "datetime-local")}
      </Field>
      <Field label="Until (your time)" error={err("end")}>
        {input("end", "datetime-local")}
      </Field>
      <Field label="Note" error={err("note")}>
        {input("note")}
      </Field>
      <button type="submit" disabled={o.person.trim() === ""}>
        Add override
      </button>
    </form>
  );
}

function Shifts({ shifts, timeZone }: { shifts: Shift[]; timeZone: string }) {
  return (
    <ol className="shift-days" aria-label="Shifts, next 14 days">
      {byDay(shifts, timeZone).map(({ day, shifts: of }) => (
        <li key={day}>
          <h4>{day}</h4>
          <ul>
            {of.map((s) => (
              <li key={s.start} className={"override" in s.source ? "shift override" : "shift"}>
                <strong>{s.person}</strong> {zoned(s.start, timeZone)} → {zoned(s.end, timeZone)}
                {"override" in s.source ? " (override)" : ` (${s.source.name})`}
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ol>
  );
}

/** One schedule: layers, the next two weeks of shifts, overrides, and its calendar feed. */
export function ScheduleView({ slug, me, edit }: { slug: string; me: Me; edit: (s: Schedule) => void }) {
  const [s, setS] = useState<Schedule | null>(null);
  const [shifts, setShifts] = useState<Shift[]>([]);
  const [feed, setFeed] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const load = useCallback(async () => {
    setS(await api<Schedule>("GET", `/schedules/${slug}`));
    setShifts((await api<{ shifts: Shift[] }>("GET", `/schedules/${slug}/shifts`)).shifts);
  }, [slug]);
  useEffect(() => {
    setFeed(null);
    void load().catch(() => {
      setError("Could not load the schedule.");
    });
  }, [load]);
  if (error) return <p className="error">{error}</p>;
  if (!s) return <p className="muted">Loading…</p>;
  const removeOverride = async (id: string) => {
    await api("DELETE", `/schedules/${slug}/overrides/${id}`);
    await load();
  };
  return (
    <section className="panel" aria-label={`Schedule ${s.name}`}>
      <h2>
        {s.name} <span className="muted">{s.timeZone}</span>
      </h2>
      {me.isAdmin && (
        <button
          className="link"
          onClick={() => {
            edit(s);
          }}
        >
          Edit schedule
        </button>
      )}
      <h3>Layers</h3>
      <ol className="layers">
        {s.layers.map((l, i) => (
          <li key={i}>
            <strong>{l.name}</strong>: {layerSummary(l)}
          </li>
        ))}
      </ol>
      <h3>Next 14 days</h3>
      <Shifts shifts={shifts} timeZone={s.timeZone} />
      <h3>Overrides</h3>
      {s.overrides.length === 0 && <p className="muted">None coming up.</p>}
      <ul aria-label="Overrides">
        {s.overrides.map((o) => (
          <li key={o.id}>
            <strong>{o.person}</strong> {zoned(o.start, s.timeZone)} → {zoned(o.end, s.timeZone)}
            {o.note ? ` · ${o.note}` : ""} <span className="muted">by {o.createdBy}</span>{" "}
            <button
              className="link"
              aria-label={`Remove the override for ${o.person}`}
              onClick={() => {
                void removeOverride(o.id).catch(() => {
                  setError("Could not remove the override.");
                });
              }}
            >
              Remove
            </button>
          </li>
        ))}
      </ul>
      <OverrideForm slug={slug} done={load} />
      <h3>Calendar</h3>
      {feed ? (
        <p>
          Subscribe in your calendar app: <code aria-label="Calendar feed address">{feed}</code>
        </p>
      ) : (
        <button
          onClick={() => {
            void api<{ url: string }>("GET", `/schedules/${slug}/calendar`).then(
              (f) => {
                setFeed(f.url.startsWith("/") ? `${location.origin}${f.url}` : f.url);
              },
              () => {
                setError("Could not get the calendar address.");
              },
            );
          }}
        >
          Show the calendar feed address
        </button>
      )}
    </section>
  );
}
