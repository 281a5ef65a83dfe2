import * as Dialog from "@radix-ui/react-dialog";
import type { ReactNode } from "react";

/**
 * A modal dialog (Radix: focus kept inside, Escape and the overlay close it, focus returns to
 * what opened it). Every dialog has a title and a Cancel button.
 */
export function Modal({
  open,
  onOpenChange,
  title,
  description,
  drawer = false,
  children,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: string;
  description?: string;
  /** Slides in from the side (from the bottom on a phone) instead of centring: for composers. */
  drawer?: boolean;
  children: ReactNode;
}) {
  return (
    <Dialog.Root open={open} onOpenChange={onOpenChange}>
      <Dialog.Portal>
        <Dialog.Overlay className="overlay" />
        <Dialog.Content
          className={drawer ? "modal drawer" : "modal"}
          {...(description ? {} : { "aria-describedby": undefined })}
        >
          <Dialog.Title className="modal-title">{title}</Dialog.Title>
          {description && <Dialog.Description className="muted">{description}</Dialog.Description>}
          {children}
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}

/** The Cancel button of a dialog: closes it without doing anything. */
export function Cancel() {
  return (
    <Dialog.Close asChild>
      <button type="button" className="secondary">
        Cancel
      </button>
    </Dialog.Close>
  );
}
