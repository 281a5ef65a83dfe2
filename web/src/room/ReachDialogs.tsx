import { useEffect, useState } from "react";
import type { StatusDoc, Team, User } from "../api.js";
import { api } from "../api.js";
import { askedNow } from "../../../src/capabilities/schedules/domain/words.js";
import { Field, FormError, errorFor, formError } from "../ui/Field.js";
import { Cancel, Modal } from "../ui/Modal.js";
import { useAction } from "../ui/useAction.js";

type DialogProps = { doc: StatusDoc; open: boolean; onOpenChange: (open: boolean) => void };

/** People and teams to choose from, read when a dialog opens. */
function useDirectory(open: boolean): { people: User[]; teams: Team[] } {
  const [people, setPeople] = useState<User[]>([]);
  const [teams, setTeams] = useState<Team[]>([]);
  useEffect(() => {
    if (!open) return;
    void api<{ users: User[] }>("GET", "/users").then(
      (r) => {
        setPeople(r.users);
      },
      () => undefined,
    );
    void api<{ teams: Team[] }>("GET", "/teams").then(
      (r) => {
        setTeams(r.teams);
      },
      () => undefined,
    );
  }, [open]);
  return { people, teams };
}

const split = (list: string): string[] =>
  list
    .split(/[\s,]+/)
    .map((x) => x.trim())
    .filter(Boolean);

/** Page a person or a team: they must acknowledge, or it escalates down the team's list. */
export function PageDialog({ doc, open, onOpenChange }: DialogProps) {
  const action = useAction();
  const { people, teams } = useDirectory(open);
  const [target, setTarget] = useState("");
  const [message, setMessage] = useState("");
  const [minutes, setMinutes] = useState("5");
  const [all, setAll] = useState(false);
  useEffect(() => {
    if (open) {
      setTarget("");
      setMessage("");
      setMinutes("5");
      setAll(false);
      action.clear();
    }
  }, [open, action.clear]);
  const [kind, name] = target.split(":");
  const send = async (): Promise<void> => {
    const body = {
      ...(kind === "team" ? { team: name } : { person: name }),
      message,
      ackMinutes: Number(minutes),
      ...(kind === "team" && all ? { all: true } : {}),
    };
    if (await action.run("POST", `/incidents/${String(doc.number)}/dispatches`, body)) onOpenChange(false);
  };
  return (
    <Modal
      open={open}
      onOpenChange={onOpenChange}
      title="Page someone"
      description="They must acknowledge; without an answer the page escalates down the team's list."
    >
      <form
        aria-label="Page someone"
        onSubmit={(e) => {
          e.preventDefault();
          void send();
        }}
      >
        <Field label="Who" error={errorFor(action, "person") ?? errorFor(action, "team")}>
          {(p) => (
            <select
              {...p}
              value={target}
              onChange={(e) => {
                setTarget(e.target.value);
              }}
              required
            >
              <option value="">Choose a person or a team</option>
              <optgroup label="Teams">
                {teams.map((t) => (
                  <option key={t.name} value={`team:${t.name}`}>
                    {t.displayName} ({askedNow(t.now) || "nobody on the list"})
                  </option>
                ))}
              </optgroup>
              <optgroup label="People">
                {people.map((u) => (
                  <option key={u.handle} value={`person:${u.handle}`}>
                    {u.displayName} ({u.handle})
                  </option>
                ))}
              </optgroup>
            </select>
          )}
        </Field>
        <Field label="Message" error={errorFor(action, "message")}>
          {(p) => (
            <textarea
              {...p}
              value={message}
              onChange={(e) => {
                setMessage(e.target.value);
              }}
            />
          )}
        </Field>
        <Field
          label="Escalate after (minutes without an acknowledgement)"
          error={errorFor(action, "ackMinutes")}
        >
          {(p) => (
            <input
              {...p}
              type="number"
              min={1}
              max={120}
              value={minutes}
              onChange={(e) => {
                setMinutes(e.target.value);
              }}
            />
          )}
        </Field>
        {kind === "team" && (
          <label className="check">
            <input
              type="checkbox"
              checked={all}
              onChange={(e) => {
                setAll(e.target.checked);
              }}
            />{" "}
            Page all of the team at once (any one acknowledges)
          </label>
        )}
        <FormError error={formError(action, ["person", "team", "message", "ackMinutes", "all"])} />
        <div className="buttons">
          <button type="submit" disabled={action.pending || target === "" || message.trim() === ""}>
            Page
          </button>
          <Cancel />
        </div>
      </form>
    </Modal>
  );
}

/** Tell people or teams something; no answer expected. They hear of the end too. */
export function NotifyDialog({ doc, open, onOpenChange }: DialogProps) {
  const action = useAction();
  const { teams } = useDirectory(open);
  const [people, setPeople] = useState("");
  const [chosen, setChosen] = useState<string[]>([]);
  const [text, setText] = useState("");
  useEffect(() => {
    if (open) {
      setPeople("");
      setChosen([]);
      setText("");
      action.clear();
    }
  }, [open, action.clear]);
  const send = async (): Promise<void> => {
    const body = { people: split(people), teams: chosen, text };
    if (await action.run("POST", `/incidents/${String(doc.number)}/notifications`, body)) onOpenChange(false);
  };
  return (
    <Modal
      open={open}
      onOpenChange={onOpenChange}
      title="Notify people"
      description="Tells them without asking for an answer; they are told of the end as well."
    >
      <form
        aria-label="Notify people"
        onSubmit={(e) => {
          e.preventDefault();
          void send();
        }}
      >
        <Field label="People (handles, separated by commas)" error={errorFor(action, "people")}>
          {(p) => (
            <input
              {...p}
              value={people}
              onChange={(e) => {
                setPeople(e.target.value);
              }}
            />
          )}
        </Field>
        {teams.length > 0 && (
          <fieldset className="choices">
            <legend>Teams</legend>
            {teams.map((t) => (
              <label key={t.name} className="check">
                <input
                  type="checkbox"
                  checked={chosen.includes(t.name)}
                  onChange={(e) => {
                    setChosen(e.target.checked ? [...chosen, t.name] : chosen.filter((c) => c !== t.name));
                  }}
                />{" "}
                {t.displayName}
              </label>
            ))}
          </fieldset>
        )}
        <Field label="What to tell them" error={errorFor(action, "text")}>
          {(p) => (
            <textarea
              {...p}
              value={text}
              onChange={(e) => {
                setText(e.target.value);
              }}
            />
          )}
        </Field>
        <FormError error={formError(action, ["people", "teams", "text"])} />
        <div className="buttons">
          <button
            type="submit"
            disabled={
              action.pending || text.trim() === "" || (split(people).length === 0 && chosen.length === 0)
            }
          >
            Notify
          </button>
          <Cancel />
        </div>
      </form>
    </Modal>
  );
}
