import { nextClockTime } from "../../../src/domain/clock.js";
import type { StatusDoc } from "../api.js";
import { Field, FormError, errorFor, formError } from "../ui/Field.js";
import { Cancel, Modal } from "../ui/Modal.js";
import { useAction } from "../ui/useAction.js";
import { useFresh } from "./IncidentDialogs.js";

type DialogProps = { doc: StatusDoc; open: boolean; onOpenChange: (open: boolean) => void };

/** Taking command without a handover (the IC is gone): the reason is announced to everyone. */
export function AssumeDialog({ doc, open, onOpenChange }: DialogProps) {
  const action = useAction();
  const [reason, setReason] = useFresh(open, () => "");
  const from = doc.commander ? ` from ${doc.commander}` : "";
  return (
    <Modal
      open={open}
      onOpenChange={onOpenChange}
      title="Assume command"
      description={`You take command${from} now, without a handover. Every responder, everyone told of the declaration and ${doc.commander ?? "the previous IC"} are told, with your reason.`}
    >
      <form
        aria-label="Assume command"
        onSubmit={(e) => {
          e.preventDefault();
          void action
            .run("POST", `/incidents/${String(doc.number)}/command/assume`, { reason })
            .then((ok) => {
              if (ok) onOpenChange(false);
            });
        }}
      >
        <Field
          label="Why you take command"
          hint="For example: no answer on the bridge for 15 minutes"
          error={errorFor(action, "reason")}
        >
          {(p) => (
            <textarea
              {...p}
              value={reason}
              onChange={(e) => {
                setReason(e.target.value);
              }}
              required
            />
          )}
        </Field>
        <FormError error={formError(action, ["reason"])} />
        <div className="buttons">
          <button type="submit" className="danger" disabled={action.pending || reason.trim() === ""}>
            Take command now
          </button>
          <Cancel />
        </div>
      </form>
    </Modal>
  );
}

/** The IC steps away until a time; the Deputy (or successor) commands until the IC resumes. */
export function StepAwayDialog({ doc, open, onOpenChange }: DialogProps) {
  const action = useAction();
  const [form, setForm] = useFresh(open, () => {
    const inHalfAnHour = new Date(Date.now() + 30 * 60_000);
    const clock = `${String(inHalfAnHour.getHours()).padStart(2, "0")}:${String(inHalfAnHour.getMinutes()).padStart(2, "0")}`;
    return { clock, notes: "" };
  });
  const acting = doc.command.nextInLine ?? "the Deputy";
  return (
    <Modal
      open={open}
      onOpenChange={onOpenChange}
      title="Step away from command"
      description={`${acting} commands while you are away; you take command back with "Resume command". Everyone is told.`}
    >
      <form
        aria-label="Step away from command"
        onSubmit={(e) => {
          e.preventDefault();
          const body = {
            until: nextClockTime(form.clock),
            ...(form.notes.trim() ? { notes: form.notes.trim() } : {}),
          };
          void action.run("POST", `/incidents/${String(doc.number)}/command/step-away`, body).then((ok) => {
            if (ok) onOpenChange(false);
          });
        }}
      >
        <Field
          label="Back at"
          hint="Your local time; you are reminded when it passes"
          error={errorFor(action, "until")}
        >
          {(p) => (
            <input
              {...p}
              type="time"
              value={form.clock}
              onChange={(e) => {
                setForm({ ...form, clock: e.target.value });
              }}
              required
            />
          )}
        </Field>
        <Field
          label={`For ${acting}`}
          hint="What they should know while you are away"
          error={errorFor(action, "notes")}
        >
          {(p) => (
            <textarea
              {...p}
              value={form.notes}
              onChange={(e) => {
                setForm({ ...form, notes: e.target.value });
              }}
            />
          )}
        </Field>
        <FormError error={formError(action, ["until", "notes"])} />
        <div className="buttons">
          <button type="submit" disabled={action.pending || form.clock === ""}>
            Step away
          </button>
          <Cancel />
        </div>
      </form>
    </Modal>
  );
}

/** "Bridge https://meet.example.com/x" per line: the last word is the address, the rest its label. */
export function parseLinkLines(text: string): { label: string; url: string }[] {
  return text
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const at = line.lastIndexOf(" ");
      return at > 0
        ? { label: line.slice(0, at).trim(), url: line.slice(at + 1) }
        : { label: line, url: line };
    });
}

/** Where the response lives: chat channel, bridge, documents, dashboards, one per line. */
export function LinksDialog({ doc, open, onOpenChange }: DialogProps) {
  const action = useAction();
  const [text, setText] = useFresh(open, () => doc.links.map((l) => `${l.label} ${l.url}`).join("\n"));
  return (
    <Modal
      open={open}
      onOpenChange={onOpenChange}
      title="Links"
      description="Shown in the command bar for everyone, and in every briefing."
    >
      <form
        aria-label="Set the links"
        onSubmit={(e) => {
          e.preventDefault();
          const links = parseLinkLines(text);
          void action.run("PUT", `/incidents/${String(doc.number)}/links`, { links }).then((ok) => {
            if (ok) onOpenChange(false);
          });
        }}
      >
        <Field
          label="One per line: a label, then the address"
          hint="For example: Channel https://chat.example.com/inc-42"
          error={errorFor(action, "links")}
        >
          {(p) => (
            <textarea
              {...p}
              rows={5}
              value={text}
              onChange={(e) => {
                setText(e.target.value);
              }}
            />
          )}
        </Field>
        <FormError error={formError(action, ["links"])} />
        <div className="buttons">
          <button type="submit" disabled={action.pending}>
            Save links
          </button>
          <Cancel />
        </div>
      </form>
    </Modal>
  );
}
