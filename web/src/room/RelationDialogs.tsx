import type { StatusDoc } from "../api.js";
import { Field, FormError, errorFor, formError } from "../ui/Field.js";
import { Cancel, Modal } from "../ui/Modal.js";
import { useAction } from "../ui/useAction.js";
import { useFresh } from "./IncidentDialogs.js";

type DialogProps = { doc: StatusDoc; open: boolean; onOpenChange: (open: boolean) => void };

/** The other incident, by number: the field every relation dialog starts with. */
function OtherIncident({
  label,
  hint,
  value,
  set,
  error,
}: {
  label: string;
  hint: string;
  value: string;
  set: (v: string) => void;
  error: string | null;
}) {
  return (
    <Field label={label} hint={hint} error={error}>
      {(p) => (
        <input
          {...p}
          inputMode="numeric"
          value={value}
          required
          onChange={(e) => {
            set(e.target.value.replace(/^#/, ""));
          }}
        />
      )}
    </Field>
  );
}

/** Link another incident: related, a duplicate of it, or caused by it. The other side shows the inverse. */
export function LinkIncidentDialog({ doc, open, onOpenChange }: DialogProps) {
  const action = useAction();
  const [form, setForm] = useFresh(open, () => ({ incident: "", kind: "related" }));
  return (
    <Modal
      open={open}
      onOpenChange={onOpenChange}
      title="Link another incident"
      description="Both incidents show the link."
    >
      <form
        aria-label="Link another incident"
        onSubmit={(e) => {
          e.preventDefault();
          void action.run("POST", `/incidents/${String(doc.number)}/relations`, form).then((ok) => {
            if (ok) onOpenChange(false);
          });
        }}
      >
        <OtherIncident
          label="Incident number"
          hint="For example 42"
          value={form.incident}
          set={(incident) => {
            setForm({ ...form, incident });
          }}
          error={errorFor(action, "incident")}
        />
        <Field label="This incident is" error={errorFor(action, "kind")}>
          {(p) => (
            <select
              {...p}
              value={form.kind}
              onChange={(e) => {
                setForm({ ...form, kind: e.target.value });
              }}
            >
              <option value="related">related to it</option>
              <option value="duplicate-of">a duplicate of it</option>
              <option value="caused-by">caused by it</option>
            </select>
          )}
        </Field>
        <FormError error={formError(action, ["incident", "kind"])} />
        <div className="buttons">
          <button type="submit" disabled={action.pending || form.incident === ""}>
            Link
          </button>
          <Cancel />
        </div>
      </form>
    </Modal>
  );
}

/** Put this incident under an umbrella; its IC then names a Liaison to it. */
export function UmbrellaDialog({ doc, open, onOpenChange }: DialogProps) {
  const action = useAction();
  const [umbrella, setUmbrella] = useFresh(open, () => "");
  return (
    <Modal
      open={open}
      onOpenChange={onOpenChange}
      title="Put under an umbrella"
      description="The umbrella's IC coordinates the incidents under it; name a Liaison to it afterwards (Org tab, or the Overview)."
    >
      <form
        aria-label="Put under an umbrella"
        onSubmit={(e) => {
          e.preventDefault();
          void action.run("PUT", `/incidents/${String(doc.number)}/umbrella`, { umbrella }).then((ok) => {
            if (ok) onOpenChange(false);
          });
        }}
      >
        <OtherIncident
          label="Umbrella incident number"
          hint="An incident declared as an umbrella"
          value={umbrella}
          set={setUmbrella}
          error={errorFor(action, "umbrella")}
        />
        <FormError error={formError(action, ["umbrella"])} />
        <div className="buttons">
          <button type="submit" disabled={action.pending || umbrella === ""}>
            Put under it
          </button>
          <Cancel />
        </div>
      </form>
    </Modal>
  );
}

/** Merge this duplicate into the incident it duplicates: this one ends, its people and audience move. */
export function MergeDialog({ doc, open, onOpenChange }: DialogProps) {
  const action = useAction();
  const [into, setInto] = useFresh(open, () => "");
  // The server names the work still in flight (field "confirm"); merging again closes it.
  const inFlight = action.field === "confirm";
  return (
    <Modal
      open={open}
      onOpenChange={onOpenChange}
      title="Merge into another incident"
      description={`${doc.name} ends as a duplicate; its responders check in to the other incident and everyone told of it hears of the merge.`}
    >
      <form
        aria-label="Merge into another incident"
        onSubmit={(e) => {
          e.preventDefault();
          const body = { into, ...(inFlight ? { confirm: true } : {}) };
          void action.run("POST", `/incidents/${String(doc.number)}/merge`, body).then((ok) => {
            if (ok) onOpenChange(false);
          });
        }}
      >
        <OtherIncident
          label="The incident this one duplicates"
          hint="Its number"
          value={into}
          set={setInto}
          error={errorFor(action, "into")}
        />
        <FormError error={formError(action, ["into"])} />
        <div className="buttons">
          <button type="submit" className="danger" disabled={action.pending || into === ""}>
            {inFlight ? "Close that work and merge" : "Merge"}
          </button>
          <Cancel />
        </div>
      </form>
    </Modal>
  );
}
