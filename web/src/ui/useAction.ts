import { useCallback, useState } from "react";
import { ApiError, api } from "../api.js";
import { useToast } from "./Toast.js";

export type Action = {
  /** Sends the request; true when it was accepted. */
  run: (method: string, path: string, body?: unknown) => Promise<boolean>;
  /** The problem from the last attempt, shown beside the control that caused it. */
  error: string | null;
  /** The request field the problem names, when it names one (to place the error by that input). */
  field: string | null;
  pending: boolean;
  clear: () => void;
};

/**
 * One control's call to the API. The error stays beside the control (and is toasted, so it is
 * seen even when the control has scrolled away); it clears on the next attempt.
 */
export function useAction(): Action {
  const [error, setError] = useState<string | null>(null);
  const [field, setField] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const toast = useToast();
  const run = useCallback(
    async (method: string, path: string, body?: unknown): Promise<boolean> => {
      setError(null);
      setField(null);
      setPending(true);
      try {
        await api(method, path, body);
        return true;
      } catch (e) {
        const message =
          e instanceof ApiError ? e.message : "That did not work; check the connection and try again.";
        setError(message);
        setField(e instanceof ApiError ? (e.problem.field ?? null) : null);
        toast(message, "error");
        return false;
      } finally {
        setPending(false);
      }
    },
    [toast],
  );
  const clear = useCallback(() => {
    setError(null);
    setField(null);
  }, []);
  return { run, error, field, pending, clear };
}
