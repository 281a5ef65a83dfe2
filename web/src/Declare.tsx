import { useEffect, useState } from "react";
import type { Config } from "./api.js";
import { ApiError, api } from "./api.js";
import { generateCodename } from "../../src/domain/codename.js";

/** The declare dialog: synopsis, severity with definitions, name, kind, visibility, "I will be TL". */
export function Declare({ onDone }: { onDone: (number: number | null) => void }) {
  const [synopsis, setSynopsis] = useState("");
  // The deployment's own levels (they are configurable): never a hard-coded list.
  const [severities, setSeverities] = useState<Config["severities"]>([]);
  const [severity, setSeverity] = useState("");
  useEffect(() => {
    api<Config>("GET", "/config").then(
      (config) => {
        setSeverities(config.severities);
        setSeverity((current) => current || config.defaultSeverity);
      },
      () => {
        setError("Could not load the severity levels; reload the page.");
      },
    );
  }, []);
  const [groups, setGroups] = useState<{ name: string; label: string }[]>([]);
  const [audiences, setAudiences] = useState<string[]>([]);
  useEffect(() => {
    api<{ groups: { name: string; label: string }[] }>("GET", "/stakeholder-groups").then(
      (r) => {
        setGroups(r.groups.filter((g) => g.name !== "public"));
      },
      () => undefined,
    );
  }, []);
  const [name, setName] = useState("");
  // A suggestion only: the server picks a codename unique among open incidents when none is given.
  const [suggestion] = useState(() =>
    generateCodename(Math.floor(Math.random() * 1000), new Date().getFullYear(), []),
  );
  const [kind, setKind] = useState("real");
  const [restricted, setRestricted] = useState(false);
  const [umbrella, setUmbrella] = useState(false);
  const [asTechLead, setAsTechLead] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const submit = async (): Promise<void> => {
    try {
      const doc = await api<{ number: number }>("POST", "/incidents", {
        synopsis,
        severity,
        kind,
        ...(name.trim() ? { name } : {}),
        ...(restricted ? { visibility: "restricted" } : {}),
        ...(asTechLead ? { declarerRole: "tech-lead" } : {}),
        ...(umbrella ? { umbrella: true } : {}),
        ...(audiences.length > 0
          ? { audiences: restricted ? audiences.filter((a) => a !== "public") : audiences }
          : {}),
      });
      onDone(doc.number);
    } catch (e) {
      setError(e instanceof ApiError ? e.message : "Could not declare.");
    }
  };
  return (
    <section
      className="dialog"
      role="dialog"
      aria-label="Declare an incident"
      onKeyDown={(e) => {
        if (e.key === "Escape") onDone(null);
      }}
    >
      <h2>Declare an incident</h2>
      <label>
        What is happening?
        <textarea
          value={synopsis}
          onChange={(e) => {
            setSynopsis(e.target.value);
          }}
          autoFocus
          required
        />
      </label>
      <fieldset>
        <legend>Severity (when unsure, pick the higher)</legend>
        {severities.map(({ level, definition }) => (
          <label key={level} className="severity-choice">
            <input
              type="radio"
              name="severity"
              value={level}
              checked={severity === level}
              onChange={() => {
                setSeverity(level);
              }}
            />
            <strong>{level}</strong> {definition}
          </label>
        ))}
      </fieldset>
      <label>
        Name (leave empty for a codename like “{suggestion}”)
        <input
          placeholder={suggestion}
          value={name}
          onChange={(e) => {
            setName(e.target.value);
          }}
        />
      </label>
      <label>
        Kind
        <select
          value={kind}
          onChange={(e) => {
            setKind(e.target.value);
          }}
        >
          <option value="real">real</option>
          <option value="drill">drill</option>
          <option value="planned">planned</option>
        </select>
      </label>
      <label>
        <input
          type="checkbox"
          checked={restricted}
          onChange={(e) => {
            setRestricted(e.target.checked);
          }}
        />{" "}
        Restricted (only responders see it)
      </label>
      <label>
        <input
          type="checkbox"
          checked={asTechLead}
          onChange={(e) => {
            setAsTechLead(e.target.checked);
          }}
        />{" "}
        I will be Tech Lead — find an IC
      </label>
      <label>
        <input
          type="checkbox"
          checked={umbrella}
          onChange={(e) => {
            setUmbrella(e.target.checked);
          }}
        />{" "}
        Umbrella: coordinates several incidents (each sends a Liaison)
      </label>
      <fieldset>
        <legend>Who hears about it (the IC can change this later)</legend>
        {[...(restricted ? [] : [{ name: "public", label: "Public status page" }]), ...groups].map((g) => (
          <label key={g.name}>
            <input
              type="checkbox"
              checked={audiences.includes(g.name)}
              onChange={(e) => {
                setAudiences(
                  e.target.checked ? [...audiences, g.name] : audiences.filter((a) => a !== g.name),
                );
              }}
            />{" "}
            {g.label}
          </label>
        ))}
      </fieldset>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <div className="actions">
        <button onClick={() => void submit()} disabled={synopsis.trim() === ""}>
          Declare
        </button>
        <button
          className="secondary"
          onClick={() => {
            onDone(null);
          }}
        >
          Cancel
        </button>
      </div>
    </section>
  );
}
