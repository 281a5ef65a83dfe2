import { useEffect, useState } from "react";
import type { User } from "../api.js";
import { api } from "../api.js";

/** Display names by handle, read when the component mounts (an empty map until then or on failure). */
export function useDisplayNames(): ReadonlyMap<string, string> {
  const [names, setNames] = useState<ReadonlyMap<string, string>>(new Map());
  useEffect(() => {
    let live = true;
    void api<{ users: User[] }>("GET", "/users").then(
      (r) => {
        if (live) setNames(new Map(r.users.map((u) => [u.handle, u.displayName])));
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);
  return names;
}
