import { useEffect, useState } from "react";
import type { Answer } from "../../../src/contract/client.js";
import { templateFor } from "../../../src/capabilities/comms/domain/message.js";
import { COMPONENT_STATES, STAGES } from "../../../src/capabilities/comms/domain/model.js";
import type { Stage } from "../../../src/capabilities/comms/domain/model.js";
import type { StatusDoc } from "../api.js";
import { api, ApiError } from "../api.js";
import { Field, FormError, errorFor, formError } from "../ui/Field.js";
import { useAction } from "../ui/useAction.js";

type Preview = Answer<"/api/v1/incidents/{ref}/comms/updates/preview", "post">["previews"][number];
type Component = Answer<"/api/v1/status-components", "get">["components"][number];

const blank = { title: "", impact: "", workaround: "", text: "", nextUpdateAt: "" };

/** The components the public update names, and the state it gives each (unnamed: not affected). */
function ComponentStates({
  components,
  value,
  onChange,
}: {
  components: Component[];
  value: Record<string, string>;
  onChange: (next: Record<string, string>) => void;
}) {
  if (components.length === 0) return <p className="muted">No status page components are defined yet.</p>;
  return (
    <fieldset className="component-states">
      <legend>Components on the status page</legend>
      {components.map((c) => (
        <label key={c.name}>
          {c.label}
          <select
            value={value[c.name] ?? ""}
            onChange={(e) => {
              const next = { ...value };
              if (e.target.value === "") delete next[c.name];
              else next[c.name] = e.target.value;
              onChange(next);
            }}
          >
            <option value="">not affected</option>
            {COMPONENT_STATES.map((s) => (
              <option key={s}>{s}</option>
            ))}
          </select>
        </label>
      ))}
    </fieldset>
  );
}

/**
 * Writes an update for one audience, from a template by stage and severity, with a preview of
 * exactly what its members receive and whether it waits for the IC's approval.
 */
export function UpdateForm({ doc, audiences }: { doc: StatusDoc; audiences: string[] }) {
  const action = useAction();
  const [audience, setAudience] = useState(audiences[0] ?? "");
  const [stage, setStage] = useState<Stage>("investigating");
  const [form, setForm] = useState(blank);
  const [components, setComponents] = useState<Record<string, string>>({});
  const [known, setKnown] = useState<Component[]>([]);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [previewError, setPreviewError] = useState<string | null>(null);
  const base = `/incidents/${String(doc.number)}/comms/updates`;
  useEffect(() => {
    if (audience !== "public") return;
    void api<{ components: Component[] }>("GET", "/status-components").then(
      (r) => {
        setKnown(r.components);
      },
      () => undefined,
    );
  }, [audience]);
  const body = () => ({
    audience,
    stage,
    title: form.title,
    impact: form.impact,
    workaround: form.workaround.trim() === "" ? null : form.workaround,
    text: form.text,
    nextUpdateAt: form.nextUpdateAt === "" ? null : new Date(form.nextUpdateAt).toISOString(),
    components: audience === "public" ? components : {},
  });
  const set = (key: keyof typeof blank) => (e: { target: { value: string } }) => {
    setForm({ ...form, [key]: e.target.value });
    setPreview(null);
  };
  const text = (key: keyof typeof blank, label: string, long = false) => (
    <Field label={label} error={errorFor(action, key)}>
      {(p) =>
        long ? (
          <textarea {...p} value={form[key]} rows={4} maxLength={8000} onChange={set(key)} />
        ) : (
          <input {...p} value={form[key]} maxLength={key === "title" ? 160 : 2000} onChange={set(key)} />
        )
      }
    </Field>
  );
  return (
    <form
      className="update-form"
      aria-label="Write an update"
      onSubmit={(e) => {
        e.preventDefault();
        void action.run("POST", base, body()).then((ok) => {
          if (ok) {
            setForm(blank);
            setComponents({});
            setPreview(null);
          }
        });
      }}
    >
      <div className="inline-form">
        <label>
          Audience
          <select
            value={audience}
            onChange={(e) => {
              setAudience(e.target.value);
              setPreview(null);
            }}
          >
            {audiences.map((a) => (
              <option key={a}>{a}</option>
            ))}
          </select>
        </label>
        <label>
          Stage
          <select
            value={stage}
            onChange={(e) => {
              setStage(e.target.value as Stage);
              setPreview(null);
            }}
          >
            {STAGES.map((s) => (
              <option key={s}>{s}</option>
            ))}
          </select>
        </label>
        <button
          type="button"
          className="secondary"
          onClick={() => {
            setForm({ ...form, ...templateFor(stage, doc.severity) });
          }}
        >
          Use the template
        </button>
      </div>
      {text("title", "Headline (readers see no codename)")}
      {text("impact", "Impact")}
      {text("workaround", "Workaround (optional)")}
      {text("text", "Message", true)}
      <Field label="Next update by (optional; default: the cadence)" error={errorFor(action, "nextUpdateAt")}>
        {(p) => (
          <input {...p} type="datetime-local" value={form.nextUpdateAt} onChange={set("nextUpdateAt")} />
        )}
      </Field>
      {audience === "public" && (
        <ComponentStates components={known} value={components} onChange={setComponents} />
      )}
      {preview && (
        <article className="update-preview" aria-label="Preview">
          <p className="muted">
            Reaches {preview.recipients} member{preview.recipients === 1 ? "" : "s"}
            {preview.needsApproval ? " after the IC approves it" : " at once"}.
          </p>
          <strong>{preview.title}</strong>
          <pre>{preview.body}</pre>
        </article>
      )}
      <FormError error={previewError} />
      <FormError error={formError(action, Object.keys(blank))} />
      <div className="actions">
        <button
          type="button"
          className="secondary"
          onClick={() => {
            api<{ previews: Preview[] }>("POST", `${base}/preview`, body()).then(
              (r) => {
                setPreview(r.previews[0] ?? null);
                setPreviewError(null);
              },
              (e: unknown) => {
                setPreview(null);
                setPreviewError(e instanceof ApiError ? e.message : "No preview: check the connection.");
              },
            );
          }}
        >
          Preview
        </button>
        <button type="submit" disabled={action.pending || audience === ""}>
          Send
        </button>
      </div>
    </form>
  );
}
