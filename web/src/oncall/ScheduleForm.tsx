import { useState } from "react";
import { ApiError, api } from "../api.js";
import type { LayerForm, ScheduleForm as Form } from "../logic/oncall.js";
import { blankLayer, fieldOf, specOf } from "../logic/oncall.js";
import { Field } from "../ui/Field.js";

const WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
/** The inputs a layer shows its own errors beside; any other error of the layer goes beneath it. */
const LAYER_INPUTS = ["name", "participants", "rotation", "start", "end", "restriction"];
const zones = (): string[] => {
  try {
    return Intl.supportedValuesOf("timeZone");
  } catch {
    return [];
  }
};

type Problem = { message: string; layer: number | null; input: string } | null;

function LayerFields({
  layer,
  index,
  problem,
  change,
  remove,
}: {
  layer: LayerForm;
  index: number;
  problem: Problem;
  change: (l: LayerForm) => void;
  remove: (() => void) | null;
}) {
  const err = (input: string) =>
    problem?.layer === index && problem.input === input ? problem.message : null;
  const text = (key: "name" | "participants" | "every" | "start" | "end" | "from" | "to") => ({
    value: layer[key],
    onChange: (e: { target: { value: string } }) => {
      change({ ...layer, [key]: e.target.value });
    },
  });
  return (
    <fieldset className="layer">
      <legend>Layer {index + 1}</legend>
      <Field label="Layer name" error={err("name")}>
        {(p) => <input {...p} {...text("name")} />}
      </Field>
      <Field
        label="Who, in order"
        hint="Handles, separated by commas: ana, ben, cal"
        error={err("participants")}
      >
        {(p) => <input {...p} {...text("participants")} />}
      </Field>
      <div className="row">
        <Field label="Hands over every" error={err("rotation")}>
          {(p) => <input {...p} type="number" min={1} {...text("every")} />}
        </Field>
        <Field label="Unit">
          {(p) => (
            <select
              {...p}
              value={layer.unit}
              onChange={(e) => {
                change({ ...layer, unit: e.target.value as LayerForm["unit"] });
              }}
            >
              <option value="hours">hours (elapsed)</option>
              <option value="days">days (same time of day)</option>
              <option value="weeks">weeks (same time of day)</option>
            </select>
          )}
        </Field>
      </div>
      <div className="row">
        <Field label="First handoff" hint="Wall clock in the schedule's time zone" error={err("start")}>
          {(p) => <input {...p} type="datetime-local" {...text("start")} />}
        </Field>
        <Field label="Ends (optional)" error={err("end")}>
          {(p) => <input {...p} type="datetime-local" {...text("end")} />}
        </Field>
      </div>
      <label>
        <input
          type="checkbox"
          checked={layer.restricted}
          onChange={(e) => {
            change({ ...layer, restricted: e.target.checked });
          }}
        />{" "}
        Only at certain times (e.g. working hours)
      </label>
      {layer.restricted && (
        <div className="row" role="group" aria-label={`When layer ${String(index + 1)} applies`}>
          {WEEKDAYS.map((d, i) => (
            <label key={d}>
              <input
                type="checkbox"
                checked={layer.weekdays.includes(i + 1)}
                onChange={(e) => {
                  const weekdays = e.target.checked
                    ? [...layer.weekdays, i + 1].sort()
                    : layer.weekdays.filter((w) => w !== i + 1);
                  change({ ...layer, weekdays });
                }}
              />
              {d}
            </label>
          ))}
          <Field label="From" error={err("restriction")}>
            {(p) => <input {...p} type="time" {...text("from")} />}
          </Field>
          <Field label="To" hint="Not after From: runs past midnight">
            {(p) => <input {...p} type="time" {...text("to")} />}
          </Field>
        </div>
      )}
      {problem?.layer === index && !LAYER_INPUTS.includes(problem.input) && (
        <p className="error" role="alert">
          {problem.message}
        </p>
      )}
      {remove && (
        <button type="button" className="link" onClick={remove}>
          Remove layer {index + 1}
        </button>
      )}
    </fieldset>
  );
}

/** Admins: a schedule's name, zone and layers; the server's refusal is shown on its field. */
export function ScheduleForm({
  initial,
  saved,
  cancel,
}: {
  initial: Form;
  saved: (slug: string) => void;
  cancel: () => void;
}) {
  const [form, setForm] = useState<Form>(initial);
  const [problem, setProblem] = useState<Problem>(null);
  const isNew = initial.slug === "";
  const topErr = (input: string) =>
    problem?.layer === null && problem.input === input ? problem.message : null;
  const save = async () => {
    try {
      await api("PUT", `/schedules/${encodeURIComponent(form.slug)}`, specOf(form));
      saved(form.slug);
    } catch (e) {
      const where = fieldOf(e instanceof ApiError ? e.problem.field : undefined);
      const message = e instanceof ApiError ? e.message : "Could not save the schedule.";
      setProblem({ message, layer: where?.layer ?? null, input: where?.input ?? "form" });
    }
  };
  return (
    <form
      className="dialog schedule-form"
      aria-label={isNew ? "New schedule" : `Edit ${initial.name}`}
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      {isNew && (
        <Field
          label="Schedule id"
          hint="Lower-case letters, digits, dashes: db-primary"
          error={topErr("slug")}
        >
          {(p) => (
            <input
              {...p}
              value={form.slug}
              onChange={(e) => {
                setForm({ ...form, slug: e.target.value });
              }}
            />
          )}
        </Field>
      )}
      <Field label="Name" error={topErr("name")}>
        {(p) => (
          <input
            {...p}
            value={form.name}
            onChange={(e) => {
              setForm({ ...form, name: e.target.value });
            }}
          />
        )}
      </Field>
      <Field label="Time zone" hint="Handoff times are wall-clock times here" error={topErr("timeZone")}>
        {(p) => (
          <>
            <input
              {...p}
              list="time-zones"
              value={form.timeZone}
              onChange={(e) => {
                setForm({ ...form, timeZone: e.target.value });
              }}
            />
            <datalist id="time-zones">
              {zones().map((z) => (
                <option key={z} value={z} />
              ))}
            </datalist>
          </>
        )}
      </Field>
      <p className="hint">Later layers win over earlier ones wherever they apply.</p>
      {form.layers.map((l, i) => (
        <LayerFields
          key={i}
          layer={l}
          index={i}
          problem={problem}
          change={(next) => {
            setForm({ ...form, layers: form.layers.map((x, j) => (j === i ? next : x)) });
          }}
          remove={
            form.layers.length > 1
              ? () => {
                  setForm({ ...form, layers: form.layers.filter((_, j) => j !== i) });
                }
              : null
          }
        />
      ))}
      {problem && problem.layer === null && !["slug", "name", "timeZone"].includes(problem.input) && (
        <p className="error" role="alert">
          {problem.message}
        </p>
      )}
      <div className="row">
        <button
          type="button"
          onClick={() => {
            setForm({ ...form, layers: [...form.layers, blankLayer(new Date(), form.layers.length)] });
          }}
        >
          Add a layer
        </button>
        <button type="submit" disabled={form.slug === "" || form.name === ""}>
          Save schedule
        </button>
        <button type="button" className="link" onClick={cancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
