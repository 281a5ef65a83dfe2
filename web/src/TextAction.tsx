import { useState } from "react";

/**
 * A short text and the button that sends it, for the reasons and observations the API asks for
 * (objections, overrides, what a change did, why an incident reopens). The text stays put if the
 * server refuses, so nothing typed is lost.
 */
export function TextAction({
  label,
  hint = label,
  button,
  danger = false,
  send,
}: {
  label: string;
  /** Shorter words for inside the box, where the full label would not fit. */
  hint?: string;
  button: string;
  danger?: boolean;
  send: (text: string) => Promise<boolean>;
}) {
  const [text, setText] = useState("");
  return (
    <form
      className="text-action"
      onSubmit={(e) => {
        e.preventDefault();
        void send(text.trim()).then((ok) => {
          if (ok) setText("");
        });
      }}
    >
      <input
        aria-label={label}
        placeholder={hint}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
        }}
      />
      <button type="submit" className={danger ? "danger" : ""} disabled={!text.trim()}>
        {button}
      </button>
    </form>
  );
}
