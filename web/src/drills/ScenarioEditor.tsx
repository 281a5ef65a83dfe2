import { useState } from "react";
import type { Answer } from "../../../src/contract/client.js";
import { ApiError, api } from "../api.js";
import { FormError } from "../ui/Field.js";

type Checked = Answer<"/api/v1/drill-scenarios/check", "post">;

/**
 * Writing a scenario (or importing a file): the YAML or JSON text, checked by the server with
 * every problem at its path, then saved under the id it declares.
 */
export function ScenarioEditor({
  initial,
  saved,
  cancel,
}: {
  initial: string;
  saved: (id: string) => void;
  cancel: () => void;
}) {
  const [source, setSource] = useState(initial);
  const [checked, setChecked] = useState<Checked | null>(null);
  const [error, setError] = useState<string | null>(null);
  const check = async (): Promise<Checked | null> => {
    setError(null);
    try {
      const result = await api<Checked>("POST", "/drill-scenarios/check", { source });
      setChecked(result);
      return result;
    } catch (e) {
      setError(e instanceof ApiError ? e.message : "The scenario could not be checked; try again.");
      return null;
    }
  };
  const save = async () => {
    const result = await check();
    const id = result?.scenario?.id;
    if (!result?.valid || !id) return;
    try {
      await api("PUT", `/drill-scenarios/${id}`, { source });
      saved(id);
    } catch (e) {
      setError(e instanceof ApiError ? e.message : "The scenario could not be saved; try again.");
    }
  };
  const load = (file: File) => {
    void file.text().then((text) => {
      setSource(text);
      setChecked(null);
    });
  };
  return (
    <form
      className="panel"
      aria-label="Scenario editor"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <h2>Write or import a scenario</h2>
      <p className="muted">
        YAML or JSON, as described by <a href="/api/v1/drill-scenarios/schema">the scenario schema</a>. Start
        from a copy of a shipped scenario and give it your own <code>id</code>.
      </p>
      <label className="choice">
        Import a file{" "}
        <input
          type="file"
          accept=".yaml,.yml,.json"
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) load(file);
          }}
        />
      </label>
      <label htmlFor="scenario-source">Scenario text</label>
      <textarea
        id="scenario-source"
        className="source"
        rows={24}
        spellCheck={false}
        value={source}
        aria-invalid={checked?.valid === false ? true : undefined}
        aria-describedby={checked?.valid === false ? "scenario-issues" : undefined}
        onChange={(e) => {
          setSource(e.target.value);
          setChecked(null);
        }}
      />
      {checked?.valid === false && (
        <ul id="scenario-issues" className="error" role="alert" aria-label="Problems">
          {checked.issues.map((i) => (
            <li key={`${i.path}:${i.message}`}>
              <code>{i.path || "(the file)"}</code>: {i.message}
            </li>
          ))}
        </ul>
      )}
      {checked?.valid && (
        <p role="status">
          Valid: {checked.scenario?.title} ({checked.scenario?.injects} injects).
        </p>
      )}
      <FormError error={error} />
      <div className="row">
        <button type="button" onClick={() => void check()}>
          Check
        </button>
        <button type="submit">Save</button>
        <button type="button" className="link" onClick={cancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
