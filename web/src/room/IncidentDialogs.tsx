import { useEffect, useState } from "react";
import type { StatusDoc } from "../api.js";
import { useConfig } from "../useConfig.js";
import { Field, FormError, errorFor, formError } from "../ui/Field.js";
import { Cancel, Modal } from "../ui/Modal.js";
import { useAction } from "../ui/useAction.js";

type DialogProps = { doc: StatusDoc; open: boolean; onOpenChange: (open: boolean) => void };

/** Form state that starts afresh each time its dialog opens (no values left from last time). */
export function useFresh<T>(open: boolean, initial: () => T): [T, (next: T) => void] {
  const [value, setValue] = useState<T>(initial);
  useEffect(() => {
    if (open) setValue(initial());
    // Only on opening: the initial values are read from the doc at that moment.
  }, [open]);
  return [value, setValue];
}

/** Severity (from the deployment's levels), synopsis, impact and ETA. */
export function EditDetails({ doc, open, onOpenChange }: DialogProps) {
  const config = useConfig();
  const action = useAction();
  const [form, setForm] = useFresh(open, () => ({
    severity: doc.severity,
    synopsis: doc.synopsis,
    impact: doc.impact ?? "",
    eta: doc.eta ?? "",
    reason: "",
  }));
  const fields = ["severity", "synopsis", "impact", "eta", "reason"];
  // A change of severity says why: it is what the postmortem's severity history is read from.
  const severityChanges = form.severity !== doc.severity;
  const submit = async (): Promise<void> => {
    const body = {
      ...(form.severity !== doc.severity ? { severity: form.severity } : {}),
      ...(form.synopsis.trim() !== doc.synopsis ? { synopsis: form.synopsis } : {}),
      ...(form.impact.trim() !== (doc.impact ?? "") ? { impact: form.impact.trim() || null } : {}),
      ...(form.eta.trim() !== (doc.eta ?? "") ? { eta: form.eta.trim() || null } : {}),
      ...(severityChanges && form.reason.trim() ? { reason: form.reason.trim() } : {}),
    };
    if (Object.keys(body).length === 0 || (await action.run("PATCH", `/incidents/${doc.number}`, body))) {
      onOpenChange(false);
    }
  };
  return (
    <Modal open={open} onOpenChange={onOpenChange} title="Edit the incident's details">
      <form
        aria-label="Edit the incident's details"
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <Field label="Severity" error={errorFor(action, "severity")}>
          {(p) => (
            <select
              {...p}
              value={form.severity}
              onChange={(e) => {
                setForm({ ...form, severity: e.target.value });
              }}
            >
              {(config?.severities ?? [{ level: doc.severity, definition: "" }]).map((s) => (
                <option key={s.level} value={s.level}>
                  {s.level}
                  {s.definition ? ` — ${s.definition}` : ""}
                </option>
              ))}
            </select>
          )}
        </Field>
        {severityChanges && (
          <Field
            label={`Why ${doc.severity} → ${form.severity}`}
            hint="What you know now that changes the severity; it goes on the record"
            error={errorFor(action, "reason")}
          >
            {(p) => (
              <input
                {...p}
                required
                value={form.reason}
                onChange={(e) => {
                  setForm({ ...form, reason: e.target.value });
                }}
              />
            )}
          </Field>
        )}
        <Field label="Synopsis" error={errorFor(action, "synopsis")}>
          {(p) => (
            <textarea
              {...p}
              value={form.synopsis}
              onChange={(e) => {
                setForm({ ...form, synopsis: e.target.value });
              }}
            />
          )}
        </Field>
        <Field label="Impact" hint="Who is affected and how much" error={errorFor(action, "impact")}>
          {(p) => (
            <input
              {...p}
              value={form.impact}
              onChange={(e) => {
                setForm({ ...form, impact: e.target.value });
              }}
            />
          )}
        </Field>
        <Field
          label="ETA"
          hint="When service is expected back, if anyone can say"
          error={errorFor(action, "eta")}
        >
          {(p) => (
            <input
              {...p}
              value={form.eta}
              onChange={(e) => {
                setForm({ ...form, eta: e.target.value });
              }}
            />
          )}
        </Field>
        <FormError error={formError(action, fields)} />
        <div className="buttons">
          <button
            type="submit"
            disabled={
              action.pending || form.synopsis.trim() === "" || (severityChanges && form.reason.trim() === "")
            }
          >
            Save
          </button>
          <Cancel />
        </div>
      </form>
    </Modal>
  );
}

/** Ending needs a summary; it is what the audience of the declaration is told. */
export function EndDialog({ doc, open, onOpenChange }: DialogProps) {
  const action = useAction();
  const [summary, setSummary] = useFresh(open, () => "");
  const [confirm, setConfirm] = useFresh(open, () => false);
  // The server names the work still in flight; only then is confirming asked for.
  const inFlight = action.field === "confirm" || confirm;
  return (
    <Modal
      open={open}
      onOpenChange={onOpenChange}
      title="End the incident"
      description="Everyone told of the declaration is told of the end, with this summary. Open tasks and timers stop."
    >
      <form
        aria-label="End the incident"
        onSubmit={(e) => {
          e.preventDefault();
          void action
            .run("POST", `/incidents/${doc.number}/status`, {
              status: "ended",
              summary,
              ...(confirm ? { confirm: true } : {}),
            })
            .then((ok) => {
              if (ok) onOpenChange(false);
            });
        }}
      >
        <Field
          label="Summary: what happened, the impact, what is left to do"
          error={errorFor(action, "summary")}
        >
          {(p) => (
            <textarea
              {...p}
              autoFocus
              value={summary}
              onChange={(e) => {
                setSummary(e.target.value);
              }}
            />
          )}
        </Field>
        {inFlight && (
          <div className="field has-error">
            {action.field === "confirm" && (
              <p className="error inline-error" role="alert" id="in-flight">
                {action.error}
              </p>
            )}
            <label className="check">
              <input
                type="checkbox"
                checked={confirm}
                aria-describedby="in-flight"
                onChange={(e) => {
                  setConfirm(e.target.checked);
                }}
              />{" "}
              End anyway: close all of it on the record
            </label>
          </div>
        )}
        <FormError error={formError(action, ["summary", "confirm"])} />
        <div className="buttons">
          <button
            type="submit"
            className="danger"
            disabled={action.pending || summary.trim() === "" || (action.field === "confirm" && !confirm)}
          >
            End the incident
          </button>
          <Cancel />
        </div>
      </form>
    </Modal>
  );
}

/** Reopening needs a reason, recorded on the timeline. */
export function ReopenDialog({ doc, open, onOpenChange }: DialogProps) {
  const action = useAction();
  const [reason, setReason] = useFresh(open, () => "");
  return (
    <Modal open={open} onOpenChange={onOpenChange} title="Reopen the incident">
      <form
        aria-label="Reopen the incident"
        onSubmit={(e) => {
          e.preventDefault();
          void action
            .run("POST", `/incidents/${doc.number}/status`, { status: "active", reason })
            .then((ok) => {
              if (ok) onOpenChange(false);
            });
        }}
      >
        <Field label="Why reopen this incident" error={errorFor(action, "reason")}>
          {(p) => (
            <input
              {...p}
              autoFocus
              value={reason}
              onChange={(e) => {
                setReason(e.target.value);
              }}
            />
          )}
        </Field>
        <FormError error={formError(action, ["reason"])} />
        <div className="buttons">
          <button type="submit" disabled={action.pending || reason.trim() === ""}>
            Reopen
          </button>
          <Cancel />
        </div>
      </form>
    </Modal>
  );
}
