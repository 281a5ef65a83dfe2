import * as Toast from "@radix-ui/react-toast";
import type { ReactNode } from "react";
import { createContext, useCallback, useContext, useState } from "react";

type Tone = "error" | "ok";
/** A way to take back what the toast reports ("Undo"), offered beside it. */
export type ToastAction = { label: string; run: () => void };
type Shown = { id: number; text: string; tone: Tone; action?: ToastAction | undefined };
type Show = (text: string, tone?: Tone, action?: ToastAction) => void;

const ToastContext = createContext<Show>(() => undefined);

/** Shows short messages in a corner (announced to screen readers); errors stay until dismissed. */
export function ToastProvider({ children }: { children: ReactNode }) {
  const [shown, setShown] = useState<Shown[]>([]);
  const show = useCallback<Show>((text, tone = "ok", action) => {
    setShown((list) => [...list.slice(-2), { id: Date.now() + Math.random(), text, tone, action }]);
  }, []);
  const dismiss = (id: number): void => {
    setShown((list) => list.filter((t) => t.id !== id));
  };
  return (
    <ToastContext.Provider value={show}>
      <Toast.Provider swipeDirection="right" duration={5000}>
        {children}
        {shown.map((t) => (
          <Toast.Root
            key={t.id}
            className={`toast toast-${t.tone}`}
            type={t.tone === "error" ? "foreground" : "background"}
            // Errors, and anything that can be undone, stay long enough to be acted on.
            duration={t.tone === "error" || t.action ? 10_000 : 4000}
            onOpenChange={(open) => {
              if (!open) dismiss(t.id);
            }}
          >
            <Toast.Description>{t.text}</Toast.Description>
            {t.action && (
              <Toast.Action asChild altText={`${t.action.label}: ${t.text}`}>
                <button className="small" onClick={t.action.run}>
                  {t.action.label}
                </button>
              </Toast.Action>
            )}
            <Toast.Close className="link" aria-label="Dismiss">
              ×
            </Toast.Close>
          </Toast.Root>
        ))}
        <Toast.Viewport className="toasts" />
      </Toast.Provider>
    </ToastContext.Provider>
  );
}

/** The function that shows a toast. */
export function useToast(): Show {
  return useContext(ToastContext);
}
