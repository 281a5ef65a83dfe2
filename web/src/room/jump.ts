import type React from "react";

/** Scrolls to a section of the room and focuses it, without touching the hash (the page's route). */
export function jump(e: React.MouseEvent, id: string): void {
  const target = document.getElementById(id);
  if (!target) return;
  e.preventDefault();
  target.scrollIntoView({ behavior: "smooth", block: "start" });
  target.focus({ preventScroll: true });
}
