import type { ReactNode } from "react";
import { useState } from "react";
import { FormError } from "./Field.js";
import { Cancel, Modal } from "./Modal.js";
import { useAction } from "./useAction.js";

/**
 * A button that asks before it acts: the dialog says what will happen, may collect a note, and
 * shows the problem beside its button if the request is refused.
 */
export function ConfirmButton({
  label,
  ariaLabel,
  title,
  description,
  confirm,
  note,
  className = "link",
  request,
}: {
  label: string;
  ariaLabel?: string;
  title: string;
  description: string;
  confirm: string;
  /** When given, a text field whose value is passed to `run` (optional for the user). */
  note?: string;
  className?: string;
  /** The request to send once confirmed (the note, if any, goes into its body). */
  request: (note: string) => { method: string; path: string; body?: unknown };
}) {
  const [open, setOpen] = useState(false);
  const [text, setText] = useState("");
  const action = useAction();
  let field: ReactNode = null;
  if (note) {
    field = (
      <label>
        {note}
        <input
          value={text}
          onChange={(e) => {
            setText(e.target.value);
          }}
        />
      </label>
    );
  }
  return (
    <>
      <button
        className={className}
        aria-label={ariaLabel}
        onClick={() => {
          setText("");
          action.clear();
          setOpen(true);
        }}
      >
        {label}
      </button>
      <Modal open={open} onOpenChange={setOpen} title={title} description={description}>
        <form
          aria-label={title}
          onSubmit={(e) => {
            e.preventDefault();
            const { method, path, body } = request(text.trim());
            void action.run(method, path, body).then((ok) => {
              if (ok) setOpen(false);
            });
          }}
        >
          {field}
          <FormError error={action.error} />
          <div className="buttons">
            <button type="submit" disabled={action.pending}>
              {confirm}
            </button>
            <Cancel />
          </div>
        </form>
      </Modal>
    </>
  );
}
