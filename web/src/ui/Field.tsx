import type { ReactNode } from "react";
import { useId } from "react";

/**
 * A labelled form field with its error beneath it, tied to the input for screen readers.
 * `children` receives the id and ARIA attributes to spread on the input.
 */
export function Field({
  label,
  hint,
  error,
  children,
}: {
  label: string;
  hint?: string;
  error?: string | null;
  children: (props: { id: string; "aria-invalid"?: true; "aria-describedby"?: string }) => ReactNode;
}) {
  const id = useId();
  const described = [hint ? `${id}-hint` : "", error ? `${id}-error` : ""].filter(Boolean).join(" ");
  return (
    <div className={`field${error ? " has-error" : ""}`}>
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {children({
        id,
        ...(error ? { "aria-invalid": true as const } : {}),
        ...(described ? { "aria-describedby": described } : {}),
      })}
      {error && (
        <p className="error inline-error" id={`${id}-error`} role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

/** A form's own error (one that names no field), shown above its buttons. */
export function FormError({ error }: { error: string | null }) {
  if (!error) return null;
  return (
    <p className="error inline-error" role="alert">
      {error}
    </p>
  );
}

type Outcome = { error: string | null; field: string | null };

/** The error to show by one input: the last problem, when it names that field. */
export function errorFor(action: Outcome, field: string): string | null {
  return action.field === field ? action.error : null;
}

/** The error to show by the form: the last problem, unless it names one of the form's fields. */
export function formError(action: Outcome, fields: string[]): string | null {
  return action.field && fields.includes(action.field) ? null : action.error;
}
