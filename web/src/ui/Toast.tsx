import * as Toast from "@radix-ui/react-toast";
import type { ReactNode } from "react";
import { createContext, useCallback, useContext, useState } from "react";

type Tone = "error" | "ok";
type Shown = { id: number; text: string; tone: Tone };
type Show = (text: string, tone?: Tone) => void;

const ToastContext = createContext<Show>(() => undefined);

/** Shows short messages in a corner (announced to screen readers); errors stay until dismissed. */
export function ToastProvider({ children }: { children: ReactNode }) {
  const [shown, setShown] = useState<Shown[]>([]);
  const show = useCallback<Show>((text, tone = "ok") => {
    setShown((list) => [...list.slice(-2), { id: Date.now() + Math.random(), text, tone }]);
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
            duration={t.tone === "error" ? 10_000 : 4000}
            onOpenChange={(open) => {
              if (!open) dismiss(t.id);
            }}
          >
            <Toast.Description>{t.text}</Toast.Description>
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
