import { useCallback, useEffect, useState } from "react";
import { api } from "../api.js";
import type { DrillRun, RunInject } from "../logic/drills.js";
import { clockText, done, dueText, elapsedNow, upcoming } from "../logic/drills.js";
import { SpeedSelect } from "./SpeedSelect.js";
import { ConfirmButton } from "../ui/Confirm.js";
import { FormError } from "../ui/Field.js";
import { useAction } from "../ui/useAction.js";
import { AdhocForm } from "./AdhocForm.js";
import { Watch } from "./Watch.js";

function InjectRow({
  inject,
  elapsed,
  act,
}: {
  inject: RunInject;
  elapsed: number;
  act: ((verb: "fire" | "skip") => void) | null;
}) {
  return (
    <tr className={`inject-${inject.state}`}>
      <td>
        <strong>{inject.title}</strong>
        <br />
        <span className="muted">
          {inject.type}
          {inject.adhoc ? " · ad hoc" : ""}
        </span>
      </td>
      <td>{dueText(inject, elapsed)}</td>
      <td>{inject.text}</td>
      {act && (
        <td className="actions">
          <button
            onClick={() => {
              act("fire");
            }}
            aria-label={`Send now: ${inject.title}`}
          >
            Send now
          </button>{" "}
          <button
            className="link"
            onClick={() => {
              act("skip");
            }}
            aria-label={`Skip: ${inject.title}`}
          >
            Skip
          </button>
        </td>
      )}
    </tr>
  );
}

/**
 * The facilitator's view of a running drill: its clock, what is coming and when, the controls
 * (pause, resume at a speed, send early, skip, add an inject, end), and the response as it happens.
 */
export function RunView({ id, me }: { id: string; me: { handle: string; isAdmin: boolean } }) {
  const [run, setRun] = useState<DrillRun | null>(null);
  const [readAt, setReadAt] = useState(Date.now());
  const [now, setNow] = useState(Date.now());
  const [chosenSpeed, setSpeed] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const action = useAction();
  const load = useCallback(async () => {
    const r = await api<DrillRun>("GET", `/drills/${id}`);
    setRun(r);
    setReadAt(Date.now());
  }, [id]);
  useEffect(() => {
    void load().catch(() => {
      setError("This drill run cannot be found, or you may not see it.");
    });
    const poll = setInterval(() => {
      void load().catch(() => undefined);
    }, 1000);
    const clock = setInterval(() => {
      setNow(Date.now());
    }, 250);
    return () => {
      clearInterval(poll);
      clearInterval(clock);
    };
  }, [load]);
  if (error) {
    return (
      <main>
        <p className="error" role="alert">
          {error}
        </p>
        <a href="#/drills">← Drills</a>
      </main>
    );
  }
  if (!run) return <p role="status">Loading…</p>;
  const steering = run.status !== "ended" && (run.facilitator === me.handle || me.isAdmin);
  const elapsed = elapsedNow(run, readAt, now);
  const speed = chosenSpeed ?? run.speed;
  const control = async (path: string, body?: unknown) => {
    if (await action.run("POST", `/drills/${id}${path}`, body)) await load();
  };
  return (
    <main className="drill-run">
      <header className="bar">
        <a href="#/drills">← Drills</a>
        <h1>DRILL: {run.scenario.title}</h1>
        {run.incident && (
          <a href={`#/incidents/${String(run.incident.number)}`}>
            Open the drill room (#{run.incident.number} {run.incident.name})
          </a>
        )}
      </header>
      <section className="panel" aria-label="Clock">
        <p className="drill-clock">
          <strong aria-label="Drill time">{clockText(elapsed)}</strong> of {clockText(run.clock.lengthMs)} ·{" "}
          <span role="status">
            {run.status === "running" ? `running at ×${String(run.speed)}` : run.status}
            {run.endedReason ? ` (${run.endedReason})` : ""}
          </span>{" "}
          · facilitated by {run.facilitator} · participants {run.participants.join(", ")}
        </p>
        {steering && (
          <div className="row">
            {run.status === "running" ? (
              <button onClick={() => void control("/pause")}>Pause</button>
            ) : (
              <>
                <label>
                  Speed <SpeedSelect value={speed} onChange={setSpeed} />
                </label>
                <button onClick={() => void control("/resume", { speed })}>Resume</button>
              </>
            )}
            <ConfirmButton
              label="End the drill"
              className="danger"
              title="End the drill?"
              description="The clock stops and injects not yet sent are skipped. The participants' incident stays as they left it; its After action tab scores the run."
              confirm="End the drill"
              request={() => ({ method: "POST", path: `/drills/${id}/end` })}
            />
          </div>
        )}
        <FormError error={action.error} />
        {run.status === "ended" && run.incident && (
          <p>
            <a href={`#/incidents/${String(run.incident.number)}`}>Read the after-action report</a> in the
            drill room (its After action tab).
          </p>
        )}
      </section>
      <div className="drill-columns">
        <div>
          <table className="board" aria-label="Upcoming injects">
            <caption>Coming up</caption>
            <thead>
              <tr>
                <th>Inject</th>
                <th>When</th>
                <th>What it says</th>
                {steering && <th>Steer</th>}
              </tr>
            </thead>
            <tbody>
              {upcoming(run).map((i) => (
                <InjectRow
                  key={i.id}
                  inject={i}
                  elapsed={elapsed}
                  act={steering ? (verb) => void control(`/injects/${i.id}/${verb}`) : null}
                />
              ))}
            </tbody>
          </table>
          {steering && <AdhocForm runId={id} cast={run.scenario.cast} sent={() => void load()} />}
          <table className="board" aria-label="Sent injects">
            <caption>Sent and skipped</caption>
            <thead>
              <tr>
                <th>Inject</th>
                <th>When</th>
                <th>What it said</th>
              </tr>
            </thead>
            <tbody>
              {done(run).map((i) => (
                <InjectRow key={i.id} inject={i} elapsed={elapsed} act={null} />
              ))}
            </tbody>
          </table>
        </div>
        {run.incident && <Watch incident={run.incident.number} />}
      </div>
    </main>
  );
}
