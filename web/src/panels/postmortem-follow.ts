import { useEffect, useRef, useState } from "react";
import { api, apiText } from "../api.js";
import type { Answer } from "../../../src/contract/client.js";

export type Postmortem = Answer<"/api/v1/incidents/{ref}/postmortem", "get">;

/** Opens an export with the bearer token (a plain link could not carry it). */
export async function download(number: number, format: "md" | "html"): Promise<void> {
  const body = await apiText(
    `/incidents/${String(number)}/postmortem/export?format=${format}`,
    format === "md" ? "text/markdown" : "text/html",
  );
  const url = URL.createObjectURL(
    new Blob([body], { type: format === "md" ? "text/markdown" : "text/html" }),
  );
  if (format === "html") window.open(url, "_blank", "noopener");
  else {
    const a = document.createElement("a");
    a.href = url;
    a.download = `postmortem-${String(number)}.md`;
    a.click();
  }
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 60_000);
}

/** How often an open postmortem looks for others' saves, comments and approvals. */
const FOLLOW_MS = 3000;

/**
 * Keeps the postmortem current while it is open: others' versions replace the text when there
 * are no unsaved edits; with unsaved edits the newer version is only announced (returned), and
 * the base version stays the one the edits started from, so a save is refused rather than
 * overwriting theirs. Comments and approvals (same text) are taken at once.
 */
export function useFollow(
  base: string,
  pm: Postmortem | null | undefined,
  text: string,
  replace: (p: Postmortem) => void,
  keepText: (p: Postmortem) => void,
): Postmortem | null {
  // The interval reads the latest state through a ref, so typing does not restart it.
  const current = useRef({ pm, text, replace, keepText });
  current.current = { pm, text, replace, keepText };
  const [newer, setNewer] = useState<Postmortem | null>(null);
  useEffect(() => {
    const timer = setInterval(() => {
      const { pm: mine } = current.current;
      if (!mine || document.hidden) return;
      api<Postmortem>("GET", base).then(
        (p) => {
          const now = current.current;
          if (!now.pm || p.version === now.pm.version) return;
          if (now.text === now.pm.markdown) {
            now.replace(p);
            setNewer(null);
          } else if (p.markdown === now.pm.markdown) now.keepText(p);
          else setNewer(p);
        },
        () => undefined,
      );
    }, FOLLOW_MS);
    return () => {
      clearInterval(timer);
    };
  }, [base]);
  return newer !== null && pm && newer.version > pm.version ? newer : null;
}
