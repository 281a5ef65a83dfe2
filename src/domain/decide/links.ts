import { requireCommand } from "../authority.js";
import { DomainError } from "../errors.js";
import type { DomainEvent, Handle, IncidentLink } from "../events.js";
import type { IncidentState } from "../state.js";

const MAX_LINKS = 12;

/**
 * Checks links the response will click at 3 a.m.: http(s) only (never `javascript:` or `data:`),
 * a short label, no more than a dozen. Returns them trimmed.
 */
export function checkLinks(links: IncidentLink[]): IncidentLink[] {
  if (links.length > MAX_LINKS) {
    throw new DomainError(
      "INVALID_LINK",
      `At most ${String(MAX_LINKS)} links; keep the ones the response uses.`,
      "links",
    );
  }
  return links.map((link, i) => {
    const label = link.label.trim();
    const url = link.url.trim();
    const parsed = parseUrl(url);
    if (label === "" || label.length > 60) {
      throw new DomainError(
        "INVALID_LINK",
        `Link ${String(i + 1)} needs a label of 1–60 characters.`,
        "links",
      );
    }
    if (!parsed || (parsed.protocol !== "https:" && parsed.protocol !== "http:")) {
      throw new DomainError(
        "INVALID_LINK",
        `Link "${label}" must be an http(s) address, such as https://chat.example.com/incident-42.`,
        "links",
      );
    }
    return { label, url: parsed.href };
  });
}

function parseUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** Those in command set where the response lives (the whole list at once). */
export function decideLinks(s: IncidentState, links: IncidentLink[], actor: Handle): DomainEvent[] {
  requireCommand(s, actor, "set the incident's links");
  const checked = checkLinks(links);
  if (JSON.stringify(checked) === JSON.stringify(s.links)) {
    throw new DomainError("NOTHING_TO_UPDATE", "Those are the links already.", "links");
  }
  return [{ type: "incident.links-set", data: { links: checked } }];
}
