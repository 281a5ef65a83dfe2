import type { Act } from "../api.js";
import { useToast } from "../ui/Toast.js";

/** Where someone was in the tree, so a release can be undone. */
export type Placement = { supervisor: string | null; role: string | null } | null;

/**
 * Releases someone, with an Undo in the toast that puts them back: checked in again, under the
 * same supervisor, with the same role (a release is easy to click by mistake at 3 a.m.).
 */
export function useRelease(act: Act): (person: string, placed: Placement) => void {
  const toast = useToast();
  return (person, placed) => {
    void act("DELETE", `/responders/${person}`, {}).then((ok) => {
      if (!ok) return;
      toast(`Released ${person}.`, "ok", {
        label: "Undo",
        run: () => {
          void act("POST", "/responders", { person }).then((back) => {
            if (back && placed) {
              void act("POST", `/responders/${person}/assignment`, {
                ...(placed.supervisor ? { supervisor: placed.supervisor } : {}),
                ...(placed.role ? { role: placed.role } : {}),
              });
            }
          });
        },
      });
    });
  };
}
