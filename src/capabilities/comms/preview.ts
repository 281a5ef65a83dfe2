import type { StatusDoc } from "../../domain/index.js";
import type { UpdateContent } from "./domain/index.js";
import { audienceOf, renderUpdate } from "./domain/index.js";

function holders(doc: StatusDoc, role: string): string[] {
  return doc.roles.filter((r) => r.role === role && !r.acting).flatMap((r) => r.holders);
}

/** Command authority as the status doc shows it: the IC, the Deputy, or the TL while IC is vacant. */
export function commandsIn(doc: StatusDoc, person: string): boolean {
  return (
    doc.commander === person ||
    holders(doc, "deputy").includes(person) ||
    (doc.commander === null && holders(doc, "tech-lead").includes(person))
  );
}

/** Whether a person speaks for an audience (Comms Lead, command, or its Liaison), from the status doc. */
export function speaksForDoc(doc: StatusDoc, person: string, audience: string | null): boolean {
  return (
    commandsIn(doc, person) ||
    holders(doc, "comms-lead").includes(person) ||
    (audience !== null && holders(doc, `liaison:${audience}`).includes(person))
  );
}

/** What the members of an audience would receive, rendered exactly as delivery renders it. */
export function previewUpdate(
  doc: StatusDoc,
  draft: { audience: string } & UpdateContent,
  writer: string,
  emailEnabled: boolean,
): { audience: string; needsApproval: boolean; recipients: number; title: string; body: string } {
  const audience = audienceOf(doc, draft.audience);
  const rendered = renderUpdate(audience, draft, draft.nextUpdateAt, doc);
  return {
    audience: audience.name,
    needsApproval: audience.approval && !commandsIn(doc, writer),
    recipients: audience.members.filter((m) => m.kind === "person" || emailEnabled).length,
    ...rendered,
  };
}
